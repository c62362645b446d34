import { describe, expect, it } from 'vitest';
import { type CalendarYear, composeCalendar, packageYears } from '../../../platform/calendar/index.js';
import { registerMessages, translate } from '../../../platform/i18n/index.js';
import {
  applyEntry,
  type ClockEntry,
  type ClockProblemCode,
  ClockProblemError,
  clockMessages,
  createClock,
  type ExtendEntry,
  limitsProblem,
  openSuspensionOf,
  partClock,
  projectClock,
  type ResumeEntry,
  recordEntry,
  replayClock,
  restoreClock,
  type StatutoryClock,
  type SuspendEntry,
  startClock,
  stopOf,
  warningFor,
} from './index.js';

const calendar = composeCalendar([]);

function clockOf(
  startDate: string,
  legalLimitDays: number,
  promisedLimitDays = legalLimitDays,
): StatutoryClock {
  const result = createClock({ startDate, legalLimitDays, promisedLimitDays });
  if (!result.ok) throw new Error(result.problem.code);
  return result.clock;
}

function withEntries(clock: StatutoryClock, ...entries: ClockEntry[]): StatutoryClock {
  return entries.reduce(recordEntry, clock);
}

const suspend = (date: string, reason: 'expert_review' | 'testing' = 'expert_review'): SuspendEntry => ({
  type: 'suspend',
  date,
  reason,
  text: '委托专家评审',
});
const resume = (date: string): ResumeEntry => ({ type: 'resume', date, note: '评审意见已送达' });
const stop = (date: string): ClockEntry => ({ type: 'stop', date });
const extend = (date: string, workingDays: number): ExtendEntry => ({
  type: 'extend',
  date,
  workingDays,
  approvedBy: 'staff-0001',
  reason: '情况复杂，经负责人批准延长',
});

function problemOf(clock: StatutoryClock, entry: ClockEntry): ClockProblemCode | null {
  const result = applyEntry(clock, entry);
  return result.ok ? null : result.problem.code;
}

describe('deadlines over the 2025 and 2026 holidays', () => {
  it('counts from the day after acceptance, skipping 国庆 and working the make-up Sunday', () => {
    // 2025-09-28 (Sunday) is a make-up working day, 10-01…10-08 are off.
    const p = projectClock(clockOf('2025-09-26', 5), calendar, '2025-09-26');
    expect(p.legal.deadline).toBe('2025-10-10');
    expect(p.usedWorkingDays).toBe(0);
    expect(p.legal.remainingWorkingDays).toBe(5);
  });

  it('counts the make-up Saturday 2025-10-11 as a working day', () => {
    expect(projectClock(clockOf('2025-09-22', 10), calendar, '2025-09-22').legal.deadline).toBe('2025-10-11');
  });

  it('crosses 元旦 and 春节 2026 with their make-up days', () => {
    // 2026-01-01…03 off, 01-04 (Sunday) worked.
    expect(projectClock(clockOf('2025-12-31', 1), calendar, '2025-12-31').legal.deadline).toBe('2026-01-04');
    // 2026-02-14 (Saturday) worked, 02-15…02-23 off.
    expect(projectClock(clockOf('2026-02-12', 3), calendar, '2026-02-12').legal.deadline).toBe('2026-02-24');
  });

  it('ends a zero-day (即办) limit on the acceptance day itself', () => {
    const p = projectClock(clockOf('2025-10-01', 0), calendar, '2025-10-01');
    expect(p.legal.deadline).toBe('2025-10-01');
    expect(p.warning).toBe('yellow');
    expect(projectClock(clockOf('2025-10-01', 0), calendar, '2025-10-09').warning).toBe('red');
  });

  it('keeps the legal and the promised deadline apart', () => {
    const p = projectClock(clockOf('2025-09-22', 20, 10), calendar, '2025-09-22');
    expect(p.promised.deadline).toBe('2025-10-11');
    expect(p.legal.deadline).toBe(calendar.addWorkingDays('2025-09-22', 20));
    expect(p.legal.deadline).toBe('2025-10-24');
  });
});

