import type { AppModule } from '../../platform/module.js';
import { noticeMessages } from './messages.js';
import { noticeMigrations } from './migrations.js';
import { registerNoticeRoutes } from './routes.js';

export const noticesModule: AppModule = {
  name: 'notices',
  migrations: noticeMigrations,
  messages: noticeMessages,
  register: registerNoticeRoutes,
};
export { type IssuedNotice, type IssueNotice, issueNotice, noticesOf, renderNotice } from './service.js';
export { NOTICE_KINDS, type NoticeInput, type NoticeKind, noticeInputSchemas } from './templates/index.js';
