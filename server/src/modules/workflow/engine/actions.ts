import type { InstanceActions, InstanceContext, TaskActions } from './action-kit.js';
import { clockActions } from './clock-actions.js';
import type { CommandType } from './commands.js';
import { intakeInstanceActions, intakeTaskActions } from './intake-actions.js';
import { outcomeInstanceActions, outcomeTaskActions } from './outcome-actions.js';
import { statusAllows } from './status-actions.js';
import { supervisionActions } from './supervision-actions.js';
import { taskActions } from './task-actions.js';

// Every action, by command type: the type system checks that none is missing.

export const INSTANCE_ACTIONS: InstanceActions = {
  ...intakeInstanceActions,
  ...clockActions,
  ...supervisionActions,
  ...outcomeInstanceActions,
};

export const TASK_ACTIONS: TaskActions = { ...intakeTaskActions, ...taskActions, ...outcomeTaskActions };

export type Refusal = 'forbidden' | 'unavailable';

interface Guarded<Ctx> {
  who(ctx: Ctx): boolean;
  when(ctx: Ctx): boolean;
  choices?(ctx: Ctx): readonly string[];
}

/**
 * Why an action cannot be taken now, or null when it can: the one answer both the server
 * (which then throws) and availableActions (which then leaves the button out) rely on.
 * A task action's task must be open or claimed; callers check that first.
 */
export function refusalOf<Ctx extends InstanceContext>(
  type: CommandType,
  spec: Guarded<Ctx>,
  ctx: Ctx,
): Refusal | null {
  if (!spec.who(ctx)) return 'forbidden';
  if (!statusAllows(ctx.state.status, type) || !spec.when(ctx)) return 'unavailable';
  if (spec.choices && spec.choices(ctx).length === 0) return 'unavailable';
  return null;
}
