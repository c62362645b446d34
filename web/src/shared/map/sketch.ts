// Drawing and measuring on a map, as plain state: the map turns clicks and drags
// into these steps, and what they do is tested without a browser (sketch.test.ts).
import type { MultiPolygon, Polygon } from 'geojson';
import type { LngLat } from './geometry';

/** Vertices clicked so far; a closed sketch is a polygon (the last vertex joins the first). */
export interface Sketch {
  points: LngLat[];
  closed: boolean;
}

export const EMPTY_SKETCH: Sketch = { points: [], closed: false };

/** How near (in screen pixels) a click must come to a vertex to mean that vertex. */
export const SNAP_PX = 8;

export type ClickAction = 'add' | 'close' | 'ignore';

/**
 * What a click at `at` (screen pixels) does to an open sketch whose vertices are at `vertices`
 * (screen pixels too). On the first vertex it closes the polygon (once there are three); on the
 * last it is ignored: the two clicks of a double click land there, and the double click closes.
 */
export function clickAction(
  sketch: Sketch,
  at: { x: number; y: number },
  vertices: { x: number; y: number }[],
): ClickAction {
  if (sketch.closed) return 'ignore';
  const near = (v: { x: number; y: number } | undefined) =>
    v !== undefined && Math.hypot(v.x - at.x, v.y - at.y) <= SNAP_PX;
  if (near(vertices[vertices.length - 1])) return 'ignore';
  if (sketch.points.length >= 3 && near(vertices[0])) return 'close';
  return 'add';
}

export function addPoint(sketch: Sketch, point: LngLat): Sketch {
  return sketch.closed ? sketch : { points: [...sketch.points, point], closed: false };
}

/** A polygon needs three vertices: fewer stay open. */
export function closeSketch(sketch: Sketch): Sketch {
  return sketch.points.length >= 3 ? { ...sketch, closed: true } : sketch;
}

/** Dragging a vertex moves it, open or closed. */
export function movePoint(sketch: Sketch, index: number, point: LngLat): Sketch {
  if (index < 0 || index >= sketch.points.length) return sketch;
  return { ...sketch, points: sketch.points.map((p, i) => (i === index ? point : p)) };
}

/** Takes back the last vertex (of a closed sketch: reopens it first). */
export function undoPoint(sketch: Sketch): Sketch {
  if (sketch.closed) return { ...sketch, closed: false };
  return { points: sketch.points.slice(0, -1), closed: false };
}

/** The GeoJSON polygon of a closed sketch (its ring ends where it starts), or null. */
export function sketchPolygon(sketch: Sketch): Polygon | null {
  if (!sketch.closed || sketch.points.length < 3) return null;
  return { type: 'Polygon', coordinates: [[...sketch.points, sketch.points[0]!]] };
}

/** A site of one ring drawn elsewhere becomes an editable sketch; anything else stays as it is. */
export function sketchOf(site: Polygon | MultiPolygon): Sketch | null {
  if (site.type !== 'Polygon' || site.coordinates.length !== 1) return null;
  const ring = site.coordinates[0]!.map(([lng, lat]): LngLat => [lng!, lat!]);
  const [first, last] = [ring[0], ring[ring.length - 1]];
  const points = first && last && first[0] === last[0] && first[1] === last[1] ? ring.slice(0, -1) : ring;
  return points.length >= 3 ? { points, closed: true } : null;
}

export type SiteFileError = 'json' | 'noPolygon' | 'coordinates';

const isPosition = (p: unknown): p is [number, number] =>
  Array.isArray(p) &&
  p.length >= 2 &&
  typeof p[0] === 'number' &&
  typeof p[1] === 'number' &&
  Math.abs(p[0]) <= 180 &&
  Math.abs(p[1]) <= 90;

const isRing = (ring: unknown) => Array.isArray(ring) && ring.length >= 4 && ring.every(isPosition);
const isPolygonCoordinates = (rings: unknown): rings is [number, number][][] =>
  Array.isArray(rings) && rings.length > 0 && rings.every(isRing);

/**
 * The site in an uploaded GeoJSON file: a Polygon or MultiPolygon, bare, in a Feature or in a
 * FeatureCollection (several polygons make one MultiPolygon; other geometries are left out).
 * Whether the polygon is valid (self-crossing, too small) is the server's to say.
 */
export function siteFromGeoJson(text: string): { site: Polygon | MultiPolygon } | { error: SiteFileError } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { error: 'json' };
  }
  const geometries: unknown[] = [];
  const collect = (node: unknown) => {
    if (typeof node !== 'object' || node === null) return;
    const { type } = node as { type?: unknown };
    if (type === 'FeatureCollection')
      for (const f of (node as { features?: unknown[] }).features ?? []) collect(f);
    else if (type === 'Feature') collect((node as { geometry?: unknown }).geometry);
    else if (type === 'GeometryCollection')
      for (const g of (node as { geometries?: unknown[] }).geometries ?? []) collect(g);
    else if (type === 'Polygon' || type === 'MultiPolygon') geometries.push(node);
  };
  collect(value);
  if (geometries.length === 0) return { error: 'noPolygon' };
  const polygons: [number, number][][][] = [];
  for (const g of geometries as { type: string; coordinates: unknown }[]) {
    const parts = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    if (!Array.isArray(parts) || parts.length === 0 || !parts.every(isPolygonCoordinates))
      return { error: 'coordinates' };
    polygons.push(...(parts as [number, number][][][]));
  }
  const strip = (rings: [number, number][][]) =>
    rings.map((ring) => ring.map(([lng, lat]): [number, number] => [lng, lat]));
  return polygons.length === 1
    ? { site: { type: 'Polygon', coordinates: strip(polygons[0]!) } }
    : { site: { type: 'MultiPolygon', coordinates: polygons.map(strip) } };
}
