import { area, booleanValid, booleanWithin, feature, featureCollection, intersect, kinks } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';

export type Areal = Polygon | MultiPolygon;
export type Bbox = [minLng: number, minLat: number, maxLng: number, maxLat: number];

/**
 * Where blueprint geometry may lie: Foshan (lng 112.37–113.40, lat 22.63–23.57) with a wide
 * margin for neighbouring plans, so that swapped coordinates, projected metres or degrees typed
 * as minutes are refused instead of drawn in the sea.
 */
export const BLUEPRINT_EXTENT: Bbox = [111.5, 22.0, 114.5, 24.5];
/** A site drawn by hand or uploaded: the quadratic validity checks stay cheap within this. */
export const MAX_SITE_POSITIONS = 5_000;

export const GEOMETRY_PROBLEMS = [
  'not_polygon',
  'bad_coordinates',
  'ring_too_short',
  'ring_not_closed',
  'outside_extent',
  'self_intersecting',
  'invalid',
  'degenerate',
  'too_many_positions',
] as const;
export type GeometryProblem = (typeof GEOMETRY_PROBLEMS)[number];

const isPosition = (p: unknown): p is Position =>
  Array.isArray(p) &&
  (p.length === 2 || p.length === 3) &&
  p.every((n) => typeof n === 'number' && Number.isFinite(n));

function ringsOf(g: { type: unknown; coordinates: unknown }): unknown[] | null {
  const c = g.coordinates;
  if (!Array.isArray(c) || c.length === 0) return null;
  if (g.type === 'Polygon') return c;
  if (!c.every((poly) => Array.isArray(poly) && poly.length > 0)) return null;
  return (c as unknown[][]).flat();
}

/**
 * The first problem of a would-be blueprint polygon, or null when it is a valid Polygon or
 * MultiPolygon: closed rings of ≥ 4 finite positions inside the extent, no edge crossing
 * another (turf `kinks`: `booleanValid` alone accepts a bow-tie), holes and parts as OGC's
 * simple-features rules have them (`booleanValid`), and an area.
 */
export function geometryProblem(
  value: unknown,
  options: { maxPositions?: number; extent?: Bbox } = {},
): GeometryProblem | null {
  const g = value as { type?: unknown; coordinates?: unknown } | null;
  if (!g || typeof g !== 'object' || (g.type !== 'Polygon' && g.type !== 'MultiPolygon'))
    return 'not_polygon';
  const rings = ringsOf(g as { type: unknown; coordinates: unknown });
  if (!rings?.every((r) => Array.isArray(r) && r.every(isPosition))) return 'bad_coordinates';
  const positions = rings as Position[][];
  if (options.maxPositions && positions.reduce((n, r) => n + r.length, 0) > options.maxPositions)
    return 'too_many_positions';
  if (positions.some((r) => r.length < 4)) return 'ring_too_short';
  if (positions.some((r) => r[0]![0] !== r.at(-1)![0] || r[0]![1] !== r.at(-1)![1])) return 'ring_not_closed';
  const [minLng, minLat, maxLng, maxLat] = options.extent ?? BLUEPRINT_EXTENT;
  if (
    positions.some((r) =>
      r.some(([lng, lat]) => lng! < minLng || lng! > maxLng || lat! < minLat || lat! > maxLat),
    )
  )
    return 'outside_extent';
  const areal = g as Areal;
  if (kinks(areal).features.length > 0) return 'self_intersecting';
  if (!booleanValid(areal) || !holesInside(areal)) return 'invalid';
  // Below a square metre a shape is a digitising slip (or collinear points measured with rounding).
  if (!(area(areal) >= 1)) return 'degenerate';
  return null;
}

// booleanValid lets a hole lie outside its shell; OGC does not.
function holesInside(g: Areal): boolean {
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polygons.every(([shell, ...holes]) =>
    holes.every((hole) =>
      booleanWithin({ type: 'Polygon', coordinates: [hole] }, { type: 'Polygon', coordinates: [shell!] }),
    ),
  );
}

export function bboxOf(g: Areal): Bbox {
  let minLng = Infinity;
  let minLat = Infinity;
  let maxLng = -Infinity;
  let maxLat = -Infinity;
  const rings = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
  for (const ring of rings)
    for (const [lng, lat] of ring) {
      if (lng! < minLng) minLng = lng!;
      if (lng! > maxLng) maxLng = lng!;
      if (lat! < minLat) minLat = lat!;
      if (lat! > maxLat) maxLat = lat!;
    }
  return [minLng, minLat, maxLng, maxLat];
}

