import chineseDays from 'chinese-days';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  type CalendarYear,
  CalendarYearUnknownError,
  checkYearEntries,
  composeCalendar,
  dayNumber,
  formatDay,
  packageYears,
  parseIsoDate,
  WorkingCalendar,
} from './index.js';

const calendar = composeCalendar([]);

/** Every date from `from` to `to`, inclusive. */
function datesBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = dayNumber(from); d <= dayNumber(to); d++) out.push(formatDay(d));
  return out;
}

const holidayDates = (year: number) =>
  packageYears()
    .get(year)!
    .holidays.map((h) => h.date);

describe('civil dates', () => {
  it('parses only real YYYY-MM-DD dates', () => {
    expect(parseIsoDate('1970-01-01')).toBe(0);
    expect(parseIsoDate('2024-02-29')).not.toBeNull();
    for (const bad of ['2025-02-29', '2025-13-01', '2025-1-01', '20250101', '0099-01-01', '2025-01-01T00:00'])
      expect(parseIsoDate(bad)).toBeNull();
  });

  it('round-trips every day between 1900 and 2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumber('1900-01-01'), max: dayNumber('2100-12-31') }), (day) => {
        expect(parseIsoDate(formatDay(day))).toBe(day);
      }),
    );
  });

  it('does not depend on the machine timezone', () => {
    const saved = process.env.TZ;
    const sample = () => [
      calendar.addWorkingDays('2025-09-26', 5),
      calendar.countWorkingDays('2025-12-31', '2026-01-05'),
      calendar.isWorkingDay('2026-01-04'),
      addCalendarDays('2026-03-28', 2),
    ];
    try {
      const expected = sample();
      for (const tz of ['Pacific/Kiritimati', 'America/Los_Angeles', 'Europe/London', 'Asia/Shanghai']) {
        process.env.TZ = tz;
        expect(sample()).toEqual(expected);
      }
      expect(expected).toEqual(['2025-10-10', 2, true, '2026-03-30']);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe('the package data', () => {
  it('covers 2004–2026 and nothing else', () => {
    expect(calendar.knownYears()).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
    expect(calendar.year(2026)).toMatchObject({ source: 'package', notice: null });
  });

  it('agrees with chinese-days on every day it covers', () => {
    const differences = datesBetween('2004-01-01', '2026-12-31').filter(
      (date) => calendar.isWorkingDay(date) !== chineseDays.isWorkday(date),
    );
    expect(differences).toEqual([]);
  });
});

describe('the 2025 State Council notice (国办发明电〔2024〕12号)', () => {
  const off: [string, string, string][] = [
    ['元旦', '2025-01-01', '2025-01-01'],
    ['春节', '2025-01-28', '2025-02-04'],
    ['清明节', '2025-04-04', '2025-04-06'],
    ['劳动节', '2025-05-01', '2025-05-05'],
    ['端午节', '2025-05-31', '2025-06-02'],
    ['国庆节、中秋节', '2025-10-01', '2025-10-08'],
  ];
  const makeUp = ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'];

  it.each(off)('%s: %s to %s are days off', (_name, from, to) => {
    for (const date of datesBetween(from, to)) expect(calendar.isWorkingDay(date), date).toBe(false);
  });

  it('lists exactly the notice’s holidays and make-up days', () => {
    expect(holidayDates(2025)).toEqual(off.flatMap(([, from, to]) => datesBetween(from, to)));
    expect(calendar.year(2025)!.workdays).toEqual(makeUp);
    expect(calendar.year(2025)!.holidays[0]).toEqual({ date: '2025-01-01', name: '元旦' });
  });

  it('counts the make-up Saturdays and Sundays as working days', () => {
    for (const date of makeUp) expect(calendar.isWorkingDay(date), date).toBe(true);
  });

  it('leaves every other day as Monday to Friday', () => {
    const special = new Set([...holidayDates(2025), ...makeUp]);
    for (const date of datesBetween('2025-01-01', '2025-12-31')) {
      if (special.has(date)) continue;
      const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
      expect(calendar.isWorkingDay(date), date).toBe(weekday >= 1 && weekday <= 5);
    }
    // 261 weekdays − 18 weekday holidays + 5 make-up days.
    expect(calendar.countWorkingDays('2024-12-31', '2025-12-31')).toBe(248);
  });

  it('computes deadlines across the holidays', () => {
    // The example: a Friday start, five working days, over the National Day week.
    expect(calendar.addWorkingDays('2025-09-26', 5)).toBe('2025-10-10');
    expect(calendar.addWorkingDays('2025-09-26', 1)).toBe('2025-09-28');
    expect(calendar.addWorkingDays('2025-09-30', 1)).toBe('2025-10-09');
    expect(calendar.addWorkingDays('2025-01-24', 2)).toBe('2025-01-27');
    expect(calendar.addWorkingDays('2025-01-27', 1)).toBe('2025-02-05');
    expect(calendar.addWorkingDays('2025-04-30', 1)).toBe('2025-05-06');
    expect(calendar.addWorkingDays('2025-12-31', 20)).toBe('2026-01-29');
    expect(calendar.addWorkingDays('2025-10-01', 0)).toBe('2025-10-01');
    expect(calendar.countWorkingDays('2025-09-26', '2025-10-10')).toBe(5);
    expect(calendar.countWorkingDays('2025-10-10', '2025-09-26')).toBe(0);
    expect(calendar.countWorkingDays('2025-10-01', '2025-10-08')).toBe(0);
  });
});

describe('the 2026 State Council notice', () => {
  it('matches the package data', () => {
    expect(holidayDates(2026)).toEqual([
      ...datesBetween('2026-01-01', '2026-01-03'),
      ...datesBetween('2026-02-15', '2026-02-23'),
      ...datesBetween('2026-04-04', '2026-04-06'),
      ...datesBetween('2026-05-01', '2026-05-05'),
      ...datesBetween('2026-06-19', '2026-06-21'),
      ...datesBetween('2026-09-25', '2026-09-27'),
      ...datesBetween('2026-10-01', '2026-10-07'),
    ]);
    expect(calendar.year(2026)!.workdays).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
    const names = new Set(calendar.year(2026)!.holidays.map((h) => h.name));
    expect(names).toEqual(new Set(['元旦', '春节', '清明', '劳动节', '端午', '中秋', '国庆节']));
  });

  it('counts the make-up days', () => {
    for (const date of ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'])
      expect(calendar.isWorkingDay(date), date).toBe(true);
    expect(calendar.addWorkingDays('2026-01-03', 1)).toBe('2026-01-04');
    expect(calendar.addWorkingDays('2026-02-13', 1)).toBe('2026-02-14');
    expect(calendar.addWorkingDays('2026-02-14', 1)).toBe('2026-02-24');
    expect(calendar.addWorkingDays('2026-09-30', 3)).toBe('2026-10-10');
    // 261 weekdays − 19 weekday holidays + 6 make-up days.
    expect(calendar.countWorkingDays('2025-12-31', '2026-12-31')).toBe(248);
  });
});

describe('years without data', () => {
  it('are refused, naming the year, never counted as Monday to Friday', () => {
    const unknownYear = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        expect(error).toBeInstanceOf(CalendarYearUnknownError);
        expect(error).toMatchObject({ status: 422, code: 'calendar.year_unknown' });
        return (error as CalendarYearUnknownError).year;
      }
      throw new Error('no error');
    };
    expect(unknownYear(() => calendar.addWorkingDays('2026-12-25', 10))).toBe(2027);
    expect(unknownYear(() => calendar.addWorkingDays('2027-03-01', 1))).toBe(2027);
    expect(unknownYear(() => calendar.countWorkingDays('2026-12-01', '2027-01-05'))).toBe(2027);
    expect(unknownYear(() => calendar.countWorkingDays('2003-12-01', '2004-01-05'))).toBe(2003);
    expect(unknownYear(() => calendar.isWorkingDay('2030-01-02'))).toBe(2030);
    // Nothing to count: the answer needs no year's data.
    expect(calendar.addWorkingDays('2030-01-02', 0)).toBe('2030-01-02');
    expect(calendar.countWorkingDays('2030-01-02', '2030-01-01')).toBe(0);
    // The last days of a known year are still answered.
    expect(calendar.addWorkingDays('2026-12-25', 4)).toBe('2026-12-31');
  });

  it('become computable once an administrator enters them, and an entry overrides the package', () => {
    const entered: CalendarYear = {
      year: 2027,
      source: 'administrator',
      notice: '测试用安排（非真实通知）',
      holidays: datesBetween('2027-01-01', '2027-01-03').map((date) => ({ date, name: '元旦' })),
      workdays: ['2027-01-09'],
      updatedAt: '2026-11-20T02:00:00.000Z',
      updatedBy: 'sysadmin',
    };
    const corrected: CalendarYear = {
      ...entered,
      year: 2026,
      holidays: [{ date: '2026-12-31', name: '测试' }],
      workdays: [],
    };
    const withEntries = composeCalendar([entered, corrected]);
    expect(withEntries.addWorkingDays('2026-12-30', 1)).toBe('2027-01-04');
    expect(withEntries.isWorkingDay('2027-01-09')).toBe(true);
    expect(withEntries.isWorkingDay('2026-10-01')).toBe(true);
    expect(withEntries.year(2026)?.source).toBe('administrator');
    expect(() => withEntries.addWorkingDays('2027-12-31', 1)).toThrow(CalendarYearUnknownError);
    expect(() => new WorkingCalendar([{ ...entered, workdays: ['2026-12-26'] }])).toThrow(RangeError);
  });
});

describe('working-day arithmetic (properties)', () => {
  // Starts (up to 2025-01-01) and spans chosen so every answer stays inside the known years.
  const start = fc
    .integer({ min: dayNumber('2004-01-01'), max: dayNumber('2025-01-01') })
    .map((day) => formatDay(day));
  const n = fc.integer({ min: 0, max: 120 });

  it('adding N then M working days equals adding N+M', () => {
    fc.assert(
      fc.property(start, n, n, (s, a, b) => {
        expect(calendar.addWorkingDays(calendar.addWorkingDays(s, a), b)).toBe(
          calendar.addWorkingDays(s, a + b),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('counts exactly N working days between a date and its N-day deadline, and fewer the day before', () => {
    fc.assert(
      fc.property(start, n, (s, k) => {
        const deadline = calendar.addWorkingDays(s, k);
        expect(calendar.countWorkingDays(s, deadline)).toBe(k);
        if (k > 0) expect(calendar.countWorkingDays(s, addCalendarDays(deadline, -1))).toBe(k - 1);
      }),
      { numRuns: 2000 },
    );
  });

  it('always lands a deadline of N ≥ 1 on a working day', () => {
    fc.assert(
      fc.property(start, fc.integer({ min: 1, max: 120 }), (s, k) => {
        expect(calendar.isWorkingDay(calendar.addWorkingDays(s, k))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('counts additively over consecutive spans', () => {
    fc.assert(
      fc.property(start, fc.nat(360), fc.nat(360), (a, x, y) => {
        const b = addCalendarDays(a, x);
        const c = addCalendarDays(b, y);
        expect(calendar.countWorkingDays(a, b) + calendar.countWorkingDays(b, c)).toBe(
          calendar.countWorkingDays(a, c),
        );
      }),
    );
  });

  it('agrees with stepping day by day through chinese-days', () => {
    fc.assert(
      fc.property(start, fc.integer({ min: 1, max: 40 }), (s, k) => {
        let day = s;
        for (let left = k; left > 0; ) {
          day = addCalendarDays(day, 1);
          if (chineseDays.isWorkday(day)) left--;
        }
        expect(calendar.addWorkingDays(s, k)).toBe(day);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a negative or fractional number of working days', () => {
    expect(() => calendar.addWorkingDays('2025-01-02', -1)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('2025-01-02', 1.5)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('2025-02-30', 1)).toThrow(RangeError);
  });
});

describe("checking an administrator's entry", () => {
  it('names each wrong field', () => {
    expect(
      checkYearEntries(
        2027,
        [{ date: '2027-01-01' }, { date: '2026-12-31' }, { date: '2027-01-01' }, { date: '2027-02-06' }],
        ['2027-01-09', '2028-01-02', '2027-01-09', '2027-02-06', '2027-01-11'],
      ),
    ).toEqual([
      { field: 'holidays.1.date', code: 'calendar.date_outside_year', params: { year: 2027 } },
      { field: 'holidays.2.date', code: 'calendar.duplicate_date', params: { date: '2027-01-01' } },
      { field: 'workdays.1', code: 'calendar.date_outside_year', params: { year: 2027 } },
      { field: 'workdays.2', code: 'calendar.duplicate_date', params: { date: '2027-01-09' } },
      { field: 'workdays.3', code: 'calendar.holiday_and_workday', params: { date: '2027-02-06' } },
      { field: 'workdays.4', code: 'calendar.workday_not_weekend', params: { date: '2027-01-11' } },
    ]);
  });

  it('accepts every year the package ships', () => {
    for (const year of packageYears().values())
      expect(checkYearEntries(year.year, year.holidays, year.workdays), String(year.year)).toEqual([]);
  });
});
