import { describe, expect, it } from 'vitest';
import { composeCalendar } from '../../../platform/calendar/index.js';
import { type ClockEntry, projectClock, recordEntry, startClock } from '../clock/index.js';
import { type InstanceState, intakeNoticeClock, intakeNoticeDueOn, type Task, taskDueOn } from './index.js';

// The engine's own deadlines, as clocks of the clock module. Dates around National Day
// 2025: 1–8 October off, Sunday 28 September and Saturday 11 October worked (调休).
const calendar = composeCalendar([]);

/** A case accepted on Friday 26 September, with these ledger entries. */
const caseClock = (...entries: ClockEntry[]) =>
  entries.reduce(
    recordEntry,
    startClock({ startDate: '2025-09-26', legalLimitDays: 20, promisedLimitDays: 10 }),
  );
const suspend = (date: string): ClockEntry => ({ type: 'suspend', date, reason: 'testing', text: '检测' });
const resume = (date: string): ClockEntry => ({ type: 'resume', date });

describe('the intake notice (行政许可法 Art. 32)', () => {
  const submitted = { status: 'submitted', intake: { receivedOn: '2025-09-26' } } as InstanceState;

  it('is due five working days after receipt', () => {
    expect(intakeNoticeDueOn(submitted, calendar)).toBe('2025-10-10');
    expect(intakeNoticeDueOn({ ...submitted, status: 'resubmitted' }, calendar)).toBe('2025-10-10');
  });

  it('is awaited only before an intake decision', () => {
    for (const status of ['draft', 'accepted', 'correction_requested', 'refused'] as const)
      expect(intakeNoticeDueOn({ ...submitted, status }, calendar)).toBeNull();
  });

  it('warns like any clock: yellow with two working days left, red once past', () => {
    const clock = intakeNoticeClock(submitted)!;
    expect(projectClock(clock, calendar, '2025-09-29').warning).toBe('none');
    expect(projectClock(clock, calendar, '2025-09-30').warning).toBe('yellow');
    expect(projectClock(clock, calendar, '2025-10-10').warning).toBe('yellow');
    expect(projectClock(clock, calendar, '2025-10-11').warning).toBe('red');
  });
});

describe('a task’s due date', () => {
  const task = { stepOpenedAt: '2025-10-09T01:00:00Z', budgetDays: 2 } as Task;

  it('is its step’s budget from the day the step began (Asia/Shanghai)', () => {
    expect(taskDueOn(task, caseClock(), calendar, '2025-10-09')).toBe('2025-10-11');
    // 2025-10-08T17:00Z is already 10-09 in Shanghai.
    expect(taskDueOn({ ...task, stepOpenedAt: '2025-10-08T17:00:00Z' }, null, calendar, '2025-10-09')).toBe(
      '2025-10-11',
    );
  });

  it('is pushed back by the case’s suspensions since, a running one from the step’s start', () => {
    // Suspended 09-29 to 10-10: only 10-10 falls after the step began.
    const clock = caseClock(suspend('2025-09-29'), resume('2025-10-10'));
    expect(taskDueOn(task, clock, calendar, '2025-10-13')).toBe('2025-10-13');
    // Still suspended: held up until today, then due as if resumed today.
    const open = caseClock(suspend('2025-09-29'));
    expect(taskDueOn(task, open, calendar, '2025-10-14')).toBe('2025-10-16');
  });

  it('keeps its own budget: the case’s extensions and its stop do not move it', () => {
    const clock = caseClock(
      { type: 'extend', date: '2025-10-09', workingDays: 10, approvedBy: 'head', reason: '听证' },
      { type: 'stop', date: '2025-10-09' },
    );
    expect(taskDueOn(task, clock, calendar, '2025-10-20')).toBe('2025-10-11');
  });
});
