import { describe, expect, it } from 'vitest';
import { composeCalendar } from '../../../platform/calendar/index.js';
import { ClockProblemError, projectClock, stopOf } from '../clock/index.js';
import {
  ActionUnavailableError,
  type Actor,
  availableActions,
  type Command,
  type CommandType,
  createInstance,
  type Effect,
  execute,
  type InstanceState,
  type Process,
  parseProcess,
  replay,
  SYSTEM_ACTOR,
  TaskNotFoundError,
  WorkflowConflictError,
  WorkflowForbiddenError,
  WorkflowRuleError,
} from './index.js';

// Examples on one definition: intake at any window → three departments in parallel
// (自然资源 with a head's sign-off, 住建, 生态环境) → decision → delivery → verification
// of a commitment (run only for 告知承诺).
const JOINT_REVIEW = {
  steps: [
    {
      id: 'intake',
      kind: 'intake',
      name: '受理',
      assignment: { department: '*', role: 'window_clerk' },
      timeShare: { workingDays: 1 },
    },
    {
      id: 'review-zrzy',
      kind: 'review',
      name: '自然资源审查',
      assignment: { department: 'FS-ZRZY', role: 'reviewer' },
      timeShare: { fraction: 0.3 },
    },
    {
      id: 'sign-zrzy',
      kind: 'review',
      name: '自然资源科长审核',
      assignment: { department: 'FS-ZRZY', role: 'dept_head' },
      timeShare: { fraction: 0.1 },
    },
    {
      id: 'review-zj',
      kind: 'review',
      name: '住建审查',
      assignment: { department: 'FS-ZJ', role: 'reviewer' },
      timeShare: { fraction: 0.4 },
    },
    {
      id: 'review-st',
      kind: 'review',
      name: '生态环境审查',
      assignment: { department: 'FS-ST', role: 'reviewer' },
      timeShare: { fraction: 0.4 },
    },
    {
      id: 'decide',
      kind: 'decide',
      name: '决定',
      assignment: { department: 'FS-ZRZY', role: 'approver' },
      timeShare: { fraction: 0.2 },
    },
    {
      id: 'deliver',
      kind: 'deliver',
      name: '送达',
      assignment: { department: '*', role: 'window_clerk' },
      timeShare: { workingDays: 2 },
    },
    {
      id: 'verify',
      kind: 'verify_commitment',
      name: '承诺核查',
      assignment: { department: 'FS-ZRZY', role: 'reviewer' },
      timeShare: { workingDays: 20 },
    },
  ],
  parallelGroups: [
    { id: 'joint', name: '并联审查', branches: [['review-zrzy', 'sign-zrzy'], ['review-zj'], ['review-st']] },
  ],
  transitions: [
    { from: 'intake', to: 'joint', kind: 'next' },
    { from: 'joint', to: 'decide', kind: 'next' },
    { from: 'decide', to: 'deliver', kind: 'next' },
    { from: 'deliver', to: 'verify', kind: 'next' },
    { from: 'decide', to: 'review-zj', kind: 'return' },
    { from: 'sign-zrzy', to: 'review-zrzy', kind: 'return' },
  ],
};

const parsed = parseProcess(JOINT_REVIEW);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
const process: Process = parsed.process;

const person = (id: string): Actor => ({ id, roles: ['person'], departmentCode: null });
const staff = (id: string, departmentCode: string, ...roles: Actor['roles']): Actor => ({
  id,
  roles,
  departmentCode,
});
const applicant = person('applicant');
const clerk = staff('clerk', 'CC-ZSJ', 'window_clerk');
const zrzy = staff('zrzy-reviewer', 'FS-ZRZY', 'reviewer');
const zrzyHead = staff('zrzy-head', 'FS-ZRZY', 'dept_head');
const zj = staff('zj-reviewer', 'FS-ZJ', 'reviewer');
const st = staff('st-reviewer', 'FS-ST', 'reviewer');
const approver = staff('approver-1', 'FS-ZRZY', 'approver');
const approver2 = staff('approver-2', 'FS-ZRZY', 'approver');

let sequence = 0;
const env = (at = '2025-03-03T02:00:00Z') => ({ at, newId: () => `id-${++sequence}` });

