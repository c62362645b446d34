import type { AppModule } from '../../platform/module.js';
import { notificationDelivery } from './delivery.js';
import { registerDevMailboxRoutes } from './dev-mailbox-routes.js';
import { NOTIFICATION_TOPIC } from './kinds.js';
import { notificationMessages } from './messages.js';
import { notificationMigrations } from './migrations.js';
import './permissions.js';
import { registerPreferenceRoutes } from './preference-routes.js';
import { registerNotificationRoutes } from './routes.js';
import { createSenders } from './senders/index.js';

export const notificationsModule: AppModule = {
  name: 'notifications',
  migrations: notificationMigrations,
  messages: notificationMessages,
  register(app, ctx) {
    const senders = createSenders(ctx.config, ctx.db, ctx.writes, ctx.cipher);
    // Each request stands alone and each channel remembers its delivery: handled side by side.
    ctx.outbox.on(NOTIFICATION_TOPIC, notificationDelivery(ctx, senders, app.log), { independent: true });
    registerNotificationRoutes(app, ctx);
    registerPreferenceRoutes(app, ctx, senders);
    registerDevMailboxRoutes(app, ctx, senders);
  },
};
export {
  DECISION_OUTCOMES,
  type LicenseNotificationKind,
  NOTIFICATION_KINDS,
  NOTIFICATION_TOPIC,
  type NotificationKind,
  type NotificationParams,
  type NotificationRequest,
  notificationRequestSchema,
  REQUIRED_PARAMS,
  RESULT_CHANNELS,
  requestNotification,
} from './kinds.js';
