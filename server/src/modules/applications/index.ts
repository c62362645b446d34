import type { AppModule } from '../../platform/module.js';
import { keepApplicationsInStep } from './case-sync.js';
import { applicationMessages } from './messages.js';
import { applicationMigrations } from './migrations.js';
import { numberingMessages } from './numbering/index.js';
import { registerApplicationRoutes } from './routes.js';

keepApplicationsInStep();

export const applicationsModule: AppModule = {
  name: 'applications',
  migrations: applicationMigrations,
  messages: { ...applicationMessages, ...numberingMessages },
  register: registerApplicationRoutes,
};
export { applicantOf, owns } from './applicant.js';
export { type ApplicationSummary, findApplicationById, findApplicationByNo } from './lookup.js';
export type { Owner } from './repository.js';