/** Runs an action the actor is offered (on the task of `stepId` when given), as the UI would. */
function act(
  state: InstanceState,
  actor: Actor,
  type: CommandType,
  payload: Record<string, unknown> = {},
  stepId?: string,
) {
  const offer = availableActions(process, state, actor).find(
    (a) => a.type === type && (!stepId || state.tasks.find((t) => t.id === a.taskId)?.stepId === stepId),
  );
  if (!offer) throw new Error(`${actor.id} is not offered ${type}${stepId ? ` on ${stepId}` : ''}`);
  const { choices: _, ...envelope } = offer;
  return execute(process, state, actor, { ...envelope, ...payload } as Command, env());
}

function draft(onCreditBlacklist = false) {
  return createInstance(
    {
      id: 'app-1',
      definitionId: 'matter-v1',
      applicant: { accountId: applicant.id, onCreditBlacklist },
      legalLimitDays: 20,
      promisedLimitDays: 10,
    },
    applicant,
    env(),
  );
}

/** A submitted and accepted case, with its effect log so far. */
function accepted(mode: 'accept' | 'acceptOnCommitment' = 'accept') {
  const log: Effect[] = [];
  let state = draft().state;
  log.push(...draft().effects);
  for (const [actor, type, payload] of [
    [applicant, 'submit', {}],
    [clerk, mode, mode === 'accept' ? {} : { commitmentRef: 'commitment-1' }],
  ] as const) {
    const t = act(state, actor, type, payload);
    state = t.state;
    log.push(...t.effects);
  }
  return { state, log };
}

const openSteps = (state: InstanceState) =>
  state.tasks.filter((t) => t.status === 'open' || t.status === 'claimed').map((t) => t.stepId);
const events = (effects: Effect[]) =>
  effects.flatMap((e) => (e.type === 'event.emitted' ? [e.event.name] : []));
const review = { verdict: 'agree', opinion: '同意' };

describe('a joint review from intake to completion', () => {
  it('runs the three departments in parallel and joins before the decision', () => {
    let { state, log } = accepted();
    expect(state.status).toBe('accepted');
    expect(openSteps(state).sort()).toEqual(['review-st', 'review-zj', 'review-zrzy']);
    const step = (t: { state: InstanceState; effects: Effect[] }) => {
      state = t.state;
      log.push(...t.effects);
    };

    step(act(state, zj, 'review', review));
    expect(state.status).toBe('in_review');
    step(act(state, st, 'review', review));
    // Two branches are through; the join still waits for 自然资源 (review, then the head's sign-off).
    expect(openSteps(state)).toEqual(['review-zrzy']);
    expect(availableActions(process, state, approver)).toEqual([]);
    step(act(state, zrzy, 'review', review));
    expect(openSteps(state)).toEqual(['sign-zrzy']);
    step(act(state, zrzyHead, 'review', review));
    expect(openSteps(state)).toEqual(['decide']);

    step(act(state, approver, 'decide', { outcome: 'approve', opinion: '准予许可' }));
    expect(state).toMatchObject({ status: 'decided', outcome: 'approved' });
    expect(stopOf(state.clock!)?.date).toBe('2025-03-03');
    step(act(state, clerk, 'deliver', { channel: 'electronic' }));
    // No commitment was given, so verification is passed over and the flow has ended.
    expect(state).toMatchObject({ status: 'delivered', flow: { node: null } });
    step(act(state, approver, 'complete'));
    expect(state.status).toBe('completed');

    expect(events(log)).toEqual([
      'application.submitted',
      'application.accepted',
      'application.approved',
      'application.delivered',
      'application.completed',
    ]);
    expect(state.revision).toBe(10);
    expect(replay(JSON.parse(JSON.stringify(log)))).toEqual(state);
    expect(availableActions(process, state, approver)).toEqual([]);
  });

  it('lets parallel branches act on the revisions they loaded, without conflicts between them', () => {
    const { state } = accepted();
    const zjTask = state.tasks.find((t) => t.stepId === 'review-zj')!;
    const stTask = state.tasks.find((t) => t.stepId === 'review-st')!;
    const first = execute(
      process,
      state,
      zj,
      { type: 'review', taskId: zjTask.id, expectedRevision: zjTask.revision, ...review } as Command,
      env(),
    );
    const second = execute(
      process,
      first.state,
      st,
      { type: 'review', taskId: stTask.id, expectedRevision: stTask.revision, ...review } as Command,
      env(),
    );
    expect(second.state.revision).toBe(state.revision + 2);
  });

  it('gives exactly one decision when two approvers decide at once', () => {
    let { state } = accepted();
    for (const [actor, stepId] of [
      [zj, 'review-zj'],
      [st, 'review-st'],
      [zrzy, 'review-zrzy'],
      [zrzyHead, 'sign-zrzy'],
    ] as const)
      state = act(state, actor, 'review', review, stepId).state;
    const task = state.tasks.find((t) => t.stepId === 'decide')!;
    const decide = (outcome: string) =>
      ({
        type: 'decide',
        taskId: task.id,
        expectedRevision: task.revision,
        outcome,
        opinion: '意见',
        legalBasis: '《行政许可法》第三十八条',
      }) as Command;
    const first = execute(process, state, approver, decide('approve'), env());
    expect(() => execute(process, first.state, approver2, decide('deny'), env())).toThrow(
      WorkflowConflictError,
    );
    expect(first.state.outcome).toBe('approved');
  });
});

