import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSite, FOSHAN_EXTENT, type Position, type Site } from './site.js';

// A 200 m × 100 m block near 祖庙 (113.112, 23.026).
const LNG = 113.112;
const LAT = 23.026;
const M_PER_DEGREE = (6_371_008.8 * Math.PI) / 180;
const DX = 200 / (M_PER_DEGREE * Math.cos((LAT * Math.PI) / 180));
const DY = 100 / M_PER_DEGREE;
const rect = (x0: number, y0: number, w = DX, h = DY): Position[] => [
  [x0, y0],
  [x0 + w, y0],
  [x0 + w, y0 + h],
  [x0, y0 + h],
  [x0, y0],
];
const polygon = (...rings: Position[][]): Site => ({ type: 'Polygon', coordinates: rings });
const problems = (site: Site) => checkSite(site).issues.map((i) => i.problem);

describe('site red line', () => {
  it('accepts a simple block, with its area in m² and its bounding box', () => {
    const check = checkSite(polygon(rect(LNG, LAT)));
    expect(check.issues).toEqual([]);
    expect(check.areaM2).toBeCloseTo(20_000, -1);
    expect(check.bbox).toEqual({ minLng: LNG, minLat: LAT, maxLng: LNG + DX, maxLat: LAT + DY });
  });

  it('subtracts holes and adds the parts of a MultiPolygon', () => {
    const hole = rect(LNG + DX / 4, LAT + DY / 4, DX / 2, DY / 2).reverse();
    expect(checkSite(polygon(rect(LNG, LAT), hole)).areaM2).toBeCloseTo(15_000, -1);
    const multi: Site = { type: 'MultiPolygon', coordinates: [[rect(LNG, LAT)], [rect(LNG + 2 * DX, LAT)]] };
    expect(checkSite(multi)).toMatchObject({ issues: [], areaM2: expect.closeTo(40_000, -1) });
  });

  it('refuses open, short, flat and self-crossing rings', () => {
    expect(problems(polygon(rect(LNG, LAT).slice(0, 4)))).toEqual(['ring_not_closed']);
    expect(
      problems(
        polygon([
          [LNG, LAT],
          [LNG + DX, LAT],
          [LNG, LAT],
        ]),
      ),
    ).toEqual(['ring_too_short']);
    expect(
      problems(
        polygon([
          [LNG, LAT],
          [LNG, LAT],
          [LNG + DX, LAT],
          [LNG, LAT],
        ]),
      ),
    ).toEqual(['ring_degenerate']);
    // Flat: all on one line, so it runs back along itself.
    expect(
      problems(
        polygon([
          [LNG, LAT],
          [LNG + DX, LAT],
          [LNG + 2 * DX, LAT],
          [LNG, LAT],
        ]),
      ),
    ).toEqual(['self_intersecting']);
    const bowtie = [
      [LNG, LAT],
      [LNG + DX, LAT + DY],
      [LNG + DX, LAT],
      [LNG, LAT + DY],
      [LNG, LAT],
    ];
    expect(problems(polygon(bowtie))).toEqual(['self_intersecting']);
    // A spike that runs back along its own edge.
    const spike = [
      [LNG, LAT],
      [LNG + DX, LAT],
      [LNG + DX, LAT + DY],
      [LNG + DX, LAT + DY / 2],
      [LNG, LAT + DY],
      [LNG, LAT],
    ];
    expect(problems(polygon(spike))).toEqual(['self_intersecting']);
  });

  it('refuses holes outside their shell, crossing rings and touching parts', () => {
    expect(problems(polygon(rect(LNG, LAT), rect(LNG + 2 * DX, LAT)))).toEqual(['hole_outside']);
    expect(problems(polygon(rect(LNG, LAT), rect(LNG + DX / 2, LAT, DX, DY / 2)))).toEqual([
      'self_intersecting',
    ]);
    const touching: Site = { type: 'MultiPolygon', coordinates: [[rect(LNG, LAT)], [rect(LNG + DX, LAT)]] };
    expect(checkSite(touching).issues).toEqual([{ path: [1], problem: 'parts_overlap' }]);
    const nested: Site = {
      type: 'MultiPolygon',
      coordinates: [[rect(LNG, LAT)], [rect(LNG + DX / 4, LAT + DY / 4, DX / 2, DY / 2)]],
    };
    expect(problems(nested)).toEqual(['parts_overlap']);
  });

  it('refuses positions outside Foshan, naming each one', () => {
    // 广州天河 (113.33, 23.14) is inside the box; 深圳 (114.06, 22.54) is not.
    const shenzhen = rect(114.06, 22.54);
    const issues = checkSite(polygon(shenzhen)).issues;
    expect(issues).toHaveLength(5);
    expect(issues[0]).toEqual({ path: [0, 0], problem: 'outside_foshan' });
  });

  it('accepts any rectangle inside Foshan and refuses it with one corner pulled across the opposite edge', () => {
    const corner = fc.record({
      x: fc.double({ min: FOSHAN_EXTENT.minLng, max: FOSHAN_EXTENT.maxLng - 0.02, noNaN: true }),
      y: fc.double({ min: FOSHAN_EXTENT.minLat, max: FOSHAN_EXTENT.maxLat - 0.02, noNaN: true }),
      w: fc.double({ min: 0.0001, max: 0.01, noNaN: true }),
      h: fc.double({ min: 0.0001, max: 0.01, noNaN: true }),
    });
    fc.assert(
      fc.property(corner, ({ x, y, w, h }) => {
        expect(checkSite(polygon(rect(x, y, w, h))).issues).toEqual([]);
        const twisted = rect(x, y, w, h);
        // Swapping two neighbouring corners turns the rectangle into a bow tie.
        [twisted[1], twisted[2]] = [twisted[2]!, twisted[1]!];
        expect(problems(polygon(twisted))).toEqual(['self_intersecting']);
      }),
    );
  });
});
