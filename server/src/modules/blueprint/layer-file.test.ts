import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { box } from './boxes.fixture.js';
import { validateFeature, validateFeatures } from './layer-file.js';
import { LAND_USE_CODES } from './vocabulary.js';

const feature = (properties: Record<string, unknown>) => ({
  type: 'Feature',
  properties,
  geometry: box(113.1, 23.0, 113.11, 23.01),
});

describe('an imported feature’s attributes', () => {
  it('reads the regulatory controls under their plan-table names or the contract’s, as numbers or numeric text', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LAND_USE_CODES),
        fc.double({ min: 0, max: 20, noNaN: true }),
        fc.integer({ min: 0, max: 500 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.boolean(),
        fc.string({ maxLength: 30 }),
        (code, far, height, green, asText, name) => {
          const shown = (n: number) => (asText ? String(n) : n);
          const plan = validateFeature(
            feature({
              YDDM: code,
              RJL: shown(far),
              JZXG: shown(height),
              LDL: shown(green),
              MC: name,
              备注: '保留',
            }),
          );
          const contract = validateFeature(
            feature({
              landUseCode: code,
              maxFloorAreaRatio: far,
              maxHeightM: height,
              minGreenRatio: green,
              name,
              备注: '保留',
            }),
          );
          expect(plan).toEqual(contract);
          expect(plan.ok && plan.feature.attributes).toMatchObject({
            landUseCode: code,
            maxFloorAreaRatio: far,
            maxHeightM: height,
            minGreenRatio: green,
            备注: '保留',
          });
        },
      ),
    );
  });

  it('refuses a land-use code outside GB 50137 and a control that is not a non-negative number', () => {
    fc.assert(
      fc.property(
        fc
          .string({ minLength: 1, maxLength: 4 })
          .filter((s) => !(LAND_USE_CODES as readonly string[]).includes(s.trim()) && s.trim() !== ''),
        (code) => {
          expect(validateFeature(feature({ landUseCode: code }))).toEqual({
            ok: false,
            problem: 'bad_land_use_code',
          });
        },
      ),
    );
    fc.assert(
      fc.property(
        fc.constantFrom('maxFloorAreaRatio', 'maxHeightM', 'minGreenRatio', 'RJL', 'JZXG', 'LDL'),
        fc.oneof(
          fc.double({ max: -0.001, noNaN: true }),
          fc.constant('高'),
          fc.constant(Number.NaN),
          fc.constant(true),
        ),
        (key, value) => {
          expect(validateFeature(feature({ [key]: value }))).toEqual({ ok: false, problem: 'bad_attribute' });
        },
      ),
    );
    expect(validateFeature(feature({ minGreenRatio: 1.2 }))).toEqual({ ok: false, problem: 'bad_attribute' });
  });

  it('names every bad feature of a file by its place, however many there are', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 40 }), (good) => {
        const features = good.map((ok) =>
          ok ? feature({}) : { type: 'Feature', properties: {}, geometry: null },
        );
        const bad = good.flatMap((ok, i) => (ok ? [] : [i]));
        if (!bad.length) expect(validateFeatures(features)).toHaveLength(good.length);
        else
          expect(() => validateFeatures(features)).toThrow(
            expect.objectContaining({
              status: 422,
              options: {
                fields: bad.map((i) => ({
                  field: `features[${i}]`,
                  code: 'blueprint.feature.not_polygon',
                  params: { n: i + 1 },
                })),
              },
            }),
          );
      }),
    );
  });
});
