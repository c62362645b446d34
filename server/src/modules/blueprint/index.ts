import type { AppModule } from '../../platform/module.js';
import { blueprintMessages } from './messages.js';
import { blueprintMigrations } from './migrations.js';
import './permissions.js';
import { registerBlueprintRoutes } from './routes.js';

/** 一张蓝图 / 多规合一: departments' control layers, plan checks, conflict coordination, project planning. */
export const blueprintModule: AppModule = {
  name: 'blueprint',
  migrations: blueprintMigrations,
  messages: blueprintMessages,
  register: registerBlueprintRoutes,
};
export { PLAN_CHECKED } from './check-service.js';
export { scanConflicts as scanBlueprintConflicts } from './conflicts.js';
export { LAYER_IMPORTED } from './layer-service.js';
export { PLANNING_CREATED, planningOf, visiblePlanning } from './planning.js';
export { seedSyntheticBlueprint } from './seed.js';
