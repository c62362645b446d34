import type { AppModule } from '../../platform/module.js';
import { registerAccountRoutes } from './account-routes.js';
import { registerAuthRoutes } from './auth-routes.js';
import { identityMessages } from './messages.js';
import { identityMigrations } from './migrations.js';
import { registerOrganizationRoutes } from './organization-routes.js';
import './permissions.js';
import { registerPersonRoutes } from './person-routes.js';
import { registerStaffRoutes } from './staff-routes.js';

export const identityModule: AppModule = {
  name: 'identity',
  migrations: identityMigrations,
  messages: identityMessages,
  register(app, ctx) {
    registerAuthRoutes(app, ctx);
    registerAccountRoutes(app, ctx);
    registerOrganizationRoutes(app, ctx);
    registerPersonRoutes(app, ctx);
    registerStaffRoutes(app, ctx);
  },
};
export { authService } from './auth-service.js';
export { type Contact, contactOf } from './contact.js';
export { isOnCreditBlacklist, listOnCreditBlacklist } from './credit.js';
export { identityKeys } from './identity-keys.js';
export { identifyInPerson } from './in-person.js';
export { localPopulationRegistry } from './population-registry.js';
export { principalResolver } from './principal.js';
export { identityRepository } from './repository.js';
export { type NewStaff, staffService } from './staff-service.js';
