/**
 * The synthetic blueprint: 165 layers of 13 departments over Foshan, generated from a seed so
 * that every run draws the same map. NOT real planning data: shapes and attributes are made up
 * to look plausible (parcels in a grid with GB 50137 codes, rivers as ribbons, red-line patches
 * as irregular blobs) and to exercise the checks and the conflict scan at full size.
 */
import type { Position } from 'geojson';
import type { Areal, Bbox } from './geometry.js';
import type { ValidFeature } from './layer-file.js';
import type { ImportFields } from './schemas.js';
import type { ElementClass, LandUseCode, Rule } from './vocabulary.js';

/** mulberry32: small, fast and good enough to scatter shapes; the same seed gives the same map. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface District {
  code: string;
  short: string;
  name: string;
  box: Bbox;
  /** The built-up core, where the regulatory parcels and the development boundary lie. */
  core: Bbox;
}

// Rough boxes of the five districts inside Foshan's extent (lng 112.37–113.40, lat 22.63–23.57).
export const SYNTHETIC_DISTRICTS: District[] = [
  {
    code: '440604',
    short: 'CC',
    name: '禅城区',
    box: [113.0, 22.95, 113.17, 23.08],
    core: [113.06, 22.99, 113.14, 23.05],
  },
  {
    code: '440605',
    short: 'NH',
    name: '南海区',
    box: [112.85, 22.85, 113.25, 23.3],
    core: [113.15, 23.06, 113.25, 23.16],
  },
  {
    code: '440606',
    short: 'SD',
    name: '顺德区',
    box: [113.05, 22.63, 113.4, 22.93],
    core: [113.2, 22.78, 113.32, 22.87],
  },
  {
    code: '440607',
    short: 'SS',
    name: '三水区',
    box: [112.7, 23.1, 113.05, 23.57],
    core: [112.85, 23.12, 112.95, 23.22],
  },
  {
    code: '440608',
    short: 'GM',
    name: '高明区',
    box: [112.37, 22.65, 112.9, 23.05],
    core: [112.82, 22.86, 112.9, 22.93],
  },
];

type Shape = 'parcels' | 'boundary' | 'blob' | 'ribbon';

interface Theme {
  key: string;
  department: string;
  name: string;
  nameEn: string;
  elementClass: ElementClass;
  rule: Rule;
  condition?: string;
  shape: Shape;
  /** Features per district at scale 1. */
  count: number;
  /** Kilometres: a blob's radius, a ribbon's half width. */
  size: number;
}

const R = (condition: string) => ({ rule: 'restricted' as const, condition });