describe('moving work', () => {
  it('returns from the decision to one department: only that branch is redone', () => {
    let { state } = accepted();
    for (const [actor, stepId] of [
      [zj, 'review-zj'],
      [st, 'review-st'],
      [zrzy, 'review-zrzy'],
      [zrzyHead, 'sign-zrzy'],
    ] as const)
      state = act(state, actor, 'review', review, stepId).state;
    const offer = availableActions(process, state, approver).find((a) => a.type === 'returnTo');
    expect(offer?.choices).toEqual(['review-zj']);
    state = act(state, approver, 'returnTo', { stepId: 'review-zj', reason: '请补充消防意见' }).state;
    expect(openSteps(state)).toEqual(['review-zj']);
    expect(state.tasks.filter((t) => t.stepId === 'decide').map((t) => t.status)).toEqual(['returned']);
    state = act(state, zj, 'review', review).state;
    expect(openSteps(state)).toEqual(['decide']);
  });

  it('returns within a branch without touching the other branches', () => {
    let { state } = accepted();
    state = act(state, zrzy, 'review', review).state;
    state = act(state, zrzyHead, 'returnTo', { stepId: 'review-zrzy', reason: '坐标有误' }).state;
    expect(openSteps(state).sort()).toEqual(['review-st', 'review-zj', 'review-zrzy']);
    const zjTasks = state.tasks.filter((t) => t.stepId === 'review-zj');
    expect(zjTasks).toHaveLength(1);
  });

  it('holds a step until its countersignatures are in', () => {
    let { state } = accepted();
    const water = staff('sl-reviewer', 'FS-SL', 'reviewer');
    state = act(state, zj, 'countersign', { with: { department: 'FS-SL', role: 'reviewer' } }).state;
    expect(availableActions(process, state, zj).map((a) => a.type)).not.toContain('review');
    state = act(state, water, 'review', { verdict: 'disagree', opinion: '需做防洪评价' }).state;
    state = act(state, zj, 'review', review).state;
    expect(openSteps(state).sort()).toEqual(['review-st', 'review-zrzy']);
  });

  it('transfers a task to another person, keeping the step’s clock', () => {
    let { state } = accepted();
    state = act(state, zj, 'claim').state;
    const original = state.tasks.find((t) => t.stepId === 'review-zj')!;
    state = act(state, zj, 'transfer', {
      to: { department: 'FS-ZJ', role: 'reviewer', assigneeId: 'zj-2' },
      reason: '承办人出差',
    }).state;
    const successor = state.tasks.at(-1)!;
    expect(state.tasks.find((t) => t.id === original.id)!.status).toBe('transferred');
    expect(successor).toMatchObject({
      status: 'open',
      assigneeId: 'zj-2',
      transferredFrom: original.id,
      stepOpenedAt: original.stepOpenedAt,
      budgetDays: original.budgetDays,
    });
    // Only the named person may take it now, not the rest of the department.
    expect(availableActions(process, state, zj).filter((a) => a.taskId === successor.id)).toEqual([]);
  });

  it('lets a head release a task a colleague left claimed', () => {
    let { state } = accepted();
    state = act(state, zrzy, 'claim').state;
    expect(availableActions(process, state, staff('zrzy-2', 'FS-ZRZY', 'reviewer'))).toEqual([]);
    state = act(state, zrzyHead, 'release').state;
    expect(state.tasks.find((t) => t.stepId === 'review-zrzy')).toMatchObject({
      status: 'open',
      assigneeId: null,
    });
  });
});