describe('suspension (暂停计时)', () => {
  // Accepted Monday 2025-09-22, 10 working days: due 2025-10-11 without suspension.
  const base = clockOf('2025-09-22', 10);

  it('leaves out the working days after the suspension day up to and including the resume day', () => {
    // Counted before: 09-23, 24, 25, 26 (the suspension day counts) = 4.
    // Left out: 09-28 (make-up Sunday), 29, 30, 10-09 (the resume day) = 4.
    // Then 6 more from 10-10: 10, 11 (make-up Saturday), 13, 14, 15, 16.
    const clock = withEntries(base, suspend('2025-09-26'), resume('2025-10-09'));
    const p = projectClock(clock, calendar, '2025-10-09');
    expect(p.suspendedWorkingDays).toBe(4);
    expect(p.usedWorkingDays).toBe(4);
    expect(p.legal.remainingWorkingDays).toBe(6);
    expect(p.legal.deadline).toBe('2025-10-16');
    expect(p.legal.deadline).toBe(calendar.addWorkingDays('2025-10-11', 4));
    expect(p.suspended).toBe(false);
  });

  it('while suspended over 国庆, projects the deadline as if resumed today', () => {
    const clock = withEntries(base, suspend('2025-09-26'));
    const onHoliday = projectClock(clock, calendar, '2025-10-05');
    expect(onHoliday.suspended).toBe(true);
    expect(onHoliday.suspendedSince).toBe('2025-09-26');
    expect(onHoliday.suspendedWorkingDays).toBe(3); // 09-28, 29, 30
    expect(onHoliday.legal.deadline).toBe(calendar.addWorkingDays('2025-10-05', 6));
    expect(onHoliday.legal.deadline).toBe('2025-10-15');
    // Each working day of suspension pushes it one working day on; holidays do not.
    expect(projectClock(clock, calendar, '2025-10-08').legal.deadline).toBe('2025-10-15');
    expect(projectClock(clock, calendar, '2025-10-09').legal.deadline).toBe('2025-10-16');
    // Resuming on 10-09 gives what the projection on 10-09 promised.
    const resumed = withEntries(clock, resume('2025-10-09'));
    expect(projectClock(resumed, calendar, '2025-10-20').legal.deadline).toBe('2025-10-16');
  });

  it('moves nothing when suspended and resumed the same day, or over days off only', () => {
    expect(
      projectClock(withEntries(base, suspend('2025-09-24'), resume('2025-09-24')), calendar, '2025-10-01')
        .legal.deadline,
    ).toBe('2025-10-11');
    // 10-01…10-08 are all days off.
    const overHoliday = projectClock(
      withEntries(base, suspend('2025-10-01'), resume('2025-10-08')),
      calendar,
      '2025-10-08',
    );
    expect(overHoliday.suspendedWorkingDays).toBe(0);
    expect(overHoliday.legal.deadline).toBe('2025-10-11');
  });

  it('gives the resume day to a clock suspended on its last day', () => {
    // Deadline 2025-10-11; suspended that day, resumed Friday 10-17: due on 10-17 itself.
    const p = projectClock(
      withEntries(base, suspend('2025-10-11'), resume('2025-10-17')),
      calendar,
      '2025-10-17',
    );
    expect(p.legal.remainingWorkingDays).toBe(0);
    expect(p.legal.deadline).toBe('2025-10-17');
    expect(p.legal.warning).toBe('yellow');
    expect(
      projectClock(withEntries(base, suspend('2025-10-11'), resume('2025-10-17')), calendar, '2025-10-20')
        .legal.warning,
    ).toBe('red');
  });

  it('does not rescue a clock that was already overdue when suspended', () => {
    const clock = withEntries(base, suspend('2025-10-14'), resume('2025-10-20'));
    const p = projectClock(clock, calendar, '2025-10-20');
    expect(p.legal.deadline).toBe('2025-10-11');
    expect(p.legal.overdueWorkingDays).toBe(2); // 10-13 and the suspension day 10-14
    expect(p.warning).toBe('red');
  });
});

