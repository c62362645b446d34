import { INSTANCE_ACTIONS, refusalOf, TASK_ACTIONS } from './actions.js';
import type { CommandType, InstanceCommand, TaskCommand } from './commands.js';
import type { Process } from './process.js';
import { type Actor, type InstanceState, isActive } from './state.js';

/** A button the UI may show: the command to send, with the revision to expect. */
export interface AvailableAction {
  type: CommandType;
  expectedRevision: number;
  /** Set for task actions. */
  taskId?: string;
  /** Return targets, decision outcomes or orders to answer: the only values the server will take. */
  choices?: readonly string[];
}

const keys = <T extends object>(table: T) => Object.keys(table) as (keyof T)[];

/** What `actor` may do now, per instance and per open task: exactly what `execute` would accept. */
export function availableActions(process: Process, state: InstanceState, actor: Actor): AvailableAction[] {
  const out: AvailableAction[] = [];
  const ctx = { process, state, actor };
  for (const type of keys(INSTANCE_ACTIONS) satisfies InstanceCommand['type'][]) {
    const spec = INSTANCE_ACTIONS[type];
    if (refusalOf(type, spec, ctx)) continue;
    const choices = spec.choices?.(ctx);
    out.push({ type, expectedRevision: state.revision, ...(choices ? { choices } : {}) });
  }
  for (const task of state.tasks.filter(isActive)) {
    const taskCtx = { ...ctx, task };
    for (const type of keys(TASK_ACTIONS) satisfies TaskCommand['type'][]) {
      const spec = TASK_ACTIONS[type];
      if (refusalOf(type, spec, taskCtx)) continue;
      const choices = spec.choices?.(taskCtx);
      out.push({ type, expectedRevision: task.revision, taskId: task.id, ...(choices ? { choices } : {}) });
    }
  }
  return out;
}