describe('intake decisions', () => {
  it('asks for a correction, then accepts the corrected application', () => {
    let state = act(draft().state, applicant, 'submit').state;
    state = act(state, clerk, 'requestCorrection', {
      items: [{ material: '营业执照', problem: '复印件不清晰' }],
    }).state;
    expect(state).toMatchObject({ status: 'correction_requested', flow: { node: null } });
    expect(openSteps(state)).toEqual([]);
    state = act(state, applicant, 'resubmit').state;
    expect(state.status).toBe('resubmitted');
    state = act(state, clerk, 'accept').state;
    expect(state.status).toBe('accepted');
  });

  it('refuses: a terminal status that offers nothing', () => {
    let state = act(draft().state, applicant, 'submit').state;
    state = act(state, clerk, 'refuse', { reason: '不属于本机关职权范围' }).state;
    expect(state.status).toBe('refused');
    for (const actor of [applicant, clerk, zrzy, approver])
      expect(availableActions(process, state, actor)).toEqual([]);
  });

  it('accepts with a shortfall: review goes on, approval waits for the materials', () => {
    let state = act(draft().state, applicant, 'submit').state;
    const missing = [{ material: '消防设计说明', key: false }];
    expect(() =>
      act(state, clerk, 'acceptWithShortfall', {
        missing: [{ material: '不动产权证书', key: true }],
        dueOn: '2025-03-20',
        commitmentRef: 'c-1',
      }),
    ).toThrow(WorkflowRuleError);
    state = act(state, clerk, 'acceptWithShortfall', {
      missing,
      dueOn: '2025-03-20',
      commitmentRef: 'c-1',
    }).state;
    for (const [actor, stepId] of [
      [zj, 'review-zj'],
      [st, 'review-st'],
      [zrzy, 'review-zrzy'],
      [zrzyHead, 'sign-zrzy'],
    ] as const)
      state = act(state, actor, 'review', review, stepId).state;
    const offer = availableActions(process, state, approver).find((a) => a.type === 'decide');
    expect(offer?.choices).toEqual(['deny']);
    expect(() => act(state, approver, 'decide', { outcome: 'approve', opinion: '准予' })).toThrow(
      WorkflowRuleError,
    );
    state = act(state, clerk, 'supplyShortfall', { note: '已补交' }).state;
    state = act(state, approver, 'decide', { outcome: 'approve', opinion: '准予' }).state;
    expect(state.outcome).toBe('approved');
  });

  it('offers neither shortfall nor commitment to an applicant on the credit blacklist', () => {
    const state = act(draft(true).state, applicant, 'submit').state;
    const offered = availableActions(process, state, clerk).map((a) => a.type);
    expect(offered).toContain('accept');
    expect(offered).not.toContain('acceptWithShortfall');
    expect(offered).not.toContain('acceptOnCommitment');
  });

  it('counts an application without a timely notice as accepted on the day of receipt', () => {
    let state = act(draft().state, applicant, 'submit').state;
    expect(() => act(state, clerk, 'deemAccepted')).toThrow();
    state = execute(
      process,
      state,
      SYSTEM_ACTOR,
      { type: 'deemAccepted', expectedRevision: state.revision },
      env('2025-03-12T02:00:00Z'),
    ).state;
    expect(state).toMatchObject({ status: 'accepted', intake: { acceptance: 'deemed' } });
    expect(state.clock).toEqual({
      startDate: '2025-03-03',
      legalLimitDays: 20,
      promisedLimitDays: 10,
      entries: [],
    });
  });

  it('lets the applicant withdraw before the decision, cancelling every open task', () => {
    let { state } = accepted();
    state = act(state, applicant, 'withdraw', { reason: '不再需要' }).state;
    expect(state.status).toBe('withdrawn');
    expect(openSteps(state)).toEqual([]);
    expect(state.tasks.filter((t) => t.status === 'cancelled')).toHaveLength(3);
  });
});