describe('extension (延期)', () => {
  it('adds its working days to both budgets', () => {
    // 20 working days from 2025-09-01, then +10 with the head's approval.
    const clock = withEntries(clockOf('2025-09-01', 20, 15), extend('2025-09-20', 10));
    const p = projectClock(clock, calendar, '2025-09-22');
    expect(p.extensionWorkingDays).toBe(10);
    expect(p.legal.budgetDays).toBe(30);
    expect(p.legal.deadline).toBe(calendar.addWorkingDays('2025-09-01', 30));
    expect(p.promised.deadline).toBe(calendar.addWorkingDays('2025-09-01', 25));
  });

  it('is only read from its date on', () => {
    const clock = withEntries(clockOf('2025-09-01', 5), extend('2025-09-05', 3));
    expect(projectClock(clock, calendar, '2025-09-04').legal.budgetDays).toBe(5);
    expect(projectClock(clock, calendar, '2025-09-05').legal.budgetDays).toBe(8);
  });
});

describe('stop (停止计时, at the decision)', () => {
  // Accepted Monday 2025-09-22, 10 working days: due 2025-10-11.
  const base = clockOf('2025-09-22', 10);

  it('counts the stop day and nothing after it, on every later day', () => {
    const clock = withEntries(base, suspend('2025-09-26'), resume('2025-10-09'), stop('2025-10-10'));
    const atStop = projectClock(clock, calendar, '2025-10-10');
    expect(atStop).toMatchObject({ usedWorkingDays: 5, suspendedWorkingDays: 4, stopped: true });
    expect(atStop.stoppedOn).toBe('2025-10-10');
    expect(atStop.legal).toMatchObject({ deadline: '2025-10-16', remainingWorkingDays: 5 });
    const later = projectClock(clock, calendar, '2026-03-02');
    expect({ ...later, today: atStop.today }).toEqual(atStop);
    // Before its date the stop is not read yet.
    expect(projectClock(clock, calendar, '2025-10-09')).toMatchObject({ stopped: false, stoppedOn: null });
  });

  it('keeps a clock decided late red', () => {
    const clock = withEntries(base, stop('2025-10-14'));
    expect(projectClock(clock, calendar, '2025-12-01').legal).toMatchObject({
      overdueWorkingDays: 2,
      warning: 'red',
    });
  });

  it('is the last entry: nothing is recorded after it, and it needs the suspension ended first', () => {
    const stopped = withEntries(base, stop('2025-09-30'));
    expect(stopOf(stopped)).toEqual({ type: 'stop', date: '2025-09-30' });
    expect(stopOf(base)).toBeNull();
    for (const entry of [suspend('2025-10-09'), extend('2025-10-09', 1), stop('2025-10-09')])
      expect(applyEntry(stopped, entry)).toMatchObject({
        ok: false,
        problem: { code: 'clock.stopped', params: { since: '2025-09-30' } },
      });
    expect(() => recordEntry(stopped, resume('2025-10-09'))).toThrow(
      expect.objectContaining({ status: 409, code: 'clock.stopped' }),
    );
    const open = withEntries(base, suspend('2025-09-24'));
    expect(problemOf(open, stop('2025-09-25'))).toBe('clock.already_suspended');
    expect(problemOf(withEntries(open, resume('2025-09-25')), stop('2025-09-25'))).toBeNull();
  });
});

