import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BAD_RATING_REASONS, LEVELS, type Level, ratingClassOf, ratingProblems } from './model.js';

const level = fc.constantFrom(...LEVELS);
const reasons = fc.uniqueArray(fc.constantFrom(...BAD_RATING_REASONS));
const comment = fc.option(fc.oneof(fc.string(), fc.constantFrom('', '  ', '等了很久')), { nil: undefined });

describe('好差评 classification', () => {
  it('names exactly 不满意 and 非常不满意 差评', () => {
    expect(LEVELS.map((l) => [l, ratingClassOf(l)])).toEqual([
      [5, 'good'],
      [4, 'good'],
      [3, 'good'],
      [2, 'bad'],
      [1, 'bad'],
    ]);
  });

  it('is monotone: a higher level is never worse than a lower one', () => {
    fc.assert(
      fc.property(level, level, (a, b) => {
        const [low, high] = (a <= b ? [a, b] : [b, a]) as [Level, Level];
        return !(ratingClassOf(low) === 'good' && ratingClassOf(high) === 'bad');
      }),
    );
  });

  it('asks for reasons exactly when the rating is bad, and for a comment when the reason is “other”', () => {
    fc.assert(
      fc.property(level, reasons, comment, (l, r, c) => {
        const problems = ratingProblems({ level: l, reasons: r, comment: c });
        const bad = l <= 2;
        const acceptable = bad
          ? r.length > 0 && (!r.includes('other') || (c ?? '').trim().length > 0)
          : r.length === 0;
        expect(problems.length === 0).toBe(acceptable);
        expect(problems.length).toBeLessThanOrEqual(1);
        if (problems[0]?.field === 'comment') expect(r).toContain('other');
      }),
      { numRuns: 500 },
    );
  });
});