// 33 themes × 5 districts = 165 layers from 13 departments.
const THEMES: Theme[] = [
  {
    key: 'eco-redline',
    department: 'FS-ZRZY',
    name: '生态保护红线',
    nameEn: 'Ecological protection red line',
    elementClass: 'ecological_redline',
    rule: 'forbidden',
    shape: 'blob',
    count: 160,
    size: 0.6,
  },
  {
    key: 'farmland',
    department: 'FS-ZRZY',
    name: '永久基本农田',
    nameEn: 'Permanent basic farmland',
    elementClass: 'basic_farmland',
    rule: 'forbidden',
    shape: 'blob',
    count: 400,
    size: 0.35,
  },
  {
    key: 'urban-boundary',
    department: 'FS-ZRZY',
    name: '城镇开发边界',
    nameEn: 'Urban development boundary',
    elementClass: 'urban_boundary',
    rule: 'allowed',
    shape: 'boundary',
    count: 1,
    size: 0,
  },
  {
    key: 'regulatory-plan',
    department: 'FS-ZRZY',
    name: '控制性详细规划',
    nameEn: 'Regulatory detailed plan',
    elementClass: 'regulatory_parcel',
    rule: 'allowed',
    shape: 'parcels',
    count: 17_500,
    size: 0,
  },
  {
    key: 'forest',
    department: 'FS-ZRZY',
    name: '公益林',
    nameEn: 'Public-welfare forest',
    elementClass: 'forest',
    rule: 'forbidden',
    shape: 'blob',
    count: 160,
    size: 0.5,
  },
  {
    key: 'geohazard',
    department: 'FS-ZRZY',
    name: '地质灾害易发区',
    nameEn: 'Geohazard-prone area',
    elementClass: 'geohazard',
    ...R('须开展地质灾害危险性评估'),
    shape: 'blob',
    count: 80,
    size: 0.5,
  },
  {
    key: 'mineral',
    department: 'FS-ZRZY',
    name: '矿产资源压覆区',
    nameEn: 'Mineral resource area',
    elementClass: 'geohazard',
    ...R('须查明压覆矿产资源情况'),
    shape: 'blob',
    count: 40,
    size: 0.8,
  },
  {
    key: 'water-source',
    department: 'FS-ST',
    name: '饮用水水源保护区',
    nameEn: 'Drinking-water source protection zone',
    elementClass: 'water_source',
    rule: 'forbidden',
    shape: 'blob',
    count: 40,
    size: 0.9,
  },
  {
    key: 'air-sensitive',
    department: 'FS-ST',
    name: '大气环境受体敏感区',
    nameEn: 'Air-quality sensitive area',
    elementClass: 'safety_buffer',
    ...R('不得新建大气污染排放项目'),
    shape: 'blob',
    count: 60,
    size: 0.7,
  },
  {
    key: 'env-unit',
    department: 'FS-ST',
    name: '环境管控单元',
    nameEn: 'Environmental control unit',
    elementClass: 'planned_project',
    rule: 'informational',
    shape: 'blob',
    count: 100,
    size: 1.0,
  },
  {
    key: 'high-standard-farmland',
    department: 'FS-NY',
    name: '高标准农田',
    nameEn: 'High-standard farmland',
    elementClass: 'basic_farmland',
    ...R('占用须落实占补平衡'),
    shape: 'blob',
    count: 300,
    size: 0.3,
  },
  {
    key: 'agri-park',
    department: 'FS-NY',
    name: '现代农业产业园',
    nameEn: 'Modern agricultural park',
    elementClass: 'planned_project',
    rule: 'informational',
    shape: 'blob',
    count: 30,
    size: 0.8,
  },
  {
    key: 'river-blueline',
    department: 'FS-SL',
    name: '河道蓝线',
    nameEn: 'River blue line',
    elementClass: 'river_blueline',
    rule: 'forbidden',
    shape: 'ribbon',
    count: 250,
    size: 0.04,
  },
  {
    key: 'flood-detention',
    department: 'FS-SL',
    name: '蓄滞洪区',
    nameEn: 'Flood detention area',
    elementClass: 'flood_control',
    ...R('须进行洪水影响评价'),
    shape: 'blob',
    count: 30,
    size: 0.9,
  },
  {
    key: 'water-works',
    department: 'FS-SL',
    name: '水利工程管理范围',
    nameEn: 'Water works management area',
    elementClass: 'river_blueline',
    ...R('须经水行政主管部门同意'),
    shape: 'ribbon',
    count: 120,
    size: 0.06,
  },
  {
    key: 'greenline',
    department: 'FS-ZJ',
    name: '城市绿线',
    nameEn: 'Urban green line',
    elementClass: 'greenline',
    rule: 'forbidden',
    shape: 'blob',
    count: 200,
    size: 0.2,
  },
  {
    key: 'yellowline',
    department: 'FS-ZJ',
    name: '城市基础设施黄线',
    nameEn: 'Urban infrastructure yellow line',
    elementClass: 'infrastructure_yellowline',
    ...R('不得擅自改变基础设施用途'),
    shape: 'blob',
    count: 120,
    size: 0.15,
  },
  {
    key: 'renewal',
    department: 'FS-ZJ',
    name: '城市更新单元',
    nameEn: 'Urban renewal unit',
    elementClass: 'planned_project',
    rule: 'informational',
    shape: 'blob',
    count: 80,
    size: 0.4,
  },
  {
    key: 'road-redline',
    department: 'FS-JT',
    name: '道路红线',
    nameEn: 'Road red line',
    elementClass: 'road_redline',
    ...R('建筑退让道路红线不少于 5 米'),
    shape: 'ribbon',
    count: 300,
    size: 0.03,
  },
  {
    key: 'rail-protection',
    department: 'FS-JT',
    name: '轨道交通控制保护区',
    nameEn: 'Rail transit protection zone',
    elementClass: 'infrastructure_yellowline',
    ...R('须征求轨道交通运营单位意见'),
    shape: 'ribbon',
    count: 40,
    size: 0.05,
  },
  {
    key: 'purpleline',
    department: 'FS-WGLT',
    name: '历史文化保护紫线',
    nameEn: 'Heritage purple line',
    elementClass: 'heritage_purpleline',
    rule: 'forbidden',
    shape: 'blob',
    count: 60,
    size: 0.15,
  },
  {
    key: 'relic-control',
    department: 'FS-WGLT',
    name: '文物保护单位建设控制地带',
    nameEn: 'Cultural relic construction control zone',
    elementClass: 'heritage_purpleline',
    ...R('建设方案须报文物部门同意'),
    shape: 'blob',
    count: 60,
    size: 0.3,
  },
  {
    key: 'scenic',
    department: 'FS-WGLT',
    name: 'A级旅游景区',
    nameEn: 'Rated tourist attraction',
    elementClass: 'tourism_zone',
    rule: 'informational',
    shape: 'blob',
    count: 20,
    size: 0.6,
  },
  {
    key: 'hv-corridor',
    department: 'FS-FG',
    name: '高压走廊',
    nameEn: 'High-voltage corridor',
    elementClass: 'high_voltage',
    ...R('须满足电力设施保护距离'),
    shape: 'ribbon',
    count: 80,
    size: 0.05,
  },
  {
    key: 'major-projects',
    department: 'FS-FG',
    name: '重点建设项目',
    nameEn: 'Key construction projects',
    elementClass: 'planned_project',
    rule: 'informational',
    shape: 'blob',
    count: 40,
    size: 0.4,
  },
  {
    key: 'hazmat-buffer',
    department: 'FS-YJ',
    name: '危险化学品安全防护距离',
    nameEn: 'Hazardous-chemicals safety distance',
    elementClass: 'safety_buffer',
    ...R('不得新建人员密集场所'),
    shape: 'blob',
    count: 40,
    size: 0.3,
  },
  {
    key: 'shelters',
    department: 'FS-YJ',
    name: '应急避难场所',
    nameEn: 'Emergency shelters',
    elementClass: 'planned_project',
    rule: 'informational',
    shape: 'blob',
    count: 60,
    size: 0.15,
  },
  {
    key: 'sanitation',
    department: 'FS-CG',
    name: '环卫设施用地',
    nameEn: 'Sanitation facility land',
    elementClass: 'infrastructure_yellowline',
    ...R('须保留环卫设施功能'),
    shape: 'blob',
    count: 60,
    size: 0.1,
  },
  {
    key: 'outdoor-ads',
    department: 'FS-CG',
    name: '户外广告设置控制区',
    nameEn: 'Outdoor advertising control zone',
    elementClass: 'planned_project',
    rule: 'informational',
    shape: 'blob',
    count: 40,
    size: 0.3,
  },
  {
    key: 'schools',
    department: 'FS-JY',
    name: '中小学布点规划',
    nameEn: 'School siting plan',
    elementClass: 'school_district',
    rule: 'informational',
    shape: 'blob',
    count: 80,
    size: 0.12,
  },
  {
    key: 'health',
    department: 'FS-WJ',
    name: '医疗卫生设施布点',
    nameEn: 'Health facility siting plan',
    elementClass: 'health_facility',
    rule: 'informational',
    shape: 'blob',
    count: 50,
    size: 0.12,
  },
  {
    key: 'civil-defence',
    department: 'FS-RF',
    name: '人防工程控制区',
    nameEn: 'Civil air defence control zone',
    elementClass: 'planned_project',
    ...R('须同步建设防空地下室'),
    shape: 'blob',
    count: 40,
    size: 0.3,
  },
  {
    key: 'fire-stations',
    department: 'FS-YJ',
    name: '消防站布点规划',
    nameEn: 'Fire station siting plan',
    elementClass: 'infrastructure_yellowline',
    ...R('须保留消防站用地'),
    shape: 'blob',
    count: 20,
    size: 0.1,
  },
];

