import type { AppModule } from '../../platform/module.js';
import { auditMessages } from './messages.js';
import { registerAuditRoutes } from './routes.js';

export const auditModule: AppModule = {
  name: 'audit',
  messages: auditMessages,
  register: registerAuditRoutes,
};
