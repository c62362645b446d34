import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, formatDay } from '../../../platform/calendar/index.js';
import { registerMessages, translate } from '../../../platform/i18n/index.js';
import { idNumberCheckChar } from '../../../platform/validation/index.js';
import {
  type ApplicationNoParts,
  type ApplicationNoProblem,
  applicationDateOf,
  applicationNoSchema,
  formatApplicationNo,
  isDivisionCodeShape,
  MAX_DAILY_SEQUENCE,
  mod11_2CheckChar,
  nextSequence,
  numberingMessages,
  parseApplicationNo,
  SequenceExhaustedError,
} from './index.js';

const problemOf = (text: string): ApplicationNoProblem | null => {
  const result = parseApplicationNo(text);
  return result.ok ? null : result.problem;
};

// Division codes of the right shape: province, prefecture 01–99, county 00–99, or a
// province-level code xx0000.
const provinceArb = fc.constantFrom('11', '31', '32', '33', '44', '45', '50', '51', '65');
const two = (min: number, max: number) => fc.integer({ min, max }).map((n) => String(n).padStart(2, '0'));
const regionArb = fc.oneof(
  fc.tuple(provinceArb, two(1, 99), two(0, 99)).map((parts) => parts.join('')),
  provinceArb.map((p) => `${p}0000`),
);
const dateArb = fc.integer({ min: dayNumber('2000-01-01'), max: dayNumber('2099-12-31') }).map(formatDay);
const sequenceArb = fc.oneof(
  fc.integer({ min: 1, max: 9999 }),
  fc.integer({ min: 1, max: MAX_DAILY_SEQUENCE }),
);
const partsArb: fc.Arbitrary<ApplicationNoParts> = fc.record({
  region: regionArb,
  date: dateArb,
  sequence: sequenceArb,
});
const numberArb = partsArb.map(formatApplicationNo);

describe('formatting', () => {
  it('writes region, date, zero-padded sequence and the MOD 11-2 check character', () => {
    expect(formatApplicationNo({ region: '440604', date: '2025-09-26', sequence: 1 })).toBe(
      '44060420250926000000017',
    );
    expect(formatApplicationNo({ region: '440606', date: '2026-02-14', sequence: 12345 })).toBe(
      '4406062026021400012345X',
    );
    expect(
      formatApplicationNo({ region: '440600', date: '2025-10-09', sequence: MAX_DAILY_SEQUENCE }),
    ).toMatch(/^4406002025100999999999[\dX]$/);
  });

  it('uses the check character of the citizen ID number (GB 11643, ISO 7064 MOD 11-2)', () => {
    expect(mod11_2CheckChar('11010519491231002')).toBe('X'); // the standard's own example
    fc.assert(
      fc.property(fc.stringMatching(/^\d{17}$/), (body) => {
        expect(mod11_2CheckChar(body)).toBe(idNumberCheckChar(body));
      }),
      { numRuns: 500 },
    );
  });

  it('refuses parts that cannot make a number', () => {
    const ok = { region: '440604', date: '2025-09-26', sequence: 1 };
    for (const bad of [
      { ...ok, region: '44060' },
      { ...ok, region: '990604' },
      { ...ok, region: '440004' },
      { ...ok, date: '2025-02-29' },
      { ...ok, date: '20250926' },
      { ...ok, sequence: 0 },
      { ...ok, sequence: 1.5 },
      { ...ok, sequence: MAX_DAILY_SEQUENCE + 1 },
    ])
      expect(() => formatApplicationNo(bad), JSON.stringify(bad)).toThrow(RangeError);
  });

  it('knows the shape of division codes', () => {
    for (const code of ['440000', '440600', '440604', '110101'])
      expect(isDivisionCodeShape(code), code).toBe(true);
    for (const code of ['000000', '990000', '440004', '4406', '44060a'])
      expect(isDivisionCodeShape(code), code).toBe(false);
  });
});

