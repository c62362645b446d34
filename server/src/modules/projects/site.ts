/**
 * A project's site red line (用地红线): a GeoJSON Polygon or MultiPolygon in WGS84. The
 * checks are the ones a plan check relies on later: closed rings, a real area, no edge
 * crossing another, holes inside their shell, parts apart from each other, all in Foshan.
 */

export type Position = number[];
export type Site =
  | { type: 'Polygon'; coordinates: Position[][] }
  | { type: 'MultiPolygon'; coordinates: Position[][][] };

export type SiteProblem =
  | 'ring_too_short'
  | 'ring_not_closed'
  | 'ring_degenerate'
  | 'outside_foshan'
  | 'self_intersecting'
  | 'hole_outside'
  | 'parts_overlap';

export interface SiteIssue {
  /** Within `coordinates`: [polygon, ring] of a MultiPolygon, [ring] of a Polygon, then the position if one is to blame. */
  path: number[];
  problem: SiteProblem;
}

/** Foshan's extent (112°22′–113°23′ E, 22°38′–23°34′ N) with a few hundred metres' margin. */
export const FOSHAN_EXTENT = { minLng: 112.35, minLat: 22.62, maxLng: 113.4, maxLat: 23.58 } as const;

/** Bounds the quadratic crossing test: a red line is tens of vertices, a detailed one hundreds. */
export const MAX_SITE_POSITIONS = 2000;

const EARTH_RADIUS_M = 6_371_008.8;
const RAD = Math.PI / 180;

type Point = readonly [number, number];
type Segment = readonly [Point, Point];

const orientation = (a: Point, b: Point, c: Point) =>
  Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));

const onSegment = (p: Point, [a, b]: Segment) =>
  Math.min(a[0], b[0]) <= p[0] &&
  p[0] <= Math.max(a[0], b[0]) &&
  Math.min(a[1], b[1]) <= p[1] &&
  p[1] <= Math.max(a[1], b[1]);

/** Whether two segments share any point (touching and collinear overlap included). */
export function segmentsIntersect(s: Segment, t: Segment): boolean {
  const o1 = orientation(s[0], s[1], t[0]);
  const o2 = orientation(s[0], s[1], t[1]);
  const o3 = orientation(t[0], t[1], s[0]);
  const o4 = orientation(t[0], t[1], s[1]);
  if (o1 !== o2 && o3 !== o4) return true;
  return (
    (o1 === 0 && onSegment(t[0], s)) ||
    (o2 === 0 && onSegment(t[1], s)) ||
    (o3 === 0 && onSegment(s[0], t)) ||
    (o4 === 0 && onSegment(s[1], t))
  );
}

const same = (a: Point, b: Point) => a[0] === b[0] && a[1] === b[1];

/** A closed ring's edges. */
const edgesOf = (ring: Point[]): Segment[] => ring.slice(1).map((p, i) => [ring[i]!, p] as const);

/** Edges that meet where they should not: apart from neighbours' shared vertex, or folding back onto each other. */
function ringCrossesItself(edges: Segment[]): boolean {
  const n = edges.length;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const e = edges[i]!;
      const f = edges[j]!;
      const adjacent = j === i + 1 || (i === 0 && j === n - 1);
      if (!adjacent) {
        if (segmentsIntersect(e, f)) return true;
        continue;
      }
      // Neighbours share one vertex; they cross only by running back along each other.
      const [shared, a, b] = j === i + 1 ? [e[1], e[0], f[1]] : [e[0], e[1], f[0]];
      if (orientation(a, shared, b) === 0) {
        const dot = (a[0] - shared[0]) * (b[0] - shared[0]) + (a[1] - shared[1]) * (b[1] - shared[1]);
        if (dot > 0) return true;
      }
    }
  }
  return false;
}

const edgesCross = (a: Segment[], b: Segment[]) => a.some((e) => b.some((f) => segmentsIntersect(e, f)));

/** Even-odd rule: whether p is strictly inside the ring (the caller has ruled out touching edges). */
function inside(p: Point, ring: Point[]): boolean {
  let within = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i]!;
    const b = ring[j]!;
    if (a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0])
      within = !within;
  }
  return within;
}

/** A ring's area in m² on a local equirectangular projection: good to well under 0.1 % at a site's size. */
function ringArea(ring: Point[], lat0: number): number {
  const kx = EARTH_RADIUS_M * RAD * Math.cos(lat0 * RAD);
  const ky = EARTH_RADIUS_M * RAD;
  let twice = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[i + 1]!;
    twice += x1 * kx * (y2 * ky) - x2 * kx * (y1 * ky);
  }
  return Math.abs(twice) / 2;
}

