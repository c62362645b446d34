import type { AppModule } from '../../platform/module.js';
import { registerEvaluationRoutes } from './evaluation-routes.js';
import { registerIndicatorRoutes } from './indicator-routes.js';
import { evaluationMessages } from './messages.js';
import { evaluationMigrations } from './migrations.js';
import './permissions.js';
import { registerRectificationRoutes } from './rectification-routes.js';

/** 好差评: evaluations of services, rectification and call-back of the bad ones, and their figures. */
export const evaluationModule: AppModule = {
  name: 'evaluation',
  migrations: evaluationMigrations,
  messages: evaluationMessages,
  register(app, ctx) {
    registerEvaluationRoutes(app, ctx);
    registerRectificationRoutes(app, ctx);
    registerIndicatorRoutes(app, ctx);
  },
};
