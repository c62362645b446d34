import type { AppModule } from '../../platform/module.js';
import { projectMessages } from './messages.js';
import { projectMigrations } from './migrations.js';
import './permissions.js';
import { registerFilingRoutes } from './filing-routes.js';
import { registerProjectRoutes } from './routes.js';

/** 工程建设项目审批: project categories and their stages, one form per stage, project registration. */
export const projectsModule: AppModule = {
  name: 'projects',
  migrations: projectMigrations,
  messages: projectMessages,
  register(app, ctx) {
    registerProjectRoutes(app, ctx);
    registerFilingRoutes(app, ctx);
  },
};
export { FOSHAN_PROJECT_CATEGORIES } from './categories.js';
export { type CategoryConfig, categoryConfig } from './category-directory.js';
export { filingRepository } from './filing-repository.js';
export { openFilingInTrx, projectAnswers } from './filing-service.js';
export { ownProjectLicences } from './project-licences.js';
export { projectRepository } from './repository.js';
export { PROJECT_REGISTERED } from './service.js';
export { checkSite } from './site.js';
export { type StagePlan, stagePlan } from './stage-plan.js';
export { STAGES, type Stage } from './vocabulary.js';