describe('parsing', () => {
  it('returns the parts of a valid number', () => {
    expect(parseApplicationNo('44060420250926000000017')).toEqual({
      ok: true,
      value: '44060420250926000000017',
      region: '440604',
      date: '2025-09-26',
      sequence: 1,
    });
  });

  it('reads what people type: spaces around, lower-case x, full-width digits', () => {
    expect(parseApplicationNo('  4406062026021400012345x ')).toMatchObject({
      ok: true,
      value: '4406062026021400012345X',
    });
    expect(parseApplicationNo('４４０６０４２０２５０９２６０００００００１７')).toMatchObject({
      ok: true,
      value: '44060420250926000000017',
    });
  });

  it('names each problem with its i18n code', () => {
    const body = '4406042025092600000001';
    expect(problemOf('')).toBe('length');
    expect(problemOf(body)).toBe('length');
    expect(problemOf(`${body}77`)).toBe('length');
    expect(problemOf('4406042025092600000X017')).toBe('charset');
    expect(problemOf('44060420250926-00000017')).toBe('charset');
    expect(problemOf('4406 420250926000000017')).toBe('charset');
    const withCheck = (b: string) => b + mod11_2CheckChar(b);
    expect(problemOf(withCheck('9906042025092600000001'))).toBe('region');
    expect(problemOf(withCheck('4400042025092600000001'))).toBe('region');
    expect(problemOf(withCheck('4406042025023000000001'))).toBe('date');
    expect(problemOf(withCheck('4406042025130100000001'))).toBe('date');
    expect(problemOf(withCheck('4406042025092600000000'))).toBe('sequence');
    expect(problemOf('44060420250926000000018')).toBe('check_char');
    expect(parseApplicationNo('44060420250926000000018')).toMatchObject({ code: 'applicationNo.check_char' });
  });

  it('asks the directory whether the division exists, when given one', () => {
    const known = new Set(['440604', '440605']);
    const regionExists = (code: string) => known.has(code);
    expect(parseApplicationNo('44060420250926000000017', { regionExists }).ok).toBe(true);
    const elsewhere = formatApplicationNo({ region: '440699', date: '2025-09-26', sequence: 1 });
    expect(parseApplicationNo(elsewhere, { regionExists })).toMatchObject({ ok: false, problem: 'region' });
  });

  it('validates request fields through the zod schema with the i18n code', () => {
    expect(applicationNoSchema.parse(' 4406062026021400012345x')).toBe('4406062026021400012345X');
    const result = applicationNoSchema.safeParse('44060420250926000000018');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ params: { i18n: 'applicationNo.check_char' } });
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.stringMatching(/^[\dXx ]{20,26}$/)),
        (text) => {
          const result = parseApplicationNo(text);
          if (result.ok) expect(formatApplicationNo(result)).toBe(result.value);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('application number properties', () => {
  it('round-trips: parse(format(parts)) gives the parts back', () => {
    fc.assert(
      fc.property(partsArb, (parts) => {
        const value = formatApplicationNo(parts);
        expect(value).toHaveLength(23);
        expect(parseApplicationNo(value)).toEqual({ ok: true, value, ...parts });
      }),
      { numRuns: 1000 },
    );
  });

  // Replacement characters: every digit, X, and a few that are not allowed at all.
  const replacementArb = fc.constantFrom(...'0123456789XxAOI-/. ');
  const sameAfterReading = (a: string, b: string) => a.normalize('NFKC').toUpperCase() === b;

  it('refuses any single-character change', () => {
    fc.assert(
      fc.property(numberArb, fc.nat(22), replacementArb, (value, at, replacement) => {
        fc.pre(!sameAfterReading(replacement, value[at]!)); // x for X is the same number
        const changed = value.slice(0, at) + replacement + value.slice(at + 1);
        expect(parseApplicationNo(changed).ok).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses every single-digit change of every position of one number (exhaustive)', () => {
    const value = formatApplicationNo({ region: '440604', date: '2025-09-26', sequence: 1 });
    let tried = 0;
    for (let at = 0; at < value.length; at++)
      for (const replacement of '0123456789X') {
        if (replacement === value[at]) continue;
        tried++;
        expect(parseApplicationNo(value.slice(0, at) + replacement + value.slice(at + 1)).ok).toBe(false);
      }
    expect(tried).toBe(23 * 10);
  });

  it('refuses any transposition of two different adjacent characters', () => {
    fc.assert(
      fc.property(numberArb, fc.nat(21), (value, at) => {
        fc.pre(value[at] !== value[at + 1]);
        const swapped = value.slice(0, at) + value[at + 1] + value[at] + value.slice(at + 2);
        expect(parseApplicationNo(swapped).ok).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it('sorts the numbers of one region by date, then by sequence, as plain strings', () => {
    fc.assert(
      fc.property(
        regionArb,
        fc.array(fc.record({ date: dateArb, sequence: sequenceArb }), { minLength: 2, maxLength: 30 }),
        (region, items) => {
          const numbers = items.map((item) => formatApplicationNo({ region, ...item }));
          const byString = [...numbers].sort();
          const byParts = [...items]
            .sort((a, b) => (a.date === b.date ? a.sequence - b.sequence : a.date < b.date ? -1 : 1))
            .map((item) => formatApplicationNo({ region, ...item }));
          expect(byString).toEqual(byParts);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('the date and the daily sequence', () => {
  it('takes the date in Asia/Shanghai, whatever the machine timezone', () => {
    const saved = process.env.TZ;
    try {
      for (const tz of ['UTC', 'America/Los_Angeles', 'Asia/Shanghai']) {
        process.env.TZ = tz;
        expect(applicationDateOf(new Date('2025-09-25T15:59:59.999Z'))).toBe('2025-09-25');
        expect(applicationDateOf(new Date('2025-09-25T16:00:00.000Z'))).toBe('2025-09-26');
      }
    } finally {
      process.env.TZ = saved;
    }
  });

  it('counts from 1 and refuses to wrap around', () => {
    expect(nextSequence(null, '440604', '2025-09-26')).toBe(1);
    expect(nextSequence(41, '440604', '2025-09-26')).toBe(42);
    expect(nextSequence(MAX_DAILY_SEQUENCE - 1, '440604', '2025-09-26')).toBe(MAX_DAILY_SEQUENCE);
    expect(() => nextSequence(MAX_DAILY_SEQUENCE, '440604', '2025-09-26')).toThrow(SequenceExhaustedError);
    expect(() => nextSequence(MAX_DAILY_SEQUENCE, '440604', '2025-09-26')).toThrow(
      expect.objectContaining({ status: 503, code: 'applicationNo.sequence_exhausted' }),
    );
  });
});

describe('messages', () => {
  it('has zh-CN and en-US texts for every problem', () => {
    registerMessages(numberingMessages);
    const problems: ApplicationNoProblem[] = [
      'length',
      'charset',
      'region',
      'date',
      'sequence',
      'check_char',
    ];
    for (const p of problems) {
      const entry = numberingMessages[`applicationNo.${p}`];
      expect(entry?.['zh-CN'], p).toBeTruthy();
      expect(entry?.['en-US'], p).toBeTruthy();
    }
    expect(translate('zh-CN', 'applicationNo.check_char')).toContain('校验位');
    expect(
      translate('en-US', 'applicationNo.sequence_exhausted', { region: '440604', date: '2025-09-26' }),
    ).toBe('No application numbers are left for 440604 on 2025-09-26; contact a system administrator');
  });
});
