import fc from 'fast-check';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { areaM2, bboxOf, distanceM, pathLengthM, ringAreaM2 } from './geometry';

// A site in Foshan: 0.01° × 0.01° at 113°E 23°N. The figures are @turf/turf 7.4's for the same
// shapes (area, length in metres), which the server's check uses.
const SQUARE: Position[] = [
  [113, 23],
  [113.01, 23],
  [113.01, 23.01],
  [113, 23.01],
  [113, 23],
];

const point = fc.tuple(
  fc.double({ min: 112.3, max: 113.5, noNaN: true }),
  fc.double({ min: 22.5, max: 23.6, noNaN: true }),
);

describe('geodesic measures', () => {
  it('agrees with turf on a square site, a path and a degree of latitude', () => {
    expect(ringAreaM2(SQUARE)).toBeCloseTo(1138101.8727557184, 3);
    expect(areaM2({ type: 'Polygon', coordinates: [SQUARE] })).toBeCloseTo(1138101.8727557184, 3);
    expect(pathLengthM(SQUARE.slice(0, 3))).toBeCloseTo(2135.506912487692, 6);
    expect(distanceM([113, 23], [113, 24])).toBeCloseTo(111195.0802335329, 6);
  });

  it('counts a ring the same whether or not it repeats its first point, and whichever way it runs', () => {
    const open = SQUARE.slice(0, -1);
    expect(ringAreaM2(open)).toBeCloseTo(ringAreaM2(SQUARE), 6);
    expect(ringAreaM2([...open].reverse())).toBeCloseTo(ringAreaM2(SQUARE), 6);
    fc.assert(
      fc.property(fc.array(point, { minLength: 3, maxLength: 12 }), fc.nat(), (ring, shift) => {
        const k = shift % ring.length;
        const rotated = [...ring.slice(k), ...ring.slice(0, k)];
        const a = ringAreaM2(ring);
        expect(ringAreaM2(rotated)).toBeCloseTo(a, 3);
        expect(ringAreaM2([...ring].reverse())).toBeCloseTo(a, 3);
      }),
    );
  });

  it('takes holes out of a polygon and adds up the parts of a multipolygon', () => {
    const hole: Position[] = [
      [113.002, 23.002],
      [113.002, 23.004],
      [113.004, 23.004],
      [113.004, 23.002],
      [113.002, 23.002],
    ];
    const whole = ringAreaM2(SQUARE);
    expect(areaM2({ type: 'Polygon', coordinates: [SQUARE, hole] })).toBeCloseTo(whole - ringAreaM2(hole), 6);
    expect(areaM2({ type: 'MultiPolygon', coordinates: [[SQUARE], [hole]] })).toBeCloseTo(
      whole + ringAreaM2(hole),
      6,
    );
  });

  it('has nothing to measure with fewer than three corners or one point', () => {
    expect(ringAreaM2(SQUARE.slice(0, 2))).toBe(0);
    expect(pathLengthM(SQUARE.slice(0, 1))).toBe(0);
  });

  it('measures a path as the sum of its legs, never shorter than its ends apart', () => {
    fc.assert(
      fc.property(fc.array(point, { minLength: 2, maxLength: 10 }), (path) => {
        const length = pathLengthM(path);
        expect(length).toBeGreaterThanOrEqual(distanceM(path[0]!, path[path.length - 1]!) - 1e-6);
        expect(length).toBeCloseTo(pathLengthM(path.slice(0, 2)) + pathLengthM(path.slice(1)), 6);
      }),
    );
  });

  it('boxes every point', () => {
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 10 }), (points) => {
        const [w, s, e, n] = bboxOf(points);
        for (const [lng, lat] of points) {
          expect(lng).toBeGreaterThanOrEqual(w);
          expect(lng).toBeLessThanOrEqual(e);
          expect(lat).toBeGreaterThanOrEqual(s);
          expect(lat).toBeLessThanOrEqual(n);
        }
      }),
    );
  });
});