describe('告知承诺', () => {
  function approvedOnCommitment() {
    let { state } = accepted('acceptOnCommitment');
    for (const [actor, stepId] of [
      [zj, 'review-zj'],
      [st, 'review-st'],
      [zrzy, 'review-zrzy'],
      [zrzyHead, 'sign-zrzy'],
    ] as const)
      state = act(state, actor, 'review', review, stepId).state;
    state = act(state, approver, 'decide', { outcome: 'approve', opinion: '依承诺准予' }).state;
    return act(state, clerk, 'deliver', { channel: 'post', trackingNo: 'SF1234567890' }).state;
  }

  it('verifies the commitment after delivery before the case completes', () => {
    let state = approvedOnCommitment();
    expect(openSteps(state)).toEqual(['verify']);
    expect(availableActions(process, state, approver).map((a) => a.type)).not.toContain('complete');
    state = act(state, zrzy, 'verifyCommitment', { truthful: true, opinion: '核查属实' }).state;
    state = act(state, approver, 'complete').state;
    expect(state.status).toBe('completed');
  });

  it('revokes the approval when the commitment was false', () => {
    let state = approvedOnCommitment();
    state = act(state, zrzy, 'verifyCommitment', { truthful: false, opinion: '现场与承诺不符' }).state;
    expect(state).toMatchObject({ status: 'revoked', intake: { commitment: { truthful: false } } });
  });
});

describe('refusals', () => {
  it('answers a stale revision, a stranger and an unknown task with typed errors, changing nothing', () => {
    const { state } = accepted();
    const frozen = JSON.stringify(state);
    const task = state.tasks.find((t) => t.stepId === 'review-zj')!;
    const claim = (expectedRevision: number, taskId = task.id) =>
      ({ type: 'claim', taskId, expectedRevision }) as Command;
    expect(() => execute(process, state, zj, claim(task.revision - 1), env())).toThrow(WorkflowConflictError);
    expect(() => execute(process, state, st, claim(task.revision), env())).toThrow(WorkflowForbiddenError);
    expect(() => execute(process, state, zj, claim(1, 'nope'), env())).toThrow(TaskNotFoundError);
    expect(() =>
      execute(process, state, applicant, { type: 'submit', expectedRevision: state.revision }, env()),
    ).toThrow(ActionUnavailableError);
    expect(JSON.stringify(state)).toBe(frozen);
  });
});

describe('supervision orders', () => {
  it('are issued by a supervisor and answered by the department named', () => {
    let { state } = accepted();
    const supervisor = staff('supervisor', 'FS-ZSJ', 'supervisor');
    state = act(state, supervisor, 'issueSupervisionOrder', {
      department: 'FS-ZJ',
      text: '请于三日内办结',
      dueOn: '2025-03-06',
    }).state;
    expect(availableActions(process, state, st).map((a) => a.type)).not.toContain('answerSupervisionOrder');
    const offer = availableActions(process, state, zj).find((a) => a.type === 'answerSupervisionOrder')!;
    state = act(state, zj, 'answerSupervisionOrder', {
      orderId: offer.choices![0],
      answer: '已加快办理',
    }).state;
    expect(state.supervisionOrders[0]!.answer).toMatchObject({ by: zj.id });
  });
});

