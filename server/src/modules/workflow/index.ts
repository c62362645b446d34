import type { AppModule } from '../../platform/module.js';
import { CALENDAR_YEAR_CHANGED } from '../calendar/index.js';
import { registerProcessAdminRoutes } from './admin-routes.js';
import { caseService } from './case-service.js';
import { workflowMessages } from './messages.js';
import { workflowMigrations } from './migrations.js';
import './permissions.js';
import { reprojectRunningCases } from './reprojection.js';
import { registerWorkflowRoutes } from './routes.js';

export const workflowModule: AppModule = {
  name: 'workflow',
  migrations: workflowMigrations,
  messages: workflowMessages,
  register(app, ctx) {
    const cases = caseService(ctx);
    registerWorkflowRoutes(app, ctx, cases);
    registerProcessAdminRoutes(app, ctx);
    ctx.outbox.on(CALENDAR_YEAR_CHANGED, async () => {
      await reprojectRunningCases(ctx, cases);
    });
  },
};
export { staffMaySee } from './access.js';
export { actorOf } from './actor.js';
export {
  type CaseListener,
  type CaseService,
  caseService,
  type NewCase,
  onCaseChange,
} from './case-service.js';
export { type ClockProjection, projectClock, warningFor } from './clock/index.js';
export { deemOverdueIntakes, startDeemedAcceptance } from './deemed-acceptance.js';
export {
  ActionUnavailableError,
  type Actor,
  type Command,
  INSTANCE_STATUSES,
  type InstanceState,
  type InstanceStatus,
  SYSTEM_ACTOR,
  taskCommandSchema,
  WorkflowForbiddenError,
} from './engine/index.js';
export { startListCompaction } from './list-compaction.js';
export type { CaseChange } from './store/writer.js';
export type { CaseChannel } from './tables.js';
