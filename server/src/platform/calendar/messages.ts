import type { MessageBundle } from '../i18n/index.js';

/**
 * Messages for the problems the calendar raises. The platform cannot register them
 * itself (it knows no module list); the calendar module includes them in its bundle.
 */
export const calendarMessages: MessageBundle = {
  'calendar.year_unknown': {
    'zh-CN':
      '{year} 年的法定节假日和调休安排尚未录入，无法按工作日计算；请系统管理员根据国务院办公厅通知录入',
    'en-US':
      'The public holidays and make-up working days of {year} are not known yet, so working days cannot be counted; a system administrator has to enter them from the State Council notice',
  },
  'calendar.invalid_date': {
    'zh-CN': '请输入有效日期，格式为 YYYY-MM-DD',
    'en-US': 'Enter a real date as YYYY-MM-DD',
  },
  'calendar.date_outside_year': {
    'zh-CN': '日期应在 {year} 年内',
    'en-US': 'The date must be in {year}',
  },
  'calendar.duplicate_date': {
    'zh-CN': '{date} 重复填写',
    'en-US': '{date} is listed twice',
  },
  'calendar.holiday_and_workday': {
    'zh-CN': '{date} 不能既是放假日又是调休上班日',
    'en-US': '{date} cannot be both a holiday and a make-up working day',
  },
  'calendar.workday_not_weekend': {
    'zh-CN': '{date} 不是周六或周日，本来就是工作日，无需列为调休上班日',
    'en-US': '{date} is not a Saturday or Sunday, so it is a working day anyway and cannot be a make-up day',
  },
};