describe('a part of the case (a step)', () => {
  const caseClock = withEntries(
    clockOf('2025-09-22', 20, 10),
    suspend('2025-09-24'),
    resume('2025-09-26'),
    extend('2025-09-29', 5),
    suspend('2025-10-10'),
    resume('2025-10-14'),
    stop('2025-10-20'),
  );
  const part = (startDate: string, days = 3) =>
    partClock(caseClock, { startDate, legalLimitDays: days, promisedLimitDays: days });

  it('carries the suspensions after its start, a running one as begun that day', () => {
    expect(part('2025-09-25').entries).toEqual([
      { ...suspend('2025-09-24'), date: '2025-09-25' },
      resume('2025-09-26'),
      suspend('2025-10-10'),
      resume('2025-10-14'),
    ]);
    // Over by its start (resumed that day) or begun on it.
    expect(part('2025-09-26').entries).toEqual([suspend('2025-10-10'), resume('2025-10-14')]);
    expect(part('2025-10-10').entries).toEqual([suspend('2025-10-10'), resume('2025-10-14')]);
    expect(part('2025-10-14').entries).toEqual([]);
  });

  it('keeps its own budget and runs past the case’s stop', () => {
    const p = projectClock(part('2025-10-09'), calendar, '2025-10-30');
    // 10-10 counts; 10-11 (make-up Saturday), 10-13 and the resume day 10-14 are held up.
    expect(p).toMatchObject({ stopped: false, extensionWorkingDays: 0, suspendedWorkingDays: 3 });
    expect(p.legal.budgetDays).toBe(3);
    // Counted: 10-10, 10-15, 10-16.
    expect(p.legal.deadline).toBe('2025-10-16');
  });

  it('starts without suspensions when the case’s clock has not started', () => {
    const p = partClock(null, { startDate: '2025-09-26', legalLimitDays: 5, promisedLimitDays: 5 });
    expect(p).toEqual({ startDate: '2025-09-26', legalLimitDays: 5, promisedLimitDays: 5, entries: [] });
    expect(projectClock(p, calendar, '2025-09-26').legal.deadline).toBe('2025-10-10');
  });
});

describe('warning levels (红黄牌)', () => {
  it('turns yellow at 20% of the budget or 2 working days, whichever is larger', () => {
    expect(warningFor(20, 15)).toBe('none'); // 5 left, threshold 4
    expect(warningFor(20, 16)).toBe('yellow'); // 4 left
    expect(warningFor(20, 20)).toBe('yellow');
    expect(warningFor(20, 21)).toBe('red');
    expect(warningFor(5, 2)).toBe('none'); // 3 left, threshold max(1, 2) = 2
    expect(warningFor(5, 3)).toBe('yellow');
    expect(warningFor(12, 10)).toBe('yellow'); // 2.4 → 2
    expect(warningFor(12, 9)).toBe('none');
  });

  it('is not red on the days off right after a Friday deadline, and red on the next working day', () => {
    // 2025-10-17 (Friday) = 2025-10-10 + 6 (the make-up Saturday 10-11 included).
    const clock = clockOf('2025-10-10', 6);
    expect(projectClock(clock, calendar, '2025-10-17').legal.deadline).toBe('2025-10-17');
    expect(projectClock(clock, calendar, '2025-10-18').warning).toBe('yellow');
    expect(projectClock(clock, calendar, '2025-10-19').warning).toBe('yellow');
    expect(projectClock(clock, calendar, '2025-10-20').warning).toBe('red');
  });

  it('reports the more severe of the promised and the legal warning', () => {
    const clock = clockOf('2025-09-01', 20, 5);
    const p = projectClock(clock, calendar, '2025-09-08'); // 5 used
    expect(p.promised.warning).toBe('yellow');
    expect(p.legal.warning).toBe('none');
    expect(p.warning).toBe('yellow');
    expect(projectClock(clock, calendar, '2025-09-09').warning).toBe('red');
  });
});

