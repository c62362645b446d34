/**
 * The government's clock of a stage: working days from the day after submission to the close
 * (or today), without the days an intermediary service (中介服务) was at work, which are the
 * applicant's and the intermediary's time, not the departments'. Pure.
 */
import { addCalendarDays, type WorkingCalendar } from '../../platform/calendar/index.js';

/** An external step, both ends counted as its own; an open one runs to the end of the span. */
export interface Interval {
  from: string;
  to: string | null;
}

/** The intervals merged where they overlap or touch, each clipped to end by `end`. */
function merged(intervals: readonly Interval[], end: string): { from: string; to: string }[] {
  const sorted = intervals
    .map((i) => ({ from: i.from, to: i.to === null || i.to > end ? end : i.to }))
    .filter((i) => i.from <= i.to)
    .sort((a, b) => a.from.localeCompare(b.from));
  const out: { from: string; to: string }[] = [];
  for (const i of sorted) {
    const last = out.at(-1);
    if (last && i.from <= addCalendarDays(last.to, 1)) {
      if (i.to > last.to) last.to = i.to;
    } else out.push({ ...i });
  }
  return out;
}

/** Working days in (start, end] that no interval covers. */
export function governmentWorkingDays(
  calendar: WorkingCalendar,
  start: string,
  end: string,
  excluded: readonly Interval[],
): number {
  if (end <= start) return 0;
  let days = calendar.countWorkingDays(start, end);
  for (const { from, to } of merged(excluded, end)) {
    const before = addCalendarDays(from, -1);
    const lower = before > start ? before : start;
    if (to > lower) days -= calendar.countWorkingDays(lower, to);
  }
  return days;
}

/** Working days an external step took (both ends its own), to the end given for an open one. */
export function intervalWorkingDays(calendar: WorkingCalendar, i: Interval, today: string): number {
  const to = i.to ?? today;
  return to < i.from ? 0 : calendar.countWorkingDays(addCalendarDays(i.from, -1), to);
}
