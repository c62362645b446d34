import { businessDateOf } from '../../platform/calendar/index.js';
import type { AppContext } from '../../platform/http/index.js';
import { CalendarYearUnknownError, workingCalendar } from '../calendar/index.js';

/**
 * The day a promised limit would end on for an application made today (business dates are
 * Asia/Shanghai dates). A guide still shows when the calendar lacks the coming year's data:
 * then the date is simply unknown.
 */
export function promisedDateFrom(ctx: AppContext) {
  return async (workingDays: number): Promise<string | null> => {
    try {
      return (await workingCalendar(ctx)).addWorkingDays(businessDateOf(new Date()), workingDays);
    } catch (err) {
      if (err instanceof CalendarYearUnknownError) return null;
      throw err;
    }
  };
}