export const bboxesMeet = (a: Bbox, b: Bbox) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/** Geodesic area in m² (turf: spherical, mean Earth radius 6,371,008.8 m). */
export const areaM2 = (g: Areal) => area(g);

type Overlap = { geometry: Areal; areaM2: number } | null;

// Below a square millimetre two shapes only touch (rounding leaves slivers of 1e-10 m²).
const touching = (m2: number) => !(m2 > 1e-6);

/** The common part of two polygons by turf (polyclip): any shapes, holes and parts. */
export function generalOverlap(a: Areal, b: Areal): Overlap {
  const common = intersect(featureCollection([feature(a), feature(b)]));
  if (!common) return null;
  const m2 = area(common.geometry);
  return touching(m2) ? null : { geometry: common.geometry, areaM2: m2 };
}

/** The ring of a single convex polygon without holes, counter-clockwise and open; null for any other shape. */
export function convexRing(g: Areal): Position[] | null {
  const rings = g.type === 'Polygon' ? g.coordinates : g.coordinates.length === 1 ? g.coordinates[0]! : null;
  if (rings?.length !== 1) return null;
  const ring = rings[0]!.slice(0, -1);
  let turn = 0;
  for (let i = 0; i < ring.length; i++) {
    const [a, b, c] = [ring[i]!, ring[(i + 1) % ring.length]!, ring[(i + 2) % ring.length]!];
    const cross = (b[0]! - a[0]!) * (c[1]! - b[1]!) - (b[1]! - a[1]!) * (c[0]! - b[0]!);
    if (cross === 0) continue;
    if (turn && Math.sign(cross) !== turn) return null;
    turn = Math.sign(cross);
  }
  if (!turn) return null;
  return turn > 0 ? ring : ring.reverse();
}

/** Sutherland–Hodgman: a ring clipped by a convex counter-clockwise ring (exact area, also for a concave ring). */
function clipRing(subject: Position[], clip: Position[]): Position[] | null {
  let output = subject.slice(0, -1);
  for (let i = 0; i < clip.length && output.length; i++) {
    const [a, b] = [clip[i]!, clip[(i + 1) % clip.length]!];
    const side = (p: Position) => (b[0]! - a[0]!) * (p[1]! - a[1]!) - (b[1]! - a[1]!) * (p[0]! - a[0]!);
    const input = output;
    output = [];
    for (let j = 0; j < input.length; j++) {
      const [p, q] = [input[j]!, input[(j + 1) % input.length]!];
      const [sp, sq] = [side(p), side(q)];
      if (sp >= 0) output.push(p);
      if (sp >= 0 !== sq >= 0) {
        const t = sp / (sp - sq);
        output.push([p[0]! + t * (q[0]! - p[0]!), p[1]! + t * (q[1]! - p[1]!)]);
      }
    }
  }
  return output.length >= 3 ? [...output, output[0]!] : null;
}

/** The common part of a convex site (its `convexRing`) and any polygon: each ring clipped, holes kept. */
export function convexOverlap(site: Position[], g: Areal): Overlap {
  const polygons: Position[][][] = [];
  for (const [shell, ...holes] of g.type === 'Polygon' ? [g.coordinates] : g.coordinates) {
    const outer = clipRing(shell!, site);
    if (!outer) continue;
    polygons.push([outer, ...holes.map((h) => clipRing(h, site)).filter((h): h is Position[] => h !== null)]);
  }
  if (!polygons.length) return null;
  const geometry: Areal =
    polygons.length === 1
      ? { type: 'Polygon', coordinates: polygons[0]! }
      : { type: 'MultiPolygon', coordinates: polygons };
  const m2 = area(geometry);
  return touching(m2) ? null : { geometry, areaM2: m2 };
}

/**
 * The common part of a site and a feature and its area; null when they share no area. Sites
 * are mostly convex (a block, a quadrilateral): those are clipped directly, in microseconds,
 * where polyclip takes a fraction of a millisecond per feature; other sites go through turf.
 */
export function overlapOf(site: Areal, g: Areal): Overlap {
  const ring = convexRing(site);
  return ring ? convexOverlap(ring, g) : generalOverlap(site, g);
}

/** The union of bboxes (an empty list has none). */
export function unionBbox(boxes: Bbox[]): Bbox | null {
  if (!boxes.length) return null;
  return boxes.reduce((u, b) => [
    Math.min(u[0], b[0]),
    Math.min(u[1], b[1]),
    Math.max(u[2], b[2]),
    Math.max(u[3], b[3]),
  ]);
}
