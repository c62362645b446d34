import type { AppModule } from '../../platform/module.js';
import { registerConfigRoutes } from './config-routes.js';
import { registerDashboardRoutes } from './dashboard-routes.js';
import { registerLiveRoutes } from './live-routes.js';
import { hotlineMessages } from './messages.js';
import { hotlineMigrations } from './migrations.js';
import { registerOpen311Routes } from './open311/routes.js';
import './permissions.js';
import { registerPortalRoutes } from './portal-routes.js';
import { registerTicketRoutes } from './ticket-routes.js';

/** 12345: work orders from call (or portal, or Open311) to follow-up, dispatch rules, dashboards. */
export const hotlineModule: AppModule = {
  name: 'hotline',
  migrations: hotlineMigrations,
  messages: hotlineMessages,
  async register(app, ctx) {
    registerLiveRoutes(app, ctx);
    registerTicketRoutes(app, ctx);
    registerConfigRoutes(app, ctx);
    registerDashboardRoutes(app, ctx);
    registerPortalRoutes(app, ctx);
    await registerOpen311Routes(app, ctx);
  },
};
export { seedDemoTickets } from './demo-tickets.js';
export { DEMO_OPEN311_KEY } from './open311/keys.js';
export { seedHotlineReference } from './seed.js';
export { TICKET_CHANGED } from './steps.js';
