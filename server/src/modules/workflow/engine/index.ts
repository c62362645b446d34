// The pure workflow engine: no database, no HTTP. The workflow module's repository and
// routes (next) persist its states and effects and expose its commands. The case's clock
// is the statutory clock of ../clock (read it with its projectClock).
export type { Env } from './action-kit.js';
export { type AvailableAction, availableActions } from './available-actions.js';
export { INTAKE_NOTICE_DAYS, intakeNoticeClock, intakeNoticeDueOn, taskClock, taskDueOn } from './clock.js';
export {
  type Command,
  type CommandType,
  commandSchema,
  type InstanceCommand,
  instanceCommandSchema,
  type TaskCommand,
  taskCommandSchema,
  type WorkTarget,
  workTargetSchema,
} from './commands.js';
export {
  ANY_DEPARTMENT,
  type Assignment,
  type ParallelGroup,
  type ProcessDefinition,
  processDefinitionSchema,
  STEP_KINDS,
  type StepDefinition,
  type StepKind,
  type TimeShare,
  type Transition as DefinitionTransition,
  WORK_ROLES,
  type WorkRole,
} from './definition.js';
export {
  type ActionRecord,
  type DomainEvent,
  type Effect,
  evolve,
  replay,
  type TaskChanges,
} from './effects.js';
export {
  ActionUnavailableError,
  TaskNotFoundError,
  WorkflowConflictError,
  WorkflowForbiddenError,
  WorkflowRuleError,
} from './errors.js';
export { activeSteps, type FlowPosition } from './flow.js';
export { workflowEngineMessages } from './messages.js';
export { type ParseResult, type Process, parseProcess } from './process.js';
export {
  type AcceptanceMode,
  type Actor,
  type ActorRole,
  type CorrectionItem,
  DELIVERY_CHANNELS,
  type Delivery,
  INSTANCE_STATUSES,
  INTAKE_STATUSES,
  type InstanceState,
  type InstanceStatus,
  type Intake,
  isActive,
  type Outcome,
  type Shortfall,
  type SupervisionOrder,
  SYSTEM_ACTOR,
  TASK_STATUSES,
  type Task,
  type TaskResult,
  type TaskStatus,
  TERMINAL_STATUSES,
} from './state.js';
export { ACTIONS_BY_STATUS, statusAllows } from './status-actions.js';
export { createInstance, execute, type NewInstance, type Transition } from './transitions.js';
