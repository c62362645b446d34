import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FOSHAN_DEPARTMENTS } from '../directory/index.js';
import { findingsFor, overallOf, verdictOf } from './assess.js';
import { bboxesMeet, geometryProblem } from './geometry.js';
import { SYNTHETIC_LAYER_COUNT, syntheticBlueprint } from './synthetic.js';
import { LAND_USE_CODES, landUseCompatible, VERDICTS } from './vocabulary.js';

const FOSHAN = [112.37, 22.63, 113.4, 23.57] as const;

describe('the synthetic blueprint', () => {
  it('has 165 layers of 13 of the directory’s departments and over 100,000 features at full scale', () => {
    const layers = [...syntheticBlueprint()];
    expect(layers).toHaveLength(165);
    expect(SYNTHETIC_LAYER_COUNT).toBe(165);
    const departments = new Set(layers.map((l) => l.fields.departmentCode));
    expect(departments.size).toBe(13);
    for (const d of departments) expect(FOSHAN_DEPARTMENTS.map(([code]) => code)).toContain(d);
    expect(new Set(layers.map((l) => l.fields.code)).size).toBe(165);
    expect(layers.reduce((n, l) => n + l.features.length, 0)).toBeGreaterThanOrEqual(100_000);
  });

  it('draws the same map from the same seed, another from another', () => {
    const draw = (seed: number) =>
      JSON.stringify([...syntheticBlueprint({ seed, scale: 0.01 })].slice(0, 12));
    expect(draw(7)).toBe(draw(7));
    expect(draw(7)).not.toBe(draw(8));
  });

  it('draws only valid polygons inside Foshan, a layer’s features apart from each other', () => {
    for (const layer of syntheticBlueprint({ scale: 0.02 })) {
      expect(layer.features.length).toBeGreaterThan(0);
      for (const [i, f] of layer.features.entries()) {
        expect(geometryProblem(f.geometry), `${layer.fields.code} #${i}`).toBeNull();
        expect(f.bbox[0]).toBeGreaterThanOrEqual(FOSHAN[0]);
        expect(f.bbox[1]).toBeGreaterThanOrEqual(FOSHAN[1]);
        expect(f.bbox[2]).toBeLessThanOrEqual(FOSHAN[2]);
        expect(f.bbox[3]).toBeLessThanOrEqual(FOSHAN[3]);
        for (const g of layer.features.slice(i + 1)) expect(bboxesMeet(f.bbox, g.bbox)).toBe(false);
      }
      if (layer.fields.elementClass === 'regulatory_parcel')
        for (const f of layer.features)
          expect(f.attributes).toMatchObject({
            landUseCode: expect.any(String),
            maxFloorAreaRatio: expect.any(Number),
            maxHeightM: expect.any(Number),
            minGreenRatio: expect.any(Number),
          });
    }
  });
});

describe('plan check rules', () => {
  const use = fc.constantFrom(...LAND_USE_CODES);
  const controls = fc.record({
    landUseCode: use,
    maxFloorAreaRatio: fc.double({ min: 0, max: 10, noNaN: true }),
    maxHeightM: fc.integer({ min: 0, max: 300 }),
    minGreenRatio: fc.double({ min: 0, max: 1, noNaN: true }),
  });
  const proposal = fc.record(
    {
      intendedUse: use,
      floorAreaRatio: fc.double({ min: 0, max: 10, noNaN: true }),
      heightM: fc.integer({ min: 0, max: 300 }),
      greenRatio: fc.double({ min: 0, max: 1, noNaN: true }),
    },
    { requiredKeys: ['intendedUse'] },
  );

  it('judges each control of a parcel, and an allowed layer by its findings', () => {
    fc.assert(
      fc.property(controls, proposal, (c, p) => {
        const findings = findingsFor(c, p);
        expect(findings.map((f) => f.attribute)).toEqual([
          'landUseCode',
          'maxFloorAreaRatio',
          'maxHeightM',
          'minGreenRatio',
        ]);
        const [useFinding, far, height, green] = findings;
        expect(useFinding!.ok).toBe(landUseCompatible(c.landUseCode, p.intendedUse));
        expect(far!.ok).toBe(p.floorAreaRatio !== undefined && p.floorAreaRatio <= c.maxFloorAreaRatio);
        expect(height!.ok).toBe(p.heightM !== undefined && p.heightM <= c.maxHeightM);
        expect(green!.ok).toBe(p.greenRatio !== undefined && p.greenRatio >= c.minGreenRatio);
        const verdict = verdictOf('allowed', findings);
        if (findings.every((f) => f.ok)) expect(verdict).toBe('pass');
        else if (findings.some((f) => !f.ok && f.proposed !== null)) expect(verdict).toBe('conflict');
        else expect(verdict).toBe('conditional');
        // The layer's rule decides for any other layer, whatever its features say.
        expect(verdictOf('forbidden', findings)).toBe('conflict');
        expect(verdictOf('restricted', findings)).toBe('conditional');
        expect(verdictOf('informational', findings)).toBe('info');
      }),
    );
  });

  it('sums verdicts to the worst: conflict over conditional over pass; information never fails', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...VERDICTS)), (verdicts) => {
        const result = overallOf(verdicts);
        if (verdicts.includes('conflict')) expect(result).toBe('conflict');
        else if (verdicts.includes('conditional')) expect(result).toBe('conditional');
        else expect(result).toBe('pass');
      }),
    );
  });

  it('lets a use fit its own code always, green land and housing nothing else', () => {
    fc.assert(
      fc.property(use, use, (planned, proposed) => {
        if (planned === proposed) expect(landUseCompatible(planned, proposed)).toBe(true);
        else if (/^[GR]/.test(planned) || planned.charAt(0) !== proposed.charAt(0))
          expect(landUseCompatible(planned, proposed)).toBe(planned === 'M1' && proposed === 'W1');
      }),
    );
  });
});