const KM_LAT = 1 / 110.57;
const kmLng = (lat: number) => 1 / (111.32 * Math.cos((lat * Math.PI) / 180));

// The regulatory plan's mix of uses and their controls (FAR, height in m, green ratio).
const PARCEL_USES: [LandUseCode, number, [number, number], number[], number][] = [
  ['R2', 30, [2.0, 3.5], [54, 80, 100], 0.3],
  ['R1', 3, [0.8, 1.2], [18, 24], 0.35],
  ['B1', 10, [3.0, 6.0], [100, 150, 200], 0.2],
  ['B2', 6, [2.5, 4.5], [60, 100], 0.2],
  ['M1', 18, [1.2, 2.5], [24, 40], 0.15],
  ['M2', 5, [1.0, 2.0], [24, 30], 0.15],
  ['W1', 4, [1.0, 2.0], [24, 30], 0.15],
  ['A3', 5, [0.8, 1.5], [24, 40], 0.35],
  ['A5', 2, [1.0, 2.0], [40, 60], 0.35],
  ['S4', 3, [0.2, 0.8], [15, 24], 0.1],
  ['U1', 4, [0.5, 1.5], [15, 24], 0.2],
  ['G1', 10, [0, 0.05], [8], 0.7],
];
const USE_WEIGHTS = PARCEL_USES.reduce((s, u) => s + u[1], 0);

