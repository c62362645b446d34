import type { WorkingCalendar } from '../../../platform/calendar/index.js';
import { stopOf } from './ledger.js';
import { type StatutoryClock, WARNING_SEVERITY, type WarningLevel } from './model.js';

// Reading the clock. Counting rules (all counts are working days of the calendar given,
// Asia/Shanghai business dates):
//
// 1. The acceptance day is not counted; counting starts with the next working day
//    (《民法典》第二百零一条, 《行政许可法》第八十二条). This is `calendar.countWorkingDays`.
// 2. A suspension recorded on S and resumed on R leaves out the working days after S up to
//    and including R, i.e. `calendar.countWorkingDays(S, R)`: S itself counts (the clock
//    ran that day), R does not (resuming is like accepting anew: that day is not counted).
//    So the timeline is cut into half-open pieces (start, S₁] running, (S₁, R₁] suspended,
//    (R₁, S₂] running, … exactly as the calendar counts; suspending and resuming on the
//    same day leaves out nothing.
// 3. An open suspension is projected as if the clock resumed today: the working days
//    after S up to and including today are left out, and the deadline is the one that
//    resuming today would give (today + remaining working days). It therefore moves one
//    working day later with every working day the suspension lasts.
// 4. Extensions add their working days to the budget of both limits (legal and
//    promised), whatever their date: budget = limit + all extensions.
// 5. used = working days counted after the start up to and including today, suspended
//    days left out. Only entries dated on or before today are read: projecting an
//    earlier day shows the clock as it stood then.
// 6. The deadline of a budget B is the last working day by whose end no more than B
//    working days have been used: the working day just before the (B+1)-th counted
//    working day. Without suspensions it is `calendar.addWorkingDays(start, B)`; a
//    suspension that began on or before the deadline moves it by exactly its working
//    days; one that began after a working day beyond the budget had started (when the
//    clock was already overdue) moves nothing. A budget of 0 (即办) ends on the start day.
// 7. Overdue = used > B: a working day after the deadline has begun (the weekend or
//    holiday right after a deadline is not yet overdue; the next working day is).
//    remaining = max(0, B − used), overdueDays = max(0, used − B).
// 8. Warning: red when overdue; yellow when remaining ≤ max(⌊B / 5⌋, 2) — at most 20 %
//    of the budget or 2 working days, whichever is larger; otherwise none. The overall
//    warning is the more severe of the legal and the promised one.
// 9. A stop on D (the decision) ends the count: on D and every later day the clock reads
//    as at the end of D (used, suspended, remaining, overdue and warnings stay put; the
//    deadlines are those the running clock had). A clock decided late stays red.

export interface LimitProjection {
  /** The limit the clock started with. */
  limitDays: number;
  /** limit + extensions. */
  budgetDays: number;
  /** 'YYYY-MM-DD': the last working day on time. */
  deadline: string;
  remainingWorkingDays: number;
  overdueWorkingDays: number;
  warning: WarningLevel;
}

export interface ClockProjection {
  /** The day projected for. */
  today: string;
  legal: LimitProjection;
  promised: LimitProjection;
  usedWorkingDays: number;
  suspendedWorkingDays: number;
  extensionWorkingDays: number;
  suspended: boolean;
  /** The date the open suspension began, or null. */
  suspendedSince: string | null;
  /** Whether the clock has stopped by `today` (rule 9). */
  stopped: boolean;
  /** The date it stopped, or null. */
  stoppedOn: string | null;
  /** The more severe of legal.warning and promised.warning. */
  warning: WarningLevel;
}

/** Where the clock runs: closed running pieces (from, to], then (openFrom, ∞). */
interface Timeline {
  running: { from: string; to: string }[];
  openFrom: string;
}

/** The date of the n-th counted working day (n ≥ 1) on the timeline. */
function nthCountedDay(calendar: WorkingCalendar, timeline: Timeline, n: number): string {
  let remaining = n;
  for (const { from, to } of timeline.running) {
    const counted = calendar.countWorkingDays(from, to);
    if (counted >= remaining) return calendar.addWorkingDays(from, remaining);
    remaining -= counted;
  }
  return calendar.addWorkingDays(timeline.openFrom, remaining);
}

function deadlineOf(calendar: WorkingCalendar, start: string, timeline: Timeline, budget: number): string {
  const firstLate = nthCountedDay(calendar, timeline, budget + 1);
  return calendar.addWorkingDays(start, calendar.countWorkingDays(start, firstLate) - 1);
}

export function warningFor(budget: number, used: number): WarningLevel {
  if (used > budget) return 'red';
  return budget - used <= Math.max(Math.floor(budget / 5), 2) ? 'yellow' : 'none';
}

function limitProjection(
  calendar: WorkingCalendar,
  start: string,
  timeline: Timeline,
  limit: number,
  extension: number,
  used: number,
): LimitProjection {
  const budget = limit + extension;
  return {
    limitDays: limit,
    budgetDays: budget,
    deadline: deadlineOf(calendar, start, timeline, budget),
    remainingWorkingDays: Math.max(0, budget - used),
    overdueWorkingDays: Math.max(0, used - budget),
    warning: warningFor(budget, used),
  };
}

/**
 * The clock as it stands at the end of `today` ('YYYY-MM-DD', Asia/Shanghai), derived
 * from the ledger and this calendar; see the counting rules above. Throws
 * CalendarYearUnknownError when a year involved has no calendar data.
 */
export function projectClock(
  clock: StatutoryClock,
  calendar: WorkingCalendar,
  today: string,
): ClockProjection {
  const start = clock.startDate;
  const stop = stopOf(clock);
  const stoppedOn = stop && stop.date <= today ? stop.date : null;
  // Read as at the end of the stop day (rule 9).
  const asOf = stoppedOn ?? today;
  const running: Timeline['running'] = [];
  let runningSince = start;
  let suspendedSince: string | null = null;
  let suspendedDays = 0;
  let extension = 0;
  for (const entry of clock.entries) {
    if (entry.date > asOf) break; // dates never decrease
    if (entry.type === 'suspend') {
      running.push({ from: runningSince, to: entry.date });
      suspendedSince = entry.date;
    } else if (entry.type === 'resume' && suspendedSince !== null) {
      suspendedDays += calendar.countWorkingDays(suspendedSince, entry.date);
      runningSince = entry.date;
      suspendedSince = null;
    } else if (entry.type === 'extend') {
      extension += entry.workingDays;
    }
  }

  let used = running.reduce((sum, piece) => sum + calendar.countWorkingDays(piece.from, piece.to), 0);
  let openFrom = runningSince;
  if (suspendedSince === null) {
    used += calendar.countWorkingDays(runningSince, asOf);
  } else {
    // As if resumed today (rule 3); a stopped clock has no open suspension.
    suspendedDays += calendar.countWorkingDays(suspendedSince, asOf);
    openFrom = asOf;
  }

  const timeline: Timeline = { running, openFrom };
  const legal = limitProjection(calendar, start, timeline, clock.legalLimitDays, extension, used);
  const promised = limitProjection(calendar, start, timeline, clock.promisedLimitDays, extension, used);
  return {
    today,
    legal,
    promised,
    usedWorkingDays: used,
    suspendedWorkingDays: suspendedDays,
    extensionWorkingDays: extension,
    suspended: suspendedSince !== null,
    suspendedSince,
    stopped: stoppedOn !== null,
    stoppedOn,
    warning:
      WARNING_SEVERITY[legal.warning] >= WARNING_SEVERITY[promised.warning]
        ? legal.warning
        : promised.warning,
  };
}
