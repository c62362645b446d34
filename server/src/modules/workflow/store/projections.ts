import type { WorkingCalendar } from '../../../platform/calendar/index.js';
import { openSuspensionOf, projectClock } from '../clock/index.js';
import { type InstanceState, intakeNoticeDueOn, type Task, taskDueOn } from '../engine/index.js';

/** The columns lists sort and filter on, derived from the state with today's calendar. */
export interface CaseProjection {
  intakeDueOn: string | null;
  promisedDueOn: string | null;
  legalDueOn: string | null;
  warnFrom: string | null;
  suspended: number;
}

export function projectCase(state: InstanceState, calendar: WorkingCalendar, today: string): CaseProjection {
  const intakeDueOn = intakeNoticeDueOn(state, calendar);
  if (!state.clock)
    return { intakeDueOn, promisedDueOn: null, legalDueOn: null, warnFrom: null, suspended: 0 };
  const p = projectClock(state.clock, calendar, today);
  // Yellow from the day at most max(⌊B/5⌋, 2) working days remain (projection rule 8).
  const threshold = Math.max(Math.floor(p.promised.budgetDays / 5), 2);
  const budgetLeftAtWarn = Math.max(p.promised.budgetDays - threshold, 0);
  const warnFrom =
    budgetLeftAtWarn === 0
      ? state.clock.startDate
      : calendar.addWorkingDays(state.clock.startDate, budgetLeftAtWarn + p.suspendedWorkingDays);
  return {
    intakeDueOn,
    promisedDueOn: p.promised.deadline,
    legalDueOn: p.legal.deadline,
    warnFrom,
    suspended: openSuspensionOf(state.clock) ? 1 : 0,
  };
}

export function taskDue(task: Task, state: InstanceState, calendar: WorkingCalendar, today: string): string {
  return taskDueOn(task, state.clock, calendar, today);
}