/** What is wrong with one ring on its own, if anything; its positions without repeats. */
function ringProblem(ring: Point[]): { problem: SiteProblem | null; distinct: Point[] } {
  const distinct = ring.filter((pt, i) => i === 0 || !same(pt, ring[i - 1]!));
  const problem: SiteProblem | null =
    ring.length < 4
      ? 'ring_too_short'
      : !same(ring[0]!, ring.at(-1)!)
        ? 'ring_not_closed'
        : distinct.length < 4
          ? 'ring_degenerate'
          : // A ring that encloses nothing (all on a line) runs back along itself: caught here too.
            ringCrossesItself(edgesOf(distinct))
            ? 'self_intersecting'
            : null;
  return { problem, distinct };
}

export interface SiteCheck {
  issues: SiteIssue[];
  areaM2: number;
  bbox: { minLng: number; minLat: number; maxLng: number; maxLat: number };
}

/** Checks a red line already shaped as GeoJSON (positions are arrays of two or three numbers). */
export function checkSite(site: Site): SiteCheck {
  const multi = site.type === 'MultiPolygon';
  const polygons = multi ? site.coordinates : [site.coordinates];
  const prefix = (p: number) => (multi ? [p] : []);
  const issues: SiteIssue[] = [];
  const bbox = { minLng: Infinity, minLat: Infinity, maxLng: -Infinity, maxLat: -Infinity };
  const parts: { index: number; rings: Point[][]; edges: Segment[] }[] = [];

  polygons.forEach((polygon, p) => {
    const rings: Point[][] = [];
    polygon.forEach((coordinates, r) => {
      const at = [...prefix(p), r];
      const ring = coordinates.map((c) => [c[0]!, c[1]!] as const);
      ring.forEach(([lng, lat], i) => {
        bbox.minLng = Math.min(bbox.minLng, lng);
        bbox.minLat = Math.min(bbox.minLat, lat);
        bbox.maxLng = Math.max(bbox.maxLng, lng);
        bbox.maxLat = Math.max(bbox.maxLat, lat);
        if (
          lng < FOSHAN_EXTENT.minLng ||
          lng > FOSHAN_EXTENT.maxLng ||
          lat < FOSHAN_EXTENT.minLat ||
          lat > FOSHAN_EXTENT.maxLat
        )
          issues.push({ path: [...at, i], problem: 'outside_foshan' });
      });
      const { problem, distinct } = ringProblem(ring);
      if (problem) issues.push({ path: at, problem });
      else rings.push(distinct);
    });
    if (rings.length !== polygon.length) return;
    const [shell, ...holes] = rings as [Point[], ...Point[][]];
    const edges = rings.map(edgesOf);
    for (let h = 0; h < holes.length; h++) {
      const at = [...prefix(p), h + 1];
      if (edges.some((other, k) => k !== h + 1 && edgesCross(edges[h + 1]!, other)))
        issues.push({ path: at, problem: 'self_intersecting' });
      else if (!inside(holes[h]![0]!, shell)) issues.push({ path: at, problem: 'hole_outside' });
    }
    parts.push({ index: p, rings, edges: edges.flat() });
  });

  // A MultiPolygon's parts are disjoint: no shared edge or vertex, and none inside another
  // (an island in another part's hole is apart from it).
  const within = (pt: Point, { rings: [shell, ...holes] }: { rings: Point[][] }) =>
    inside(pt, shell!) && !holes.some((h) => inside(pt, h));
  for (let a = 0; a < parts.length; a++)
    for (let b = a + 1; b < parts.length; b++) {
      const [pa, pb] = [parts[a]!, parts[b]!];
      if (edgesCross(pa.edges, pb.edges) || within(pa.rings[0]![0]!, pb) || within(pb.rings[0]![0]!, pa))
        issues.push({ path: [pb.index], problem: 'parts_overlap' });
    }

  const lat0 = (bbox.minLat + bbox.maxLat) / 2;
  let areaM2 = 0;
  if (issues.length === 0)
    for (const polygon of polygons) {
      const [shell, ...holes] = polygon.map((ring) => ring.map((c) => [c[0]!, c[1]!] as const));
      areaM2 += ringArea(shell!, lat0) - holes.reduce((sum, h) => sum + ringArea(h, lat0), 0);
    }
  return { issues, areaM2: Math.round(areaM2 * 100) / 100, bbox };
}
