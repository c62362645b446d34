import { enterProvisionalYear } from '../modules/calendar/index.js';
import type { AppContext } from '../platform/http/index.js';

/**
 * 2027 for the demo: deadlines of cases accepted late in 2026 run into it, and the State
 * Council's 2027 notice is not in the calendar package yet. Only the statutory days of
 * 《全国年节及纪念日放假办法》 (2025) on their 2027 dates, without the make-up working days a
 * notice adds; the notice text says so, and the administrator replaces it from the notice.
 */
export async function seedProvisionalCalendar(ctx: AppContext): Promise<void> {
  await enterProvisionalYear(ctx.db, {
    year: 2027,
    notice: '【演示用临时安排】仅含法定节假日，未含调休；国务院办公厅2027年放假通知发布后请系统管理员更正',
    holidays: [
      { date: '2027-01-01', name: '元旦' },
      { date: '2027-02-05', name: '春节' },
      { date: '2027-02-06', name: '春节' },
      { date: '2027-02-07', name: '春节' },
      { date: '2027-02-08', name: '春节' },
      { date: '2027-04-05', name: '清明节' },
      { date: '2027-05-01', name: '劳动节' },
      { date: '2027-05-02', name: '劳动节' },
      { date: '2027-06-09', name: '端午节' },
      { date: '2027-09-15', name: '中秋节' },
      { date: '2027-10-01', name: '国庆节' },
      { date: '2027-10-02', name: '国庆节' },
      { date: '2027-10-03', name: '国庆节' },
    ],
    workdays: [],
    updatedBy: '00000000-0000-0000-0000-000000000000',
    updatedByLabel: '演示数据',
  });
}
