// Lengths and areas on the earth for measuring and drawing on our maps, with the
// formulas @turf/turf uses on the server (haversine; the spherical ring area of Chamberlain &
// Duquette), so a site's area on the map is the one the check reports.
import type { MultiPolygon, Polygon, Position } from 'geojson';

export type LngLat = [number, number];

/** The mean earth radius (turf's earthRadius), in metres. */
export const EARTH_RADIUS_M = 6_371_008.8;

const rad = (degrees: number) => (degrees * Math.PI) / 180;

/** The great-circle distance between two points, in metres. */
export function distanceM(a: Position, b: Position): number {
  const dLat = rad(b[1]! - a[1]!);
  const dLng = rad(b[0]! - a[0]!);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a[1]!)) * Math.cos(rad(b[1]!)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.atan2(Math.sqrt(h), Math.sqrt(1 - h));
}

/** The length of a path through the points in order, in metres. */
export function pathLengthM(points: readonly Position[]): number {
  let total = 0;
  for (let i = 1; i < points.length; i++) total += distanceM(points[i - 1]!, points[i]!);
  return total;
}

/** The area enclosed by a ring, in m²; the ring may or may not repeat its first point at the end. */
export function ringAreaM2(ring: readonly Position[]): number {
  const first = ring[0];
  const last = ring[ring.length - 1];
  const open =
    first && last && ring.length > 1 && first[0] === last[0] && first[1] === last[1]
      ? ring.slice(0, -1)
      : ring;
  const n = open.length;
  if (n < 3) return 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const lower = open[i]!;
    const middle = open[(i + 1) % n]!;
    const upper = open[(i + 2) % n]!;
    total += (rad(upper[0]!) - rad(lower[0]!)) * Math.sin(rad(middle[1]!));
  }
  return Math.abs((total * EARTH_RADIUS_M * EARTH_RADIUS_M) / 2);
}

/** A polygon's area (its holes taken out) or a multipolygon's, in m². */
export function areaM2(geometry: Polygon | MultiPolygon): number {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let total = 0;
  for (const [outer, ...holes] of polygons) {
    if (!outer) continue;
    total += ringAreaM2(outer);
    for (const hole of holes) total -= ringAreaM2(hole);
  }
  return total;
}

/** [minLng, minLat, maxLng, maxLat] of the positions. */
export function bboxOf(points: readonly Position[]): [number, number, number, number] {
  let bbox: [number, number, number, number] = [180, 90, -180, -90];
  for (const [lng, lat] of points)
    bbox = [
      Math.min(bbox[0], lng!),
      Math.min(bbox[1], lat!),
      Math.max(bbox[2], lng!),
      Math.max(bbox[3], lat!),
    ];
  return bbox;
}
