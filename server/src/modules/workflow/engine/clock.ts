import { businessDateOf, type WorkingCalendar } from '../../../platform/calendar/index.js';
import { partClock, projectClock, type StatutoryClock, startClock } from '../clock/index.js';
import { INTAKE_STATUSES, type InstanceState, type Task } from './state.js';

// The engine's own deadlines, each a clock of the statutory clock module (../clock) and
// read with its `projectClock`, so they count, warn and follow calendar corrections as
// the case's clock does. The case's clock itself is `state.clock`.

/** 行政许可法 Art. 32: without a notice within five working days of receipt, the application counts as accepted. */
export const INTAKE_NOTICE_DAYS = 5;

/** The intake notice's clock: five working days from the latest receipt, while an intake decision is awaited. */
export function intakeNoticeClock(state: InstanceState): StatutoryClock | null {
  const { receivedOn } = state.intake;
  if (!INTAKE_STATUSES.has(state.status) || !receivedOn) return null;
  return startClock({
    startDate: receivedOn,
    legalLimitDays: INTAKE_NOTICE_DAYS,
    promisedLimitDays: INTAKE_NOTICE_DAYS,
  });
}

/** The last day for an intake decision, or null when none is awaited; after it a job may send deemAccepted. */
export function intakeNoticeDueOn(state: InstanceState, calendar: WorkingCalendar): string | null {
  const clock = intakeNoticeClock(state);
  return clock && projectClock(clock, calendar, clock.startDate).legal.deadline;
}

/**
 * A task's clock: its step's budget (budgetDays, its share of the promised limit) from the
 * day the step began — a transfer keeps it — held up by the case's suspensions since.
 */
export function taskClock(task: Task, clock: StatutoryClock | null): StatutoryClock {
  return partClock(clock, {
    startDate: businessDateOf(new Date(task.stepOpenedAt)),
    legalLimitDays: task.budgetDays,
    promisedLimitDays: task.budgetDays,
  });
}

/** A task's due date as of `today` (a suspension still open holds it up until today). */
export function taskDueOn(
  task: Task,
  clock: StatutoryClock | null,
  calendar: WorkingCalendar,
  today: string,
): string {
  return projectClock(taskClock(task, clock), calendar, today).legal.deadline;
}
