import {
  type CalendarProvider,
  createCalendarProvider,
  type WorkingCalendar,
} from '../../platform/calendar/index.js';
import type { AnyDb } from '../../platform/db/index.js';
import { calendarRepository } from './repository.js';

// One provider per database handle, i.e. per server process (and per app in tests).
// See platform/calendar/provider.ts for the caching choice.
const providers = new WeakMap<AnyDb, CalendarProvider>();

export function calendarProvider(db: AnyDb): CalendarProvider {
  let provider = providers.get(db);
  if (!provider) {
    const repo = calendarRepository(db);
    provider = createCalendarProvider({ revision: repo.revision, load: repo.load });
    providers.set(db, provider);
  }
  return provider;
}

/**
 * The statutory working-day calendar for other modules: await it once per request (no
 * query at all inside its one-second freshness window), then compute synchronously, e.g.
 * `cal.addWorkingDays(acceptedOn, 20)`. A year nobody has data for throws
 * CalendarYearUnknownError, which answers the request with a 422 problem naming the year.
 */
export function workingCalendar(ctx: { db: AnyDb }): Promise<WorkingCalendar> {
  return calendarProvider(ctx.db).current();
}

/** The outbox topic of an administrator's change to a year: `{ year }`. */
export const CALENDAR_YEAR_CHANGED = 'calendar.year_changed';

/** The calendar as committed now, skipping this process's one-second freshness window (after an event). */
export function freshWorkingCalendar(ctx: { db: AnyDb }): Promise<WorkingCalendar> {
  const provider = calendarProvider(ctx.db);
  provider.invalidate();
  return provider.current();
}
