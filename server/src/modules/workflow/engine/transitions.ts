import { ClockProblemError, limitsProblem } from '../clock/index.js';
import { type Env, statusChange } from './action-kit.js';
import { INSTANCE_ACTIONS, type Refusal, refusalOf, TASK_ACTIONS } from './actions.js';
import { type Command, type InstanceCommand, isTaskCommand, type TaskCommand } from './commands.js';
import { type ActionRecord, type Effect, evolve } from './effects.js';
import {
  ActionUnavailableError,
  TaskNotFoundError,
  WorkflowConflictError,
  WorkflowForbiddenError,
} from './errors.js';
import { OUTSIDE } from './flow.js';
import type { Process } from './process.js';
import { type Actor, type InstanceState, isActive } from './state.js';

/** The outcome of an accepted action: the new state and, in order, everything that made it. */
export interface Transition {
  state: InstanceState;
  effects: Effect[];
}

function commit(state: InstanceState, effects: Effect[]): Transition {
  return { state: effects.reduce(evolve, state), effects };
}

function recorded(state: InstanceState, actor: Actor, command: Command, env: Env): Effect {
  // The envelope goes into the record's own columns; the rest is the payload.
  const { type, expectedRevision, taskId = null, ...payload } = command as Command & { taskId?: string };
  const action: ActionRecord = {
    id: env.newId(),
    type,
    revision: state.revision + 1,
    actorId: actor.id,
    at: env.at,
    taskId,
    payload,
  };
  return { type: 'action.recorded', action };
}

function refuse(refusal: Refusal | null, command: Command, state: InstanceState): void {
  if (refusal === 'forbidden') throw new WorkflowForbiddenError(command.type);
  if (refusal === 'unavailable') throw new ActionUnavailableError(command.type, state.status);
}

export interface NewInstance {
  id: string;
  definitionId: string;
  applicant: InstanceState['applicant'];
  legalLimitDays: number;
  promisedLimitDays: number;
}

/**
 * A draft instance. Who may open one (the applicant online, a clerk for a walk-in) is the
 * caller's check. Limits the clock cannot run with are a ClockProblemError (422, clock.*).
 */
export function createInstance(input: NewInstance, actor: Actor, env: Env): Transition {
  const limits = { legalLimitDays: input.legalLimitDays, promisedLimitDays: input.promisedLimitDays };
  const problem = limitsProblem(limits);
  if (problem) throw new ClockProblemError(problem);
  const state: InstanceState = {
    id: input.id,
    definitionId: input.definitionId,
    status: 'draft',
    outcome: null,
    revision: 0,
    applicant: input.applicant,
    flow: OUTSIDE,
    tasks: [],
    intake: {
      receivedOn: null,
      acceptance: null,
      correction: null,
      refusalReason: null,
      shortfall: null,
      commitment: null,
    },
    limits,
    clock: null,
    supervisionOrders: [],
    delivery: null,
    createdAt: env.at,
    updatedAt: env.at,
  };
  const created: ActionRecord = {
    id: env.newId(),
    type: 'create',
    revision: 1,
    actorId: actor.id,
    at: env.at,
    taskId: null,
    payload: { definitionId: input.definitionId },
  };
  return commit(state, [
    { type: 'instance.created', state },
    { type: 'action.recorded', action: created },
  ]);
}

function executeInstance<K extends InstanceCommand['type']>(
  process: Process,
  state: InstanceState,
  actor: Actor,
  command: Extract<InstanceCommand, { type: K }>,
  env: Env,
): Transition {
  if (command.expectedRevision !== state.revision)
    throw new WorkflowConflictError(command.expectedRevision, state.revision);
  const spec: (typeof INSTANCE_ACTIONS)[K] = INSTANCE_ACTIONS[command.type];
  const ctx = { process, state, actor };
  refuse(refusalOf(command.type, spec, ctx), command, state);
  return commit(state, [recorded(state, actor, command, env), ...spec.effects(ctx, command, env)]);
}

function executeTask<K extends TaskCommand['type']>(
  process: Process,
  state: InstanceState,
  actor: Actor,
  command: Extract<TaskCommand, { type: K }>,
  env: Env,
): Transition {
  const task = state.tasks.find((t) => t.id === command.taskId);
  if (!task) throw new TaskNotFoundError(command.taskId);
  // The task's own revision: work in one branch never goes stale because another branch moved.
  if (command.expectedRevision !== task.revision)
    throw new WorkflowConflictError(command.expectedRevision, task.revision);
  if (!isActive(task)) throw new ActionUnavailableError(command.type, state.status);
  const spec: (typeof TASK_ACTIONS)[K] = TASK_ACTIONS[command.type];
  refuse(refusalOf(command.type, spec, { process, state, actor, task }), command, state);
  // The first act of the back office on an accepted case starts its review.
  const started = state.status === 'accepted' ? [statusChange(state, 'in_review')] : [];
  const ctx = { process, state: started.reduce(evolve, state), actor, task };
  return commit(state, [
    recorded(state, actor, command, env),
    ...started,
    ...spec.effects(ctx, command, env),
  ]);
}

/**
 * Applies one command. Checks, in order: the expected revision (else a conflict), who
 * may act, whether the status and the case allow it, then the command's own rules; on
 * success returns the new state and the effects a repository writes in one transaction.
 * Never mutates `state`.
 */
export function execute(
  process: Process,
  state: InstanceState,
  actor: Actor,
  command: Command,
  env: Env,
): Transition {
  return isTaskCommand(command)
    ? executeTask(process, state, actor, command, env)
    : executeInstance(process, state, actor, command, env);
}
