import type { MessageBundle } from '../../platform/i18n/index.js';

export const noticeMessages: MessageBundle = {
  'notice.date_invalid': {
    'zh-CN': '日期应为 YYYY-MM-DD 格式的有效日期',
    'en-US': 'Enter a real date as YYYY-MM-DD',
  },
  'notice.unknown_department': {
    'zh-CN': '未找到部门 {code}，无法出具文书',
    'en-US': 'No department {code}: the notice cannot be issued',
  },
};