function weightedUse(at: number) {
  let rest = at;
  for (const use of PARCEL_USES) {
    rest -= use[1];
    if (rest < 0) return use;
  }
  return PARCEL_USES[0]!;
}

const round = (n: number, digits = 6) => Math.round(n * 10 ** digits) / 10 ** digits;
const closed = (ring: Position[]) => [...ring, ring[0]!];

function boxPolygon([w, s, e, n]: Bbox): Areal {
  return {
    type: 'Polygon',
    coordinates: [
      closed(
        [
          [w, s],
          [e, s],
          [e, n],
          [w, n],
        ].map(([x, y]) => [round(x!), round(y!)]),
      ),
    ],
  };
}

/** A star-shaped blob (every ray from its centre crosses the boundary once): never self-intersecting. */
function blob(random: () => number, [lng, lat]: Position, radiusKm: number): Areal {
  const n = 8 + Math.floor(random() * 8);
  const ring: Position[] = [];
  for (let i = 0; i < n; i++) {
    const angle = ((i + 0.2 + random() * 0.6) / n) * 2 * Math.PI;
    const r = radiusKm * (0.6 + random() * 0.4);
    ring.push([round(lng! + Math.cos(angle) * r * kmLng(lat!)), round(lat! + Math.sin(angle) * r * KM_LAT)]);
  }
  return { type: 'Polygon', coordinates: [closed(ring)] };
}

/** A river or road: a meandering centre line going east, widened north and south (x only grows: simple). */
function ribbon(random: () => number, [w, s, e, n]: Bbox, halfWidthKm: number): Areal {
  const steps = 6 + Math.floor(random() * 6);
  const mid = s + (n - s) * (0.3 + random() * 0.4);
  const half = halfWidthKm * KM_LAT;
  const amplitude = (n - s) * 0.2;
  const centre: Position[] = [];
  let y = mid;
  for (let i = 0; i <= steps; i++) {
    y = Math.min(n - half, Math.max(s + half, y + (random() - 0.5) * amplitude));
    centre.push([w + ((e - w) * i) / steps, y]);
  }
  const north = centre.map(([x, cy]) => [round(x!), round(cy! + half)]);
  const south = centre.map(([x, cy]) => [round(x!), round(cy! - half)]).reverse();
  return { type: 'Polygon', coordinates: [closed([...north, ...south])] };
}

const inside = ([lng, lat]: Position, [w, s, e, n]: Bbox) => lng! >= w && lng! <= e && lat! >= s && lat! <= n;

function parcels(random: () => number, d: District, count: number): ValidFeature[] {
  const [w, s, e, n] = d.core;
  const side = Math.max(1, Math.ceil(Math.sqrt(count)));
  const dx = (e - w) / side;
  const dy = (n - s) / side;
  const out: ValidFeature[] = [];
  for (let row = 0; row < side && out.length < count; row++)
    for (let col = 0; col < side && out.length < count; col++) {
      // Roads between the blocks: each parcel keeps 70–90 % of its cell.
      const inset = 0.05 + random() * 0.1;
      const box: Bbox = [
        round(w + dx * (col + inset)),
        round(s + dy * (row + inset)),
        round(w + dx * (col + 1 - inset)),
        round(s + dy * (row + 1 - inset)),
      ];
      const use = weightedUse(random() * USE_WEIGHTS);
      const [code, , [farMin, farMax], heights, green] = use;
      const name = `${d.short}-${String.fromCharCode(65 + (row % 26))}${String(col).padStart(3, '0')}-${String(row).padStart(3, '0')}`;
      out.push({
        geometry: boxPolygon(box),
        bbox: box,
        name,
        attributes: {
          name,
          landUseCode: code,
          maxFloorAreaRatio: round(farMin + random() * (farMax - farMin), 1),
          maxHeightM: heights[Math.floor(random() * heights.length)]!,
          minGreenRatio: green,
        },
      });
    }
  return out;
}