describe('the clock ledger', () => {
  const calendar = composeCalendar([]);

  it('starts at acceptance with the limits the instance was created with', () => {
    expect(draft().state).toMatchObject({
      clock: null,
      limits: { legalLimitDays: 20, promisedLimitDays: 10 },
    });
    expect(accepted().state.clock).toEqual({
      startDate: '2025-03-03',
      legalLimitDays: 20,
      promisedLimitDays: 10,
      entries: [],
    });
  });

  it('refuses limits the clock cannot run with when the instance is created', () => {
    const create = (legalLimitDays: number, promisedLimitDays: number) => () =>
      createInstance(
        {
          id: 'x',
          definitionId: 'd',
          applicant: { accountId: 'a', onCreditBlacklist: false },
          legalLimitDays,
          promisedLimitDays,
        },
        applicant,
        env(),
      );
    expect(create(10, 20)).toThrow(
      expect.objectContaining({ status: 422, code: 'clock.promised_exceeds_legal' }),
    );
    expect(create(400, 20)).toThrow(ClockProblemError);
  });

  it('is suspended and resumed by whoever works the case, extended by the deciding department’s head', () => {
    let { state } = accepted();
    expect(availableActions(process, state, zj).map((a) => a.type)).not.toContain('suspendClock');
    state = act(state, zj, 'claim').state;
    state = act(state, zj, 'suspendClock', { reason: 'expert_review', text: ' 组织专家评审 ' }).state;
    expect(availableActions(process, state, zj).map((a) => a.type)).toEqual(
      expect.arrayContaining(['resumeClock']),
    );
    expect(availableActions(process, state, zj).map((a) => a.type)).not.toContain('suspendClock');
    state = execute(
      process,
      state,
      zj,
      { type: 'resumeClock', expectedRevision: state.revision, note: '评审意见已送达' },
      env('2025-03-10T02:00:00Z'),
    ).state;
    expect(
      availableActions(process, state, staff('zj-head', 'FS-ZJ', 'dept_head')).map((a) => a.type),
    ).not.toContain('extendClock');
    state = execute(
      process,
      state,
      zrzyHead,
      { type: 'extendClock', expectedRevision: state.revision, workingDays: 10, reason: '需听证' },
      env('2025-03-10T03:00:00Z'),
    ).state;
    // The clock module's ledger, texts trimmed; the approver is the head who extended it.
    expect(state.clock!.entries).toEqual([
      { type: 'suspend', date: '2025-03-03', reason: 'expert_review', text: '组织专家评审' },
      { type: 'resume', date: '2025-03-10', note: '评审意见已送达' },
      { type: 'extend', date: '2025-03-10', workingDays: 10, approvedBy: zrzyHead.id, reason: '需听证' },
    ]);
    // Read with the clock module: 03-04…03-10 held up, ten days more on both limits.
    expect(projectClock(state.clock!, calendar, '2025-03-10')).toMatchObject({
      usedWorkingDays: 0,
      suspendedWorkingDays: 5,
      extensionWorkingDays: 10,
      promised: { budgetDays: 20, deadline: calendar.addWorkingDays('2025-03-10', 20) },
    });
  });

  it('answers the clock module’s refusals as its problem errors, changing nothing', () => {
    let { state } = accepted();
    state = act(state, zj, 'claim').state;
    const frozen = JSON.stringify(state);
    // A blank explanation (the request schema trims and refuses it too) is a 422.
    expect(() =>
      execute(
        process,
        state,
        zj,
        { type: 'suspendClock', expectedRevision: state.revision, reason: 'hearing', text: '  ' },
        env(),
      ),
    ).toThrow(expect.objectContaining({ status: 422, code: 'clock.text_required' }));
    // An entry dated before the acceptance (a clock gone backwards) is a 409.
    expect(() =>
      execute(
        process,
        state,
        zj,
        { type: 'suspendClock', expectedRevision: state.revision, reason: 'hearing', text: '听证' },
        env('2025-03-02T02:00:00Z'),
      ),
    ).toThrow(expect.objectContaining({ status: 409, code: 'clock.entry_before_start' }));
    expect(JSON.stringify(state)).toBe(frozen);
  });

  it('closes an open suspension when the case is decided', () => {
    let { state } = accepted();
    state = act(state, zj, 'claim').state;
    state = act(state, zj, 'suspendClock', { reason: 'testing', text: '委托检测' }).state;
    for (const [actor, stepId] of [
      [zj, 'review-zj'],
      [st, 'review-st'],
      [zrzy, 'review-zrzy'],
      [zrzyHead, 'sign-zrzy'],
    ] as const)
      state = act(state, actor, 'review', review, stepId).state;
    state = act(state, approver, 'decide', {
      outcome: 'deny',
      opinion: '不予许可',
      legalBasis: '第三十八条',
    }).state;
    expect(state.clock!.entries.map((e) => [e.type, e.date])).toEqual([
      ['suspend', '2025-03-03'],
      ['resume', '2025-03-03'],
      ['stop', '2025-03-03'],
    ]);
    expect(state.outcome).toBe('denied');
    // Stopped: the clock reads the same on every later day, and takes no more entries.
    expect(projectClock(state.clock!, calendar, '2025-06-02')).toMatchObject({
      stoppedOn: '2025-03-03',
      usedWorkingDays: 0,
      warning: 'none',
    });
    expect(availableActions(process, state, zrzyHead).map((a) => a.type)).not.toContain('extendClock');
  });

  it('stops when the applicant withdraws after acceptance, and never starts when before', () => {
    const withdrawn = act(accepted().state, applicant, 'withdraw', { reason: '不再需要' }).state;
    expect(stopOf(withdrawn.clock!)).toEqual({ type: 'stop', date: '2025-03-03' });
    const early = act(act(draft().state, applicant, 'submit').state, applicant, 'withdraw', {
      reason: '不再需要',
    }).state;
    expect(early).toMatchObject({ status: 'withdrawn', clock: null });
  });
});
