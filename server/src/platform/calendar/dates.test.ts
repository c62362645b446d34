import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { businessDateOf, dayNumber, formatDay, isIsoDate, parseIsoDate } from './dates.js';

const shanghai = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

describe('business dates', () => {
  it('gives the Asia/Shanghai date of any instant, as the time zone database does', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true }),
        (d) => {
          expect(businessDateOf(d)).toBe(shanghai.format(d));
        },
      ),
      { numRuns: 2000 },
    );
    // Midnight in Shanghai is 16:00 UTC the day before.
    expect(businessDateOf(new Date('2026-11-26T15:59:59.999Z'))).toBe('2026-11-26');
    expect(businessDateOf(new Date('2026-11-26T16:00:00.000Z'))).toBe('2026-11-27');
  });

  it('turns real dates into day numbers and back, asked once or many times', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_000, max: 80_000 }), fc.nat(3), (day, again) => {
        const text = formatDay(day);
        for (let i = 0; i <= again; i++) {
          expect(parseIsoDate(text)).toBe(day);
          expect(formatDay(day)).toBe(text);
        }
        expect(text).toBe(new Date(day * 86_400_000).toISOString().slice(0, 10));
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses what is not a real YYYY-MM-DD date, however often it is asked', () => {
    for (const text of [
      '2025-02-29',
      '2024-13-01',
      '2024-00-10',
      '2024-04-31',
      '0099-01-01',
      '2024-1-01',
      '',
      'x',
    ])
      for (let i = 0; i < 2; i++) {
        expect(parseIsoDate(text), text).toBeNull();
        expect(isIsoDate(text)).toBe(false);
        expect(() => dayNumber(text)).toThrow(RangeError);
      }
    expect(parseIsoDate('2024-02-29')).toBe(19782);
  });
});
