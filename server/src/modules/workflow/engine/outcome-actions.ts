import {
  byHolder,
  closeTask,
  countersignsOpen,
  emit,
  type InstanceActions,
  moveFlow,
  skipFor,
  skipOf,
  statusChange,
  stopClock,
  type TaskActions,
  type TaskContext,
} from './action-kit.js';
import { WorkflowRuleError } from './errors.js';
import { afterStep, OUTSIDE } from './flow.js';
import { isStaffOf } from './guards.js';
import { leadDepartment } from './process.js';
import type { Outcome } from './state.js';

// The opinions and results: review, decide, deliver, verify a commitment, complete (办结).

/** The step's own task, not a co-signer's, once every countersignature is in. */
const ownTaskReady = ({ state, task }: TaskContext) =>
  task.countersignFor === null && !countersignsOpen(state, task);

/** 容缺受理: the back office may review, but approving waits for the missing materials. */
const decisionChoices = ({ state }: TaskContext) =>
  state.intake.shortfall && !state.intake.shortfall.suppliedAt ? ['deny'] : ['approve', 'deny'];

export const outcomeTaskActions: Pick<TaskActions, 'review' | 'decide' | 'deliver' | 'verifyCommitment'> = {
  review: {
    who: byHolder,
    // A co-signer's task is always finished with an opinion, whatever its step.
    when: (ctx) =>
      ctx.task.countersignFor !== null ||
      ((ctx.task.kind === 'review' || ctx.task.kind === 'custom') && ownTaskReady(ctx)),
    effects: (ctx, command, env) => {
      const { process, state, task, actor } = ctx;
      const done = closeTask(task, actor, env, 'completed', {
        action: 'review',
        outcome: command.verdict,
        opinion: command.opinion,
      });
      if (task.countersignFor !== null) return [done];
      return [
        done,
        ...moveFlow(ctx, afterStep(process, state.flow, task.stepId, skipOf(ctx)), env, [task.id]),
      ];
    },
  },
  decide: {
    who: byHolder,
    when: (ctx) => ctx.task.kind === 'decide' && ownTaskReady(ctx),
    choices: decisionChoices,
    effects: (ctx, command, env) => {
      const { process, state, task, actor } = ctx;
      if (!decisionChoices(ctx).includes(command.outcome))
        throw new WorkflowRuleError('workflow.shortfall_outstanding');
      if (command.outcome === 'deny' && !command.legalBasis)
        throw new WorkflowRuleError('workflow.denial_needs_basis');
      const outcome: Outcome = command.outcome === 'approve' ? 'approved' : 'denied';
      const skip = skipFor(process, state.intake.commitment !== null, outcome);
      return [
        closeTask(task, actor, env, 'completed', {
          action: 'decide',
          outcome: command.outcome,
          opinion: command.opinion,
        }),
        ...stopClock(state, env),
        statusChange(state, 'decided', outcome),
        ...moveFlow(ctx, afterStep(process, state.flow, task.stepId, skip), env, [task.id]),
        emit(`application.${outcome}`, { opinion: command.opinion, legalBasis: command.legalBasis ?? null }),
      ];
    },
  },
  deliver: {
    who: byHolder,
    when: (ctx) => ctx.task.kind === 'deliver' && ownTaskReady(ctx),
    effects: (ctx, command, env) => {
      const { process, state, task, actor } = ctx;
      if (command.channel === 'post' && !command.trackingNo)
        throw new WorkflowRuleError('workflow.tracking_number_required');
      const delivery = {
        channel: command.channel,
        trackingNo: command.trackingNo ?? null,
        place: command.place ?? null,
        by: actor.id,
        at: env.at,
      };
      return [
        closeTask(task, actor, env, 'completed', {
          action: 'deliver',
          outcome: command.channel,
          opinion: null,
        }),
        { type: 'delivery.recorded', delivery },
        ...(state.status === 'delivered' ? [] : [statusChange(state, 'delivered')]),
        ...moveFlow(ctx, afterStep(process, state.flow, task.stepId, skipOf(ctx)), env, [task.id]),
        emit('application.delivered', { channel: command.channel }),
      ];
    },
  },
  verifyCommitment: {
    who: byHolder,
    when: (ctx) =>
      ctx.task.kind === 'verify_commitment' && ownTaskReady(ctx) && ctx.state.intake.commitment !== null,
    effects: (ctx, command, env) => {
      const { process, state, task, actor } = ctx;
      const done = closeTask(task, actor, env, 'completed', {
        action: 'verifyCommitment',
        outcome: command.truthful ? 'truthful' : 'false',
        opinion: command.opinion,
      });
      const commitment = { ...state.intake.commitment!, truthful: command.truthful };
      // A false commitment revokes the approval it obtained (告知承诺: 承诺不实的，撤销).
      const rest = command.truthful
        ? moveFlow(ctx, afterStep(process, state.flow, task.stepId, skipOf(ctx)), env, [task.id])
        : [
            ...moveFlow(ctx, OUTSIDE, env, [task.id]),
            statusChange(state, 'revoked'),
            emit('application.revoked', { opinion: command.opinion }),
          ];
      return [done, { type: 'intake.changed', changes: { commitment } }, ...rest];
    },
  },
};

export const outcomeInstanceActions: Pick<InstanceActions, 'complete'> = {
  complete: {
    // 办结 is the deciding department's word that nothing is left to do.
    who: ({ process, actor }) => isStaffOf(leadDepartment(process), actor),
    when: ({ state }) => state.flow.node === null,
    effects: ({ state }) => [statusChange(state, 'completed'), emit('application.completed')],
  },
};
