import { businessDateOf } from '../../../platform/calendar/index.js';
import { type ClockEntry, openSuspensionOf, recordEntry, type StatutoryClock } from '../clock/index.js';
import type { InstanceCommand, TaskCommand } from './commands.js';
import type { DomainEvent, Effect, TaskChanges } from './effects.js';
import { activeSteps, type FlowPosition, type SkipStep } from './flow.js';
import { holds } from './guards.js';
import { budgetDays, type Process, stepOf } from './process.js';
import {
  type Actor,
  type InstanceState,
  type InstanceStatus,
  isActive,
  type Outcome,
  type Task,
  type TaskResult,
} from './state.js';

/** What the caller supplies so that the engine stays pure: the time, and fresh ids. */
export interface Env {
  at: string;
  newId: () => string;
}

export interface InstanceContext {
  process: Process;
  state: InstanceState;
  actor: Actor;
}

export interface TaskContext extends InstanceContext {
  task: Task;
}

/**
 * One action. `who` and `when` answer both "may the server do it" (transitions.ts) and
 * "may the UI offer it" (available-actions.ts), so the two cannot disagree. Whether the
 * status allows the action at all is the table in status-actions.ts.
 */
export interface InstanceAction<C extends InstanceCommand> {
  who(ctx: InstanceContext): boolean;
  when(ctx: InstanceContext): boolean;
  /** The choices on offer (e.g. the orders to answer); the action is unavailable without any. */
  choices?(ctx: InstanceContext): readonly string[];
  effects(ctx: InstanceContext, command: C, env: Env): Effect[];
}

export interface TaskAction<C extends TaskCommand> {
  who(ctx: TaskContext): boolean;
  when(ctx: TaskContext): boolean;
  /** The choices on offer (return targets, decision outcomes); the action is unavailable without any. */
  choices?(ctx: TaskContext): readonly string[];
  effects(ctx: TaskContext, command: C, env: Env): Effect[];
}

export type InstanceActions = {
  [K in InstanceCommand['type']]: InstanceAction<Extract<InstanceCommand, { type: K }>>;
};
export type TaskActions = { [K in TaskCommand['type']]: TaskAction<Extract<TaskCommand, { type: K }>> };

/** The business date (Asia/Shanghai) of the action. */
export const today = (env: Env) => businessDateOf(new Date(env.at));

export function emit(name: string, payload: DomainEvent['payload'] = {}): Effect {
  return { type: 'event.emitted', event: { name, payload } };
}

export function statusChange(
  state: InstanceState,
  to: InstanceStatus,
  outcome: Outcome | null = state.outcome,
): Effect {
  return { type: 'status.changed', from: state.status, to, outcome };
}

export function changeTask(task: Task, changes: TaskChanges): Effect {
  return { type: 'task.changed', taskId: task.id, revision: task.revision + 1, changes };
}

/** Closes a task in an end status; whoever acts on an open task has claimed it by doing so. */
export function closeTask(
  task: Task,
  actor: Actor,
  env: Env,
  status: 'completed' | 'returned' | 'transferred',
  result: TaskResult | null,
): Effect {
  return changeTask(task, { status, assigneeId: actor.id, closedAt: env.at, result });
}

/** Verification runs only for an approval granted on a commitment (告知承诺). */
export function skipFor(process: Process, hasCommitment: boolean, outcome: Outcome | null): SkipStep {
  return (stepId) =>
    stepOf(process, stepId).kind === 'verify_commitment' && !(hasCommitment && outcome === 'approved');
}

export function skipOf(ctx: InstanceContext): SkipStep {
  return skipFor(ctx.process, ctx.state.intake.commitment !== null, ctx.state.outcome);
}

function newStepTask(ctx: InstanceContext, stepId: string, env: Env): Task {
  const step = stepOf(ctx.process, stepId);
  return {
    id: env.newId(),
    stepId,
    kind: step.kind,
    countersignFor: null,
    transferredFrom: null,
    assignment: step.assignment,
    assigneeId: null,
    status: 'open',
    revision: 1,
    budgetDays: budgetDays(step, ctx.state.limits.promisedLimitDays),
    stepOpenedAt: env.at,
    openedAt: env.at,
    closedAt: null,
    result: null,
  };
}

/**
 * Moves the flow: tasks of steps no longer active are cancelled (countersignatures
 * included), steps newly active get a task. `closing` are the tasks the action closes
 * itself, with their own end status.
 */
export function moveFlow(
  ctx: InstanceContext,
  to: FlowPosition,
  env: Env,
  closing: readonly string[],
): Effect[] {
  const before = activeSteps(ctx.process, ctx.state.flow);
  const after = activeSteps(ctx.process, to);
  const cancel = ctx.state.tasks
    .filter((t) => isActive(t) && !after.includes(t.stepId) && !closing.includes(t.id))
    .map((t) => changeTask(t, { status: 'cancelled', closedAt: env.at }));
  const open = after
    .filter((s) => !before.includes(s))
    .map((s): Effect => ({ type: 'task.created', task: newStepTask(ctx, s, env) }));
  return [...cancel, { type: 'flow.moved', flow: to }, ...open];
}

/**
 * Records entries in the case's ledger by the clock module's rules (`recordEntry`): a
 * refusal throws its ClockProblemError, problem+json with a clock.* code (409 when the
 * ledger's state is in the way, e.g. a date before the last entry's; otherwise 422).
 */
export function recordClock(state: InstanceState, ...entries: ClockEntry[]): Effect[] {
  if (!state.clock) throw new Error('the clock has not started');
  let clock: StatutoryClock = state.clock;
  return entries.map((entry): Effect => {
    clock = recordEntry(clock, entry);
    return { type: 'clock.recorded', entry: clock.entries.at(-1)! };
  });
}

/** Stops the clock at the decision or a withdrawal, ending an open suspension the same day; none before acceptance. */
export function stopClock(state: InstanceState, env: Env): Effect[] {
  if (!state.clock) return [];
  const date = today(env);
  const resume: ClockEntry[] = openSuspensionOf(state.clock) ? [{ type: 'resume', date }] : [];
  return recordClock(state, ...resume, { type: 'stop', date });
}

/** Open countersignatures hold their step: the task that asked for them cannot finish first. */
export function countersignsOpen(state: InstanceState, task: Task): boolean {
  return state.tasks.some((t) => t.stepId === task.stepId && t.countersignFor !== null && isActive(t));
}

/** The usual `who` of a task action: the task's holder (see guards.ts). */
export const byHolder = ({ task, actor }: TaskContext) => holds(task, actor);
