export {
  addCalendarDays,
  businessDateOf,
  dayNumber,
  formatDay,
  isIsoDate,
  isWeekend,
  parseIsoDate,
  weekdayOf,
} from './dates.js';
export { calendarMessages } from './messages.js';
export { PACKAGE_NAME, packageYears } from './package-years.js';
export {
  type CalendarOverrideSource,
  type CalendarProvider,
  composeCalendar,
  createCalendarProvider,
} from './provider.js';
export {
  type CalendarSource,
  type CalendarYear,
  CalendarYearUnknownError,
  type Holiday,
  WorkingCalendar,
} from './working-calendar.js';
export { checkYearEntries } from './year-rules.js';
