import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, dayNumber, formatDay } from '../../platform/calendar/index.js';
import { creditCodeCheckChar } from '../../platform/validation/index.js';
import { canonicalJson } from './canonical-json.js';
import {
  formatLicenseNo,
  LICENSE_NO_ALPHABET,
  type LicenseNoParts,
  MAX_YEARLY_SEQUENCE,
  mod31CheckChar,
  parseLicenseNo,
} from './license-no.js';
import { validUntilOf } from './validity.js';

const letters = [...LICENSE_NO_ALPHABET].filter((c) => /[A-Z]/.test(c));
const partsArb: fc.Arbitrary<LicenseNoParts> = fc.record({
  prefix: fc.tuple(fc.constantFrom(...letters), fc.constantFrom(...letters)).map(([a, b]) => a + b),
  region: fc.stringMatching(/^\d{6}$/),
  year: fc.integer({ min: 2000, max: 9999 }),
  sequence: fc.integer({ min: 1, max: MAX_YEARLY_SEQUENCE }),
});
const numberArb = partsArb.map(formatLicenseNo);

describe('licence numbers', () => {
  it('are type letters, region, year, sequence and the check character', () => {
    const no = formatLicenseNo({ prefix: 'JY', region: '440600', year: 2026, sequence: 123 });
    expect(no).toMatch(/^JY4406002026000123[0-9A-HJ-NP-RT-UW-Y]$/);
    expect(parseLicenseNo(no)).toEqual({ ok: true, value: no });
    expect(() => formatLicenseNo({ prefix: 'JY', region: '440600', year: 2026, sequence: 0 })).toThrow(
      RangeError,
    );
  });

  it('use the check character of the unified social credit code (GB 32100)', () => {
    // The standard's own example code, 91350100M000100Y43.
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
    expect(mod31CheckChar('91350100M000100Y4')).toBe('3');
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...LICENSE_NO_ALPHABET), { minLength: 17, maxLength: 17 }),
        (chars) => {
          expect(mod31CheckChar(chars.join(''))).toBe(creditCodeCheckChar(chars.join('')));
        },
      ),
    );
  });

  it('catch every single wrong character', () => {
    fc.assert(
      fc.property(numberArb, fc.nat(18), fc.constantFrom(...LICENSE_NO_ALPHABET), (no, at, ch) => {
        fc.pre(no[at] !== ch);
        const typo = no.slice(0, at) + ch + no.slice(at + 1);
        expect(parseLicenseNo(typo).ok).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('catch every swap of two neighbouring characters, the check character included', () => {
    fc.assert(
      fc.property(numberArb, fc.nat(17), (no, at) => {
        fc.pre(no[at] !== no[at + 1]);
        const swapped = no.slice(0, at) + no[at + 1] + no[at] + no.slice(at + 2);
        expect(parseLicenseNo(swapped).ok).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('read what people type: spaces, lower case, full-width characters', () => {
    fc.assert(
      fc.property(numberArb, (no) => {
        const typed = `  ${no.slice(0, 2).toLowerCase()} ${no.slice(2, 8)} ${no.slice(8)} `;
        expect(parseLicenseNo(typed)).toEqual({ ok: true, value: no });
      }),
    );
    const fullWidth = 'ＪＹ４４０６００２０２６０００１２３';
    const no = formatLicenseNo({ prefix: 'JY', region: '440600', year: 2026, sequence: 123 });
    expect(parseLicenseNo(fullWidth + no.at(-1))).toEqual({ ok: true, value: no });
    expect(parseLicenseNo(no.slice(0, -1))).toEqual({ ok: false, problem: 'length' });
    expect(parseLicenseNo(`JO${no.slice(2)}`)).toEqual({ ok: false, problem: 'charset' });
  });
});

describe('canonical JSON', () => {
  it('gives equal bytes for equal data, whatever the key order', () => {
    const jsonValue = fc.jsonValue({ maxDepth: 2 });
    fc.assert(
      fc.property(fc.dictionary(fc.string(), jsonValue), (value) => {
        const reversed = Object.fromEntries(Object.entries(value).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(value));
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 100 },
    );
    expect(canonicalJson({ b: [1, { d: 'x', c: null }], a: '证' })).toBe(
      '{"a":"证","b":[1,{"c":null,"d":"x"}]}',
    );
  });
});

describe('validity', () => {
  it('ends the day before the anniversary, or never', () => {
    expect(validUntilOf({ kind: 'years', years: 5 }, '2026-11-26')).toBe('2031-11-25');
    expect(validUntilOf({ kind: 'years', years: 1 }, '2024-02-29')).toBe('2025-02-28');
    expect(validUntilOf({ kind: 'permanent' }, '2026-11-26')).toBeNull();
    fc.assert(
      fc.property(
        fc.integer({ min: dayNumber('2000-01-01'), max: dayNumber('2090-12-31') }).map(formatDay),
        fc.integer({ min: 1, max: 9 }),
        (from, years) => {
          const until = validUntilOf({ kind: 'years', years }, from)!;
          const next = addCalendarDays(until, 1);
          expect(Number(next.slice(0, 4))).toBe(Number(from.slice(0, 4)) + years);
          if (!from.endsWith('02-29')) expect(next.slice(5)).toBe(from.slice(5));
        },
      ),
    );
  });
});
