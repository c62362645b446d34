import type { AppModule } from '../../platform/module.js';
import { calendarModuleMessages } from './messages.js';
import { calendarMigrations } from './migrations.js';
import './permissions.js';
import { registerCalendarRoutes } from './routes.js';

export const calendarModule: AppModule = {
  name: 'calendar',
  migrations: calendarMigrations,
  messages: calendarModuleMessages,
  register: registerCalendarRoutes,
};
export {
  type CalendarYear,
  CalendarYearUnknownError,
  type WorkingCalendar,
} from '../../platform/calendar/index.js';
export { enterProvisionalYear } from './provisional-year.js';
export { CALENDAR_YEAR_CHANGED, freshWorkingCalendar, workingCalendar } from './working-calendar.js';
