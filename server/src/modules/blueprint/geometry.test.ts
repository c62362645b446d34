import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bowtie, box, boxAreaM2 } from './boxes.fixture.js';
import {
  areaM2,
  bboxOf,
  convexOverlap,
  convexRing,
  generalOverlap,
  geometryProblem,
  overlapOf,
} from './geometry.js';

// Boxes somewhere in Foshan, 10 m to 5 km a side, on a 1e-5° grid (as surveyed coordinates are).
const grid = (min: number, max: number) => fc.integer({ min: min * 1e5, max: max * 1e5 }).map((n) => n / 1e5);
const boxes = fc
  .record({ w: grid(112.4, 113.3), s: grid(22.7, 23.5), dw: grid(0.0001, 0.05), dh: grid(0.0001, 0.05) })
  .map(({ w, s, dw, dh }) => [w, s, +(w + dw).toFixed(5), +(s + dh).toFixed(5)] as const);

describe('blueprint geometry', () => {
  it('accepts any box in Foshan and measures it exactly', () => {
    fc.assert(
      fc.property(boxes, ([w, s, e, n]) => {
        const g = box(w, s, e, n);
        expect(geometryProblem(g)).toBeNull();
        expect(bboxOf(g)).toEqual([w, s, e, n]);
        expect(areaM2(g) / boxAreaM2(w, s, e, n)).toBeCloseTo(1, 9);
      }),
    );
  });

  it('cuts two boxes to their common box, whose area is known exactly', () => {
    fc.assert(
      fc.property(boxes, boxes, ([w1, s1, e1, n1], [w2, s2, e2, n2]) => {
        const [w, s, e, n] = [Math.max(w1, w2), Math.max(s1, s2), Math.min(e1, e2), Math.min(n1, n2)];
        const overlap = overlapOf(box(w1, s1, e1, n1), box(w2, s2, e2, n2));
        if (w >= e || s >= n) expect(overlap).toBeNull();
        else {
          expect(overlap).not.toBeNull();
          expect(overlap!.areaM2 / boxAreaM2(w, s, e, n)).toBeCloseTo(1, 6);
          expect(bboxOf(overlap!.geometry)).toEqual([w, s, e, n]);
        }
      }),
    );
  });

  it('names what is wrong with a would-be polygon', () => {
    const [w, s, e, n] = [113.1, 23.0, 113.11, 23.01];
    expect(geometryProblem({ type: 'Point', coordinates: [w, s] })).toBe('not_polygon');
    expect(geometryProblem(null)).toBe('not_polygon');
    expect(
      geometryProblem({
        type: 'Polygon',
        coordinates: [
          [
            [w, s],
            [e, 'x'],
            [e, n],
            [w, s],
          ],
        ],
      }),
    ).toBe('bad_coordinates');
    expect(
      geometryProblem({
        type: 'Polygon',
        coordinates: [
          [
            [w, s],
            [e, Number.NaN],
            [e, n],
            [w, s],
          ],
        ],
      }),
    ).toBe('bad_coordinates');
    expect(
      geometryProblem({
        type: 'Polygon',
        coordinates: [
          [
            [w, s],
            [e, s],
            [w, s],
          ],
        ],
      }),
    ).toBe('ring_too_short');
    expect(
      geometryProblem({
        type: 'Polygon',
        coordinates: [
          [
            [w, s],
            [e, s],
            [e, n],
            [w, n],
          ],
        ],
      }),
    ).toBe('ring_not_closed');
    // Projected metres or swapped axes land far outside.
    expect(geometryProblem(box(23.0, 113.1, 23.01, 113.11))).toBe('outside_extent');
    // A bow-tie: booleanValid alone would accept it.
    expect(geometryProblem(bowtie(w, s, e, n))).toBe('self_intersecting');
    // A hole outside its shell.
    expect(
      geometryProblem({
        type: 'Polygon',
        coordinates: [box(w, s, e, n).coordinates[0], box(113.2, 23.2, 113.21, 23.21).coordinates[0]],
      }),
    ).toBe('invalid');
    expect(
      geometryProblem({
        type: 'Polygon',
        coordinates: [
          [
            [w, s],
            [e, s],
            [e + 0.01, s],
            [w, s],
          ],
        ],
      }),
    ).not.toBeNull();
    expect(geometryProblem(box(w, s, e, n), { maxPositions: 4 })).toBe('too_many_positions');
  });

  it('refuses every polygon with a non-finite or out-of-extent coordinate', () => {
    const bad = fc.oneof(
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
      fc.double({ min: -180, max: 111.4, noNaN: true }),
      fc.double({ min: 114.6, max: 180, noNaN: true }),
    );
    fc.assert(
      fc.property(boxes, bad, fc.integer({ min: 0, max: 3 }), ([w, s, e, n], value, at) => {
        const g = box(w, s, e, n);
        g.coordinates[0]![at]![0] = value;
        if (at === 0) g.coordinates[0]![4]![0] = value;
        expect(geometryProblem(g)).toMatch(/^(bad_coordinates|outside_extent)$/);
      }),
    );
  });

  // Shapes around a centre: on an ellipse (convex) or with a radius that varies per vertex
  // (star-shaped, usually concave), as sites and as patches of a layer are drawn.
  const around = (convex: boolean, lngs = grid(113.1, 113.11), lats = grid(23.0, 23.01)) =>
    fc
      .record({
        lng: lngs,
        lat: lats,
        r: fc.double({ min: 0.002, max: 0.01, noNaN: true }),
        squash: fc.double({ min: 0.3, max: 1, noNaN: true }),
        angles: fc.uniqueArray(fc.integer({ min: 0, max: 359 }), { minLength: 3, maxLength: 12 }),
        radii: fc.array(fc.double({ min: 0.3, max: 1, noNaN: true }), { minLength: 12, maxLength: 12 }),
      })
      .filter(({ angles }) => {
        const sorted = [...angles].sort((a, b) => a - b);
        // No gap of 180° or more: the centre stays inside, the shape is simple.
        return sorted.every((a, i) => (sorted[(i + 1) % sorted.length]! - a + 360) % 360 < 180);
      })
      .map(({ lng, lat, r, squash, angles, radii }) => {
        const ring = [...angles]
          .sort((a, b) => a - b)
          .map((deg, i) => {
            const k = convex ? 1 : radii[i]!;
            return [
              lng + Math.cos((deg * Math.PI) / 180) * r * k,
              lat + Math.sin((deg * Math.PI) / 180) * r * k * squash,
            ];
          });
        return { type: 'Polygon' as const, coordinates: [[...ring, ring[0]!]] };
      });

  const nearBoxes = fc
    .record({
      w: grid(113.095, 113.11),
      s: grid(22.995, 23.01),
      dw: grid(0.0001, 0.01),
      dh: grid(0.0001, 0.01),
    })
    .map(({ w, s, dw, dh }) => box(w, s, +(w + dw).toFixed(5), +(s + dh).toFixed(5)));

  it('clips by a convex site as the general intersection does', () => {
    let overlapping = 0;
    fc.assert(
      // Both within a few hundred metres of each other: most pairs overlap, some do not. The
      // planar areas agree to 1e-9 (and with GEOS); turf's spherical measure of a ring depends a
      // little on where vertices lie along a straight edge, and where a concave patch leaves the
      // site in two pieces the clip joins them by zero-width bridges along the site's edge: the
      // two measures then differ by up to ~1e-5 of the area. Held within 1e-4, or 0.1 m².
      fc.property(around(true), fc.oneof(around(false), around(true), nearBoxes), (site, patch) => {
        const ring = convexRing(site);
        expect(ring).not.toBeNull();
        const fast = convexOverlap(ring!, patch);
        const general = generalOverlap(site, patch);
        if (!general) expect(fast?.areaM2 ?? 0).toBeLessThan(0.1);
        else {
          overlapping += 1;
          expect(fast).not.toBeNull();
          expect(Math.abs(fast!.areaM2 - general.areaM2)).toBeLessThan(Math.max(0.1, general.areaM2 * 1e-4));
        }
      }),
      { numRuns: 1000 },
    );
    expect(overlapping).toBeGreaterThan(200);
  });

  it('keeps a patch’s hole out of the overlap, and sends concave and holed sites the general way', () => {
    const holed = {
      type: 'Polygon' as const,
      coordinates: [
        box(113.1, 23.0, 113.13, 23.03).coordinates[0]!,
        box(113.11, 23.01, 113.12, 23.02).coordinates[0]!,
      ],
    };
    const site = box(113.105, 23.005, 113.125, 23.025);
    const expected = boxAreaM2(113.105, 23.005, 113.125, 23.025) - boxAreaM2(113.11, 23.01, 113.12, 23.02);
    expect(overlapOf(site, holed)!.areaM2 / expected).toBeCloseTo(1, 9);
    expect(generalOverlap(site, holed)!.areaM2 / expected).toBeCloseTo(1, 6);
    expect(convexRing(holed)).toBeNull();
    const dented = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [113.1, 23.0],
          [113.12, 23.0],
          [113.11, 23.005],
          [113.12, 23.01],
          [113.1, 23.01],
          [113.1, 23.0],
        ],
      ],
    };
    expect(convexRing(dented)).toBeNull();
    expect(convexRing({ type: 'MultiPolygon', coordinates: [site.coordinates] })).not.toBeNull();
    // Clockwise or counter-clockwise, the same answer.
    const clockwise = { type: 'Polygon' as const, coordinates: [[...site.coordinates[0]!].reverse()] };
    expect(overlapOf(clockwise, holed)!.areaM2).toBeCloseTo(overlapOf(site, holed)!.areaM2, 6);
    // Sharing an edge only is no overlap.
    expect(overlapOf(box(113.13, 23.0, 113.14, 23.03), holed)).toBeNull();
  });
});
