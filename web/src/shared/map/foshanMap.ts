// Foshan drawn without a tile server: the district outlines are approximated from the town
// seats the server knows (server/src/modules/hotline/geography.ts). Each town gets the land
// nearer to it than to any other seat (a Voronoi cell) within a rounded outline around all of
// them, and a district is its towns' cells — the same nearest-seat rule by which the server
// finds the district of a bare point, so what the map shows is what the server would say.
import type { FeatureCollection, LineString, Point, Polygon } from 'geojson';
import { FOSHAN_TOWNS } from '../../../../server/src/modules/hotline/geography.js';
import type { District } from '../../../../server/src/modules/hotline/vocabulary.js';

type XY = [number, number];

// Degrees of longitude are shorter than degrees of latitude here: distances are measured on
// x = lng × cos(latitude), which is exact enough across 1° of a city.
const K = Math.cos((23 * Math.PI) / 180);
// How far the outline reaches beyond the outermost seats (degrees of latitude, about 11 km).
const REACH = 0.1;
const OUTER = -1;

const xyOf = (t: { lng: number; lat: number }): XY => [t.lng * K, t.lat];
const lngLatOf = ([x, y]: XY): XY => [round(x / K), round(y)];
const round = (v: number) => Math.round(v * 1e5) / 1e5;

/** Andrew's monotone chain: the convex hull, counter-clockwise. */
function hull(points: XY[]): XY[] {
  const p = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const cross = (o: XY, a: XY, b: XY) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const half = (list: XY[]) => {
    const out: XY[] = [];
    for (const q of list) {
      while (out.length >= 2 && cross(out[out.length - 2]!, out[out.length - 1]!, q) <= 0) out.pop();
      out.push(q);
    }
    out.pop();
    return out;
  };
  return [...half(p), ...half([...p].reverse())];
}

/**
 * A convex polygon cut to the side of the bisector nearer `a` than `b`. Every edge carries the
 * town whose bisector made it (or OUTER), so borders between districts can be told apart.
 */
function clip(poly: { points: XY[]; edges: number[] }, a: XY, b: XY, by: number) {
  const n: XY = [b[0] - a[0], b[1] - a[1]];
  const c = (n[0] * (a[0] + b[0])) / 2 + (n[1] * (a[1] + b[1])) / 2;
  const side = (p: XY) => n[0] * p[0] + n[1] * p[1] - c;
  const points: XY[] = [];
  const edges: number[] = [];
  const { points: v, edges: e } = poly;
  for (let i = 0; i < v.length; i++) {
    const p = v[i]!;
    const q = v[(i + 1) % v.length]!;
    const sp = side(p);
    const sq = side(q);
    const cut = (): XY => {
      const t = sp / (sp - sq);
      return [p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])];
    };
    if (sp <= 0) {
      points.push(p);
      edges.push(e[i]!);
      if (sq > 0) {
        points.push(cut());
        edges.push(by);
      }
    } else if (sq <= 0) {
      points.push(cut());
      edges.push(e[i]!);
    }
  }
  return { points, edges };
}

/** The area-weighted centre of a polygon. */
function centroid(points: XY[]): { at: XY; area: number } {
  let area = 0;
  let x = 0;
  let y = 0;
  for (let i = 0; i < points.length; i++) {
    const [x0, y0] = points[i]!;
    const [x1, y1] = points[(i + 1) % points.length]!;
    const f = x0 * y1 - x1 * y0;
    area += f;
    x += (x0 + x1) * f;
    y += (y0 + y1) * f;
  }
  return { at: [x / (3 * area), y / (3 * area)], area: area / 2 };
}

const inside = (points: XY[], p: XY) =>
  points.every((a, i) => {
    const b = points[(i + 1) % points.length]!;
    return (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]) >= 0;
  });

export interface FoshanMap {
  districts: FeatureCollection<Polygon, { district: District }>;
  borders: FeatureCollection<LineString>;
  towns: FeatureCollection<Point, { town: string }>;
  /** Where each district's name goes: inside its own land. */
  labels: { district: District; lngLat: XY }[];
  /** [[west, south], [east, north]]: the city's, and each district's. */
  bounds: [XY, XY];
  districtBounds: Record<District, [XY, XY]>;
}

const boundsOf = (points: XY[]): [XY, XY] => [
  [Math.min(...points.map((p) => p[0])), Math.min(...points.map((p) => p[1]))],
  [Math.max(...points.map((p) => p[0])), Math.max(...points.map((p) => p[1]))],
];

export function foshanMap(): FoshanMap {
  const seats = FOSHAN_TOWNS.map(xyOf);
  const ring = seats.flatMap(([x, y]) =>
    Array.from({ length: 16 }, (_, k): XY => {
      const a = (k * Math.PI) / 8;
      return [x + REACH * Math.cos(a), y + REACH * Math.sin(a)];
    }),
  );
  const outline = hull(ring);
  const cells = seats.map((a, i) => {
    let cell = { points: outline, edges: outline.map(() => OUTER) };
    for (const [j, b] of seats.entries()) if (j !== i) cell = clip(cell, a, b, j);
    return cell;
  });

  const districtOf = (i: number) => FOSHAN_TOWNS[i]!.district;
  const borders: XY[][] = [];
  for (const [i, { points, edges }] of cells.entries())
    for (const [k, by] of edges.entries())
      if (by === OUTER || districtOf(by) !== districtOf(i))
        borders.push([points[k]!, points[(k + 1) % points.length]!]);

  const labels = [...new Set(FOSHAN_TOWNS.map((t) => t.district))].map((district) => {
    const own = cells.filter((_, i) => districtOf(i) === district).map((c) => c.points);
    const parts = own.map(centroid);
    const area = parts.reduce((s, p) => s + p.area, 0);
    const mean: XY = [
      parts.reduce((s, p) => s + p.at[0] * p.area, 0) / area,
      parts.reduce((s, p) => s + p.at[1] * p.area, 0) / area,
    ];
    // A district wrapped around another (南海 around 禅城) has its centre in the other's land:
    // its largest town's centre then.
    const at = own.some((c) => inside(c, mean)) ? mean : parts.reduce((a, b) => (b.area > a.area ? b : a)).at;
    return { district, lngLat: lngLatOf(at) };
  });

  const districtBounds = Object.fromEntries(
    labels.map(({ district }) => [
      district,
      boundsOf(cells.filter((_, i) => districtOf(i) === district).flatMap((c) => c.points.map(lngLatOf))),
    ]),
  ) as Record<District, [XY, XY]>;
  return {
    districts: {
      type: 'FeatureCollection',
      features: cells.map((c, i) => ({
        type: 'Feature',
        properties: { district: districtOf(i) },
        geometry: { type: 'Polygon', coordinates: [[...c.points, c.points[0]!].map(lngLatOf)] },
      })),
    },
    borders: {
      type: 'FeatureCollection',
      features: borders.map((line) => ({
        type: 'Feature',
        properties: {},
        geometry: { type: 'LineString', coordinates: line.map(lngLatOf) },
      })),
    },
    towns: {
      type: 'FeatureCollection',
      features: FOSHAN_TOWNS.map((t) => ({
        type: 'Feature',
        properties: { town: t.town },
        geometry: { type: 'Point', coordinates: [t.lng, t.lat] },
      })),
    },
    labels,
    bounds: boundsOf(outline.map(lngLatOf)),
    districtBounds,
  };
}
