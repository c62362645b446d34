import { startClock } from '../clock/index.js';
import {
  byHolder,
  closeTask,
  type Env,
  emit,
  type InstanceActions,
  type InstanceContext,
  moveFlow,
  skipOf,
  statusChange,
  stopClock,
  type TaskActions,
  type TaskContext,
  today,
} from './action-kit.js';
import type { Effect } from './effects.js';
import { WorkflowRuleError } from './errors.js';
import { afterStep, enter, OUTSIDE } from './flow.js';
import { isApplicant, isStaffOf, isSystem } from './guards.js';
import { leadDepartment, stepOf } from './process.js';
import { type AcceptanceMode, type Intake, isActive, type Task } from './state.js';

// Submission and the intake decisions (受理 / 不予受理 / 补正 / 容缺受理 / 告知承诺).

function enterIntake(ctx: InstanceContext, env: Env, event: string): Effect[] {
  const { process, state } = ctx;
  const to = stepOf(process, process.startStepId).kind === 'pre_review' ? 'pre_review' : 'submitted';
  return [
    { type: 'intake.changed', changes: { receivedOn: today(env) } },
    statusChange(state, state.status === 'draft' ? to : 'resubmitted'),
    ...moveFlow(ctx, enter(process, process.startStepId, skipOf(ctx)), env, []),
    emit(event),
  ];
}

/** Every way of accepting: the intake task ends, the clock starts, the back office gets its tasks. */
function acceptance(
  ctx: TaskContext,
  env: Env,
  mode: AcceptanceMode,
  changes: Partial<Intake> = {},
  note: string | null = null,
): Effect[] {
  const { process, state, task, actor } = ctx;
  // Deemed acceptance dates back to the day of receipt (Art. 32); the others take effect today.
  const on = mode === 'deemed' ? state.intake.receivedOn! : today(env);
  return [
    closeTask(task, actor, env, 'completed', { action: 'accept', outcome: mode, opinion: note }),
    { type: 'intake.changed', changes: { ...changes, acceptance: mode } },
    statusChange(state, 'accepted'),
    // The limits were checked at creation (createInstance), so the clock always starts.
    { type: 'clock.started', clock: startClock({ startDate: on, ...state.limits }) },
    ...moveFlow(ctx, afterStep(process, state.flow, task.stepId, skipOf(ctx)), env, [task.id]),
    emit('application.accepted', { mode, acceptedOn: on }),
  ];
}

const isIntakeTask = ({ process, task }: TaskContext) =>
  task.stepId === process.startStepId && task.countersignFor === null;

/** 容缺受理 and 告知承诺 rest on trust: not for applicants on the credit blacklist. */
const isTrusted = (ctx: TaskContext) => isIntakeTask(ctx) && !ctx.state.applicant.onCreditBlacklist;

const intakeTask = ({ process, state }: InstanceContext): Task | undefined =>
  state.tasks.find((t) => t.stepId === process.startStepId && t.countersignFor === null && isActive(t));

export const intakeInstanceActions: Pick<
  InstanceActions,
  'submit' | 'resubmit' | 'withdraw' | 'deemAccepted' | 'supplyShortfall'
> = {
  submit: {
    who: ({ state, actor }) => isApplicant(state, actor),
    when: () => true,
    effects: (ctx, _command, env) => enterIntake(ctx, env, 'application.submitted'),
  },
  resubmit: {
    who: ({ state, actor }) => isApplicant(state, actor),
    when: () => true,
    effects: (ctx, _command, env) => enterIntake(ctx, env, 'application.resubmitted'),
  },
  withdraw: {
    who: ({ state, actor }) => isApplicant(state, actor),
    when: () => true,
    effects: (ctx, command, env) => [
      ...moveFlow(ctx, OUTSIDE, env, []),
      ...stopClock(ctx.state, env),
      statusChange(ctx.state, 'withdrawn'),
      emit('application.withdrawn', { reason: command.reason }),
    ],
  },
  deemAccepted: {
    who: ({ actor }) => isSystem(actor),
    when: (ctx) => intakeTask(ctx) !== undefined,
    effects: (ctx, _command, env) => acceptance({ ...ctx, task: intakeTask(ctx)! }, env, 'deemed'),
  },
  supplyShortfall: {
    // 一窗: the materials may be handed in at any window, or to the deciding department.
    who: ({ process, actor }) =>
      actor.roles.includes('window_clerk') || isStaffOf(leadDepartment(process), actor),
    when: ({ state }) => state.intake.shortfall !== null && state.intake.shortfall.suppliedAt === null,
    effects: ({ state }, command, env) => [
      { type: 'intake.changed', changes: { shortfall: { ...state.intake.shortfall!, suppliedAt: env.at } } },
      emit('application.shortfall_supplied', { note: command.note ?? null }),
    ],
  },
};

export const intakeTaskActions: Pick<
  TaskActions,
  'accept' | 'acceptWithShortfall' | 'acceptOnCommitment' | 'refuse' | 'requestCorrection'
> = {
  accept: {
    who: byHolder,
    when: isIntakeTask,
    effects: (ctx, command, env) => acceptance(ctx, env, 'standard', {}, command.note ?? null),
  },
  acceptWithShortfall: {
    who: byHolder,
    when: isTrusted,
    effects: (ctx, command, env) => {
      const key = command.missing.find((m) => m.key);
      // Only non-key materials may be missing (容缺); a key one means correction or refusal.
      if (key) throw new WorkflowRuleError('workflow.shortfall_key_material', { material: key.material });
      if (command.dueOn <= today(env)) throw new WorkflowRuleError('workflow.due_date_past');
      const shortfall = {
        missing: command.missing.map((m) => m.material),
        dueOn: command.dueOn,
        commitmentRef: command.commitmentRef,
        suppliedAt: null,
      };
      return acceptance(ctx, env, 'shortfall', { shortfall });
    },
  },
  acceptOnCommitment: {
    who: byHolder,
    // A commitment is only worth accepting when the process verifies it later.
    when: (ctx) => isTrusted(ctx) && ctx.process.definition.steps.some((s) => s.kind === 'verify_commitment'),
    effects: (ctx, command, env) =>
      acceptance(ctx, env, 'commitment', {
        commitment: { commitmentRef: command.commitmentRef, truthful: null },
      }),
  },
  refuse: {
    who: byHolder,
    when: isIntakeTask,
    effects: (ctx, command, env) => [
      closeTask(ctx.task, ctx.actor, env, 'completed', {
        action: 'refuse',
        outcome: null,
        opinion: command.reason,
      }),
      { type: 'intake.changed', changes: { refusalReason: command.reason } },
      statusChange(ctx.state, 'refused'),
      ...moveFlow(ctx, OUTSIDE, env, [ctx.task.id]),
      emit('application.refused', { reason: command.reason }),
    ],
  },
  requestCorrection: {
    who: byHolder,
    when: isIntakeTask,
    effects: (ctx, command, env) => [
      closeTask(ctx.task, ctx.actor, env, 'completed', {
        action: 'requestCorrection',
        outcome: null,
        opinion: null,
      }),
      { type: 'intake.changed', changes: { correction: { items: command.items, requestedAt: env.at } } },
      statusChange(ctx.state, 'correction_requested'),
      ...moveFlow(ctx, OUTSIDE, env, [ctx.task.id]),
      emit('application.correction_requested', { items: command.items }),
    ],
  },
};