describe('calendar corrections', () => {
  it('re-projects a stored clock when an administrator corrects a year', () => {
    const clock = withEntries(clockOf('2025-09-22', 10), suspend('2025-09-26'), resume('2025-10-09'));
    expect(projectClock(clock, calendar, '2025-10-09').legal.deadline).toBe('2025-10-16');
    // Suppose the notice had made Monday 2025-10-13 a holiday too.
    const published = packageYears().get(2025)!;
    const corrected: CalendarYear = {
      ...published,
      source: 'administrator',
      notice: '更正',
      holidays: [...published.holidays, { date: '2025-10-13', name: '更正' }].sort((a, b) =>
        a.date.localeCompare(b.date),
      ),
    };
    const p = projectClock(clock, composeCalendar([corrected]), '2025-10-09');
    expect(p.legal.deadline).toBe('2025-10-17');
  });

  it('answers calendar.year_unknown when a deadline runs into a year nobody entered', () => {
    expect(() => projectClock(clockOf('2026-12-01', 60), calendar, '2026-12-01')).toThrow(
      expect.objectContaining({ code: 'calendar.year_unknown' }),
    );
  });
});

describe('the ledger refuses what cannot be', () => {
  const base = clockOf('2025-09-22', 10);

  it('refuses bad starts', () => {
    const start = { startDate: '2025-09-22', legalLimitDays: 10, promisedLimitDays: 5 };
    expect(createClock({ ...start, startDate: '2025-02-30' })).toMatchObject({
      ok: false,
      problem: { code: 'clock.invalid_date', field: 'startDate' },
    });
    expect(createClock({ ...start, legalLimitDays: 2.5 })).toMatchObject({
      problem: { code: 'clock.invalid_limit', field: 'legalLimitDays' },
    });
    expect(createClock({ ...start, promisedLimitDays: -1 })).toMatchObject({
      problem: { code: 'clock.invalid_limit', field: 'promisedLimitDays' },
    });
    expect(createClock({ ...start, promisedLimitDays: 11 })).toMatchObject({
      problem: { code: 'clock.promised_exceeds_legal', params: { promised: 11, legal: 10 } },
    });
    // The limits alone, before there is a start date (a matter version's limits).
    expect(limitsProblem({ legalLimitDays: 20, promisedLimitDays: 10 })).toBeNull();
    expect(limitsProblem({ legalLimitDays: 366, promisedLimitDays: 10 })).toMatchObject({
      code: 'clock.invalid_limit',
      field: 'legalLimitDays',
      params: { max: 365 },
    });
    expect(() => startClock({ ...start, promisedLimitDays: 11 })).toThrow(
      expect.objectContaining({ status: 422, code: 'clock.promised_exceeds_legal' }),
    );
    expect(startClock(start)).toEqual({ ...start, entries: [] });
  });

  it('refuses a resume without an open suspension', () => {
    expect(problemOf(base, resume('2025-09-23'))).toBe('clock.not_suspended');
    const closed = withEntries(base, suspend('2025-09-23'), resume('2025-09-24'));
    expect(problemOf(closed, resume('2025-09-25'))).toBe('clock.not_suspended');
  });

  it('refuses a second open suspension', () => {
    const open = withEntries(base, suspend('2025-09-23'));
    const result = applyEntry(open, suspend('2025-09-24', 'testing'));
    expect(result).toMatchObject({
      ok: false,
      problem: { code: 'clock.already_suspended', params: { since: '2025-09-23' } },
    });
  });

  it('refuses entries before the start or out of date order, and keeps same-day order', () => {
    expect(problemOf(base, suspend('2025-09-21'))).toBe('clock.entry_before_start');
    const later = withEntries(base, extend('2025-09-25', 2));
    expect(problemOf(later, suspend('2025-09-24'))).toBe('clock.entry_out_of_order');
    expect(problemOf(later, suspend('2025-09-25'))).toBeNull();
    expect(problemOf(base, suspend('2025-09-22'))).toBeNull(); // on the start day itself
  });

  it('refuses malformed entries', () => {
    expect(problemOf(base, { ...extend('2025-09-23', 0) })).toBe('clock.invalid_extension');
    expect(problemOf(base, { ...extend('2025-09-23', 1.5) })).toBe('clock.invalid_extension');
    expect(problemOf(base, { ...extend('2025-09-23', 3), approvedBy: '  ' })).toBe('clock.approver_required');
    expect(problemOf(base, { ...extend('2025-09-23', 3), reason: '' })).toBe('clock.text_required');
    expect(problemOf(base, { ...suspend('2025-09-23'), text: ' ' })).toBe('clock.text_required');
    expect(problemOf(base, { ...suspend('2025-09-23'), text: '长'.repeat(501) })).toBe('clock.text_too_long');
    expect(problemOf(base, { ...suspend('2025-09-23'), reason: 'holiday' as 'other' })).toBe(
      'clock.invalid_reason',
    );
    expect(problemOf(base, { ...suspend('2025-9-23') })).toBe('clock.invalid_date');
    expect(problemOf(base, { type: 'pause', date: '2025-09-23' } as unknown as ClockEntry)).toBe(
      'clock.invalid_entry',
    );
  });

  it('stores trimmed texts and leaves the given clock unchanged', () => {
    const before = JSON.stringify(base);
    const after = recordEntry(base, { ...suspend('2025-09-23'), text: '  专家评审  ' });
    expect(JSON.stringify(base)).toBe(before);
    expect(after.entries).toEqual([
      { type: 'suspend', date: '2025-09-23', reason: 'expert_review', text: '专家评审' },
    ]);
    expect(openSuspensionOf(after)?.date).toBe('2025-09-23');
  });

  it('throws problems as 409/422 problem errors for the HTTP layer', () => {
    const conflict = (() => {
      try {
        recordEntry(base, resume('2025-09-23'));
      } catch (err) {
        return err;
      }
    })();
    expect(conflict).toBeInstanceOf(ClockProblemError);
    expect(conflict).toMatchObject({ status: 409, code: 'clock.not_suspended' });
    expect(() => recordEntry(base, extend('2025-09-23', 0))).toThrow(
      expect.objectContaining({ status: 422, code: 'clock.invalid_extension' }),
    );
  });

  it('replays and restores a stored ledger, refusing a corrupt one', () => {
    const clock = withEntries(
      base,
      suspend('2025-09-26'),
      resume('2025-10-09'),
      extend('2025-10-10', 5),
      stop('2025-10-13'),
    );
    const stored = JSON.parse(JSON.stringify(clock)) as unknown;
    expect(restoreClock(stored)).toEqual(clock);
    expect(replayClock(clock)).toEqual({ ok: true, clock });
    const corrupt = { ...clock, entries: [resume('2025-09-23'), ...clock.entries] };
    expect(replayClock(corrupt)).toMatchObject({
      ok: false,
      index: 0,
      problem: { code: 'clock.not_suspended' },
    });
    expect(() => restoreClock(corrupt)).toThrow(/clock.not_suspended/);
    expect(() => restoreClock({ ...clock, legalLimitDays: '10' })).toThrow();
  });
});

describe('messages', () => {
  it('has zh-CN and en-US texts with the same placeholders for every code', () => {
    registerMessages(clockMessages);
    const codes: ClockProblemCode[] = [
      'clock.invalid_date',
      'clock.invalid_limit',
      'clock.promised_exceeds_legal',
      'clock.invalid_entry',
      'clock.entry_before_start',
      'clock.entry_out_of_order',
      'clock.already_suspended',
      'clock.not_suspended',
      'clock.stopped',
      'clock.invalid_reason',
      'clock.text_required',
      'clock.text_too_long',
      'clock.invalid_extension',
      'clock.approver_required',
    ];
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, texts] of Object.entries(clockMessages)) {
      expect(texts['zh-CN'], key).not.toBe('');
      expect(placeholders(texts['zh-CN']), key).toEqual(placeholders(texts['en-US']));
    }
    for (const code of codes) expect(clockMessages[code], code).toBeDefined();
    expect(translate('zh-CN', 'clock.already_suspended', { since: '2025-09-26' })).toBe(
      '办理时限已于 2025-09-26 暂停计时，请先恢复计时',
    );
    expect(translate('en-US', 'clock.reason.expert_review')).toBe('Expert review');
  });
});
