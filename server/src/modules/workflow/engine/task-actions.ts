import {
  byHolder,
  changeTask,
  closeTask,
  moveFlow,
  skipOf,
  type TaskActions,
  type TaskContext,
} from './action-kit.js';
import type { WorkTarget } from './commands.js';
import type { StepKind } from './definition.js';
import { WorkflowRuleError } from './errors.js';
import { returnTo } from './flow.js';
import { canTake, holds, isHeadOf } from './guards.js';
import { returnTargets } from './process.js';
import type { Task } from './state.js';

// Moving work between people: claim, release, transfer, countersign, return.

/** Steps whose work is an opinion a second signature can share (not intake notices or deliveries). */
const COUNTERSIGN_KINDS: readonly StepKind[] = ['review', 'decide', 'custom'];

function assigned(target: WorkTarget) {
  return {
    assignment: { department: target.department, role: target.role },
    assigneeId: target.assigneeId ?? null,
  };
}

/** A task that carries on the same step's work (and budget) for someone else. */
function successor(task: Task, target: WorkTarget, id: string, at: string, fields: Partial<Task>): Task {
  return {
    ...task,
    ...assigned(target),
    id,
    status: 'open',
    revision: 1,
    openedAt: at,
    closedAt: null,
    result: null,
    transferredFrom: null,
    ...fields,
  };
}

const targetsOf = (ctx: TaskContext) =>
  returnTargets(ctx.process, ctx.task.stepId).filter((s) => !skipOf(ctx)(s));

export const taskActions: Pick<TaskActions, 'claim' | 'release' | 'transfer' | 'countersign' | 'returnTo'> = {
  claim: {
    who: ({ task, actor }) => canTake(task, actor),
    when: ({ task }) => task.status === 'open',
    effects: ({ task, actor }) => [changeTask(task, { status: 'claimed', assigneeId: actor.id })],
  },
  release: {
    // The head may free a task a colleague left claimed, e.g. when they are away.
    who: ({ task, actor }) => task.assigneeId === actor.id || isHeadOf(task.assignment.department, actor),
    when: ({ task }) => task.status === 'claimed',
    effects: ({ task }) => [changeTask(task, { status: 'open', assigneeId: null })],
  },
  transfer: {
    who: ({ task, actor }) => holds(task, actor) || isHeadOf(task.assignment.department, actor),
    when: () => true,
    effects: ({ task }, command, env) => [
      // The claimant stays on record: a head may transfer a colleague's task.
      changeTask(task, {
        status: 'transferred',
        closedAt: env.at,
        result: { action: 'transfer', outcome: null, opinion: command.reason },
      }),
      {
        type: 'task.created',
        task: successor(task, command.to, env.newId(), env.at, { transferredFrom: task.id }),
      },
    ],
  },
  countersign: {
    who: byHolder,
    when: ({ task }) => COUNTERSIGN_KINDS.includes(task.kind) && task.countersignFor === null,
    effects: ({ task, actor }, command, env) => [
      // Asking is working the task: an open one is claimed by it, and its revision moves
      // even when already claimed, so a repeated request is a conflict, not a second co-signer.
      changeTask(task, { status: 'claimed', assigneeId: actor.id }),
      {
        type: 'task.created',
        task: successor(task, command.with, env.newId(), env.at, { countersignFor: task.id }),
      },
    ],
  },
  returnTo: {
    who: byHolder,
    when: ({ task }) => task.countersignFor === null,
    choices: targetsOf,
    effects: (ctx, command, env) => {
      const { process, state, task, actor } = ctx;
      if (!targetsOf(ctx).includes(command.stepId))
        throw new WorkflowRuleError('workflow.return_target', { stepId: command.stepId });
      return [
        closeTask(task, actor, env, 'returned', {
          action: 'returnTo',
          outcome: command.stepId,
          opinion: command.reason,
        }),
        ...moveFlow(ctx, returnTo(process, state.flow, command.stepId), env, [task.id]),
      ];
    },
  },
};
