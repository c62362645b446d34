import { calendarMessages } from '../../platform/calendar/index.js';
import type { MessageBundle } from '../../platform/i18n/index.js';

// The calendar's problems are raised by platform/calendar (any module computing a
// deadline may hit 'calendar.year_unknown'); this module registers their messages.
export const calendarModuleMessages: MessageBundle = { ...calendarMessages };