/** Features of one theme in one district: scattered in cells of the district's box, kept apart from each other. */
function scattered(random: () => number, theme: Theme, d: District, count: number): ValidFeature[] {
  const [w, s, e, n] = d.box;
  const side = Math.max(1, Math.ceil(Math.sqrt(count * 1.5)));
  const dx = (e - w) / side;
  const dy = (n - s) / side;
  const cells = Array.from({ length: side * side }, (_, i) => i);
  for (let i = cells.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [cells[i], cells[j]] = [cells[j]!, cells[i]!];
  }
  const out: ValidFeature[] = [];
  for (const cell of cells) {
    if (out.length >= count) break;
    const cw = w + (cell % side) * dx;
    const cs = s + Math.floor(cell / side) * dy;
    const centre: Position = [cw + dx / 2, cs + dy / 2];
    // Farmland, red lines and forests keep mostly out of every built-up core (the plans were
    // drawn to avoid each other); the few that do not are what the conflict scan finds.
    const protective = theme.rule === 'forbidden' && theme.shape === 'blob';
    if (protective && SYNTHETIC_DISTRICTS.some((other) => inside(centre, other.core)) && random() < 0.97)
      continue;
    // A shape stays within its cell (radius at most 45 % of the cell), so a layer's features never overlap.
    const cellKm = Math.min(dx / kmLng(centre[1]!), dy / KM_LAT);
    const geometry =
      theme.shape === 'ribbon'
        ? ribbon(random, [cw + dx * 0.02, cs, cw + dx * 0.98, cs + dy], Math.min(theme.size, cellKm * 0.1))
        : blob(random, centre, Math.min(theme.size, cellKm * 0.45));
    const name = `${d.name}${theme.name}${String(out.length + 1).padStart(4, '0')}`;
    out.push({ geometry, bbox: bboxOfRings(geometry), name, attributes: { name } });
  }
  return out;
}

function bboxOfRings(g: Areal): Bbox {
  const ring = (g.type === 'Polygon' ? g.coordinates[0] : g.coordinates[0]![0])!;
  const xs = ring.map((p) => p[0]!);
  const ys = ring.map((p) => p[1]!);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

export interface SyntheticLayer {
  fields: ImportFields;
  features: ValidFeature[];
}

/**
 * The 165 layers (33 themes in each of the five districts). `scale` multiplies the feature
 * counts (1: about 100,000 features; the tests use a small fraction); every layer keeps at
 * least one feature. Layers are generated one at a time, so the caller can store each before
 * the next is drawn.
 */
export function* syntheticBlueprint(
  options: { seed?: number; scale?: number } = {},
): Generator<SyntheticLayer> {
  const random = seededRandom(options.seed ?? 20261126);
  const scale = options.scale ?? 1;
  for (const d of SYNTHETIC_DISTRICTS)
    for (const theme of THEMES) {
      const count = Math.max(1, Math.round(theme.count * scale));
      const features =
        theme.shape === 'parcels'
          ? parcels(random, d, count)
          : theme.shape === 'boundary'
            ? [
                {
                  geometry: boxPolygon(d.core),
                  bbox: d.core,
                  name: `${d.name}城镇开发边界`,
                  attributes: { name: `${d.name}城镇开发边界` },
                },
              ]
            : scattered(random, theme, d, count);
      yield {
        fields: {
          code: `${d.short.toLowerCase()}.${theme.key}`,
          name: `${d.name}${theme.name}`,
          nameEn: `${theme.nameEn} (${d.short})`,
          departmentCode: theme.department,
          elementClass: theme.elementClass,
          rule: theme.rule,
          ...(theme.condition ? { condition: theme.condition } : {}),
        },
        features,
      };
    }
}

export const SYNTHETIC_LAYER_COUNT = SYNTHETIC_DISTRICTS.length * THEMES.length;
