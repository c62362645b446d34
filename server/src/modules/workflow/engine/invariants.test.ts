import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { businessDateOf, composeCalendar } from '../../../platform/calendar/index.js';
import { ProblemError } from '../../../platform/errors/index.js';
import { openSuspensionOf, projectClock, replayClock, stopOf } from '../clock/index.js';
import { definitionProblems } from './definition-rules.js';
import {
  type Actor,
  type AvailableAction,
  activeSteps,
  availableActions,
  type Command,
  type CommandType,
  commandSchema,
  createInstance,
  type Effect,
  execute,
  type InstanceState,
  type InstanceStatus,
  isActive,
  type Process,
  type ProcessDefinition,
  parseProcess,
  replay,
  SYSTEM_ACTOR,
  TERMINAL_STATUSES,
  type Transition,
  taskDueOn,
  WorkflowConflictError,
} from './index.js';

// Random valid definitions (always with a parallel group), random sequences of actions
// by a crowd of actors, and after every step the invariants the issue asks for.

const DEPARTMENTS = ['FS-ZRZY', 'FS-ZJ', 'FS-ST', 'FS-SJ'];
const WINDOWS = ['FS-ZSJ', 'CC-ZSJ'];
const RUNS = 400;
const MAX_MOVES = 80;

type Step = ProcessDefinition['steps'][number];
interface StepSpec {
  kind: 'review' | 'custom';
  department: string;
  role: 'reviewer' | 'dept_head';
}
type NodeSpec = { step: StepSpec } | { group: StepSpec[][] };

const stepSpec: fc.Arbitrary<StepSpec> = fc.record({
  kind: fc.constantFrom('review', 'custom'),
  department: fc.constantFrom(...DEPARTMENTS),
  role: fc.constantFrom('reviewer', 'dept_head'),
});
const groupSpec = fc.array(fc.array(stepSpec, { minLength: 1, maxLength: 3 }), {
  minLength: 2,
  maxLength: 4,
});
const nodeSpec: fc.Arbitrary<NodeSpec> = fc.oneof(
  stepSpec.map((step) => ({ step })),
  groupSpec.map((group) => ({ group })),
);

const definitionArb: fc.Arbitrary<ProcessDefinition> = fc
  .record({
    startKind: fc.constantFrom('intake' as const, 'pre_review' as const),
    intakeDepartment: fc.constantFrom('*', ...WINDOWS),
    before: fc.array(nodeSpec, { maxLength: 2 }),
    group: groupSpec,
    after: fc.array(nodeSpec, { maxLength: 1 }),
    decideDepartment: fc.constantFrom(...DEPARTMENTS),
    deliver: fc.boolean(),
    postDecision: fc.option(nodeSpec, { nil: undefined }),
    verify: fc.nat(3).map((n) => n > 0),
    returns: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 10 }),
  })
  .map((spec) => {
    const steps: Step[] = [];
    const definition: ProcessDefinition = { steps, parallelGroups: [], transitions: [] };
    let n = 0;
    const addStep = (
      kind: Step['kind'],
      department: string,
      role: Step['assignment']['role'],
      share: Step['timeShare'],
    ) => {
      const id = `${kind.replace('_', '-')}-${n++}`;
      steps.push({ id, kind, name: id, assignment: { department, role }, timeShare: share });
      return id;
    };
    const addNode = (node: NodeSpec) => {
      if ('step' in node)
        return addStep(node.step.kind, node.step.department, node.step.role, { fraction: 0.02 });
      const id = `group-${n++}`;
      const branches = node.group.map((branch) =>
        branch.map((s) => addStep(s.kind, s.department, s.role, { fraction: 0.02 })),
      );
      definition.parallelGroups.push({ id, name: id, branches });
      return id;
    };
    const path = [
      addStep(spec.startKind, spec.intakeDepartment, 'window_clerk', { workingDays: 1 }),
      ...spec.before.map(addNode),
      addNode({ group: spec.group }),
      ...spec.after.map(addNode),
      addStep('decide', spec.decideDepartment, 'approver', { fraction: 0.1 }),
      ...(spec.deliver ? [addStep('deliver', '*', 'window_clerk', { workingDays: 2 })] : []),
      ...(spec.postDecision ? [addNode(spec.postDecision)] : []),
      ...(spec.verify
        ? [addStep('verify_commitment', spec.decideDepartment, 'reviewer', { workingDays: 20 })]
        : []),
    ];
    for (let i = 1; i < path.length; i++)
      definition.transitions.push({ from: path[i - 1]!, to: path[i]!, kind: 'next' });
    // Random return targets, kept when the rules accept them: the rules have their own tests.
    for (const [a, b] of spec.returns) {
      const from = steps[a % steps.length]!.id;
      const to = steps[b % steps.length]!.id;
      const transitions = [...definition.transitions, { from, to, kind: 'return' as const }];
      if (definitionProblems({ ...definition, transitions }).length === 0)
        definition.transitions = transitions;
    }
    return definition;
  });

/** One holder of each working role in each department, a second approver and reviewer for races, and the public. */
function actorsFor(): Actor[] {
  const staff: Actor[] = [...DEPARTMENTS, ...WINDOWS].flatMap((department) =>
    (['window_clerk', 'reviewer', 'approver', 'dept_head'] as const).map((role) => ({
      id: `${department}:${role}`,
      roles: [role],
      departmentCode: department,
    })),
  );
  return [
    ...staff,
    { id: 'FS-ZRZY:approver-2', roles: ['approver'], departmentCode: 'FS-ZRZY' },
    { id: 'FS-ZJ:reviewer-2', roles: ['reviewer'], departmentCode: 'FS-ZJ' },
    { id: 'supervisor', roles: ['supervisor'], departmentCode: 'FS-ZSJ' },
    { id: 'applicant', roles: ['person'], departmentCode: null },
    { id: 'stranger', roles: ['person'], departmentCode: null },
    SYSTEM_ACTOR,
  ];
}

const ONWARD = new Set<CommandType>([
  'submit',
  'resubmit',
  'accept',
  'acceptWithShortfall',
  'acceptOnCommitment',
  'refuse',
  'requestCorrection',
  'supplyShortfall',
  'review',
  'decide',
  'deliver',
  'verifyCommitment',
  'complete',
]);
const ENDING = new Set<CommandType>(['withdraw']);
const ALL_TYPES = commandSchema.options.flatMap((union) => union.options.map((o) => o.shape.type.value));
const FUTURE = '2030-01-01';

/** A command for an offer, with payload drawn from `n`: valid whenever the offer is real. */
function commandFor(process: Process, offer: AvailableAction, n: number, pool: Actor[]): Command {
  const choice = (fallback: string) => offer.choices?.[n % offer.choices.length] ?? fallback;
  const staff = pool.filter((a) => a.departmentCode && a.roles[0] !== 'supervisor');
  const who = staff[n % staff.length]!;
  const target = {
    department: who.departmentCode!,
    role: who.roles[0] as 'reviewer',
    ...(n % 2 ? { assigneeId: who.id } : {}),
  };
  const departments = process.definition.steps.map((s) => s.assignment.department).filter((d) => d !== '*');
  const payloads: Partial<Record<CommandType, Record<string, unknown>>> = {
    withdraw: { reason: '不再需要' },
    suspendClock: {
      reason: (['expert_review', 'hearing', 'testing', 'correction', 'other'] as const)[n % 5],
      text: '特别程序',
    },
    resumeClock: n % 2 ? { note: '已恢复' } : {},
    extendClock: { workingDays: 1 + (n % 10), reason: '听证' },
    issueSupervisionOrder: {
      department: departments[n % departments.length] ?? 'FS-ZSJ',
      text: '督办',
      dueOn: FUTURE,
    },
    answerSupervisionOrder: { orderId: choice('none'), answer: '已办理' },
    acceptWithShortfall: { missing: [{ material: '说明', key: false }], dueOn: FUTURE, commitmentRef: 'c' },
    acceptOnCommitment: { commitmentRef: 'c' },
    refuse: { reason: '不符合条件' },
    requestCorrection: { items: [{ material: null, problem: '不清晰' }] },
    transfer: { to: target, reason: '转办' },
    countersign: { with: target },
    returnTo: { stepId: choice(process.decideStepId), reason: '退回' },
    review: { verdict: n % 2 ? 'agree' : 'disagree', opinion: '意见' },
    // Three approvals to one denial, so that verification and revocation come up often enough.
    decide: {
      outcome: n % 4 && offer.choices?.includes('approve') !== false ? 'approve' : 'deny',
      opinion: '意见',
      legalBasis: '依据',
    },
    deliver:
      n % 3 === 0
        ? { channel: 'post', trackingNo: 'SF1' }
        : { channel: n % 3 === 1 ? 'window' : 'electronic' },
    verifyCommitment: { truthful: n % 2 === 0, opinion: '核查' },
  };
  const envelope = offer.taskId
    ? { type: offer.type, taskId: offer.taskId, expectedRevision: offer.expectedRevision }
    : { type: offer.type, expectedRevision: offer.expectedRevision };
  // Parsed like a request body: the commands the engine sees in production.
  return commandSchema.parse({ ...envelope, ...payloads[offer.type] });
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

const calendar = composeCalendar([]);
const dateOf = (instant: string) => businessDateOf(new Date(instant));

/** Where the clock may stand in each status: not started, running, or stopped. */
type ClockPhase = 'none' | 'running' | 'stopped';
const CLOCK_PHASES: Record<InstanceStatus, readonly ClockPhase[]> = {
  draft: ['none'],
  submitted: ['none'],
  pre_review: ['none'],
  correction_requested: ['none'],
  resubmitted: ['none'],
  refused: ['none'],
  accepted: ['running'],
  in_review: ['running'],
  decided: ['stopped'],
  delivered: ['stopped'],
  completed: ['stopped'],
  revoked: ['stopped'],
  withdrawn: ['none', 'stopped'],
};

/** Invariants of any one state. */
function checkState(process: Process, state: InstanceState): void {
  const active = state.tasks.filter(isActive);
  const steps = activeSteps(process, state.flow);
  // Every open task belongs to an active step, and every active step has exactly one task of its own.
  for (const task of active) expect(steps).toContain(task.stepId);
  for (const step of steps)
    expect(active.filter((t) => t.stepId === step && t.countersignFor === null)).toHaveLength(1);
  if (state.flow.node && process.layout.groups.has(state.flow.node))
    expect(state.flow.branches).toHaveLength(process.layout.groups.get(state.flow.node)!.branches.length);
  if (TERMINAL_STATUSES.has(state.status)) {
    expect(active).toEqual([]);
    expect(state.flow.node).toBeNull();
  }
  // The clock: none before acceptance, running until the decision, stopped after it; always
  // a ledger the clock module accepts, with the instance's limits.
  const { clock } = state;
  const phase: ClockPhase = !clock ? 'none' : stopOf(clock) ? 'stopped' : 'running';
  expect(CLOCK_PHASES[state.status]).toContain(phase);
  const today = dateOf(state.updatedAt);
  if (clock) {
    expect(clock).toMatchObject(state.limits);
    expect(replayClock(clock)).toEqual({ ok: true, clock });
    const projection = projectClock(clock, calendar, today);
    expect(projection.usedWorkingDays).toBeGreaterThanOrEqual(0);
    expect(projection.stopped).toBe(phase === 'stopped');
    expect(projection.suspended).toBe(openSuspensionOf(clock) !== null);
  }
  // A task's due date is its budget from the step's start, only ever pushed back by suspensions.
  for (const task of active)
    expect(
      taskDueOn(task, clock, calendar, today) >=
        calendar.addWorkingDays(dateOf(task.stepOpenedAt), task.budgetDays),
    ).toBe(true);
}

/** Invariants of one accepted action. */
function checkStep(
  process: Process,
  before: InstanceState,
  after: Transition,
  actor: Actor,
  command: Command,
) {
  const next = after.state;
  // Revision strictly increases, by one per action; the action log names the actor.
  expect(next.revision).toBe(before.revision + 1);
  expect(after.effects[0]).toMatchObject({
    type: 'action.recorded',
    action: { revision: next.revision, actorId: actor.id },
  });
  // No task lost: every task is still there, in place; ended ones never change again; revisions only grow.
  before.tasks.forEach((task, i) => {
    const now = next.tasks[i]!;
    expect(now.id).toBe(task.id);
    if (!isActive(task)) expect(now).toBe(task);
    expect(now.revision).toBeGreaterThanOrEqual(task.revision);
  });
  if ('taskId' in command) {
    const i = before.tasks.findIndex((t) => t.id === command.taskId);
    expect(next.tasks[i]!.revision).toBeGreaterThan(before.tasks[i]!.revision);
  }
  // Terminal states stay terminal; a decision once made stays made.
  if (TERMINAL_STATUSES.has(before.status)) expect(next.status).toBe(before.status);
  if (before.outcome) expect(next.outcome).toBe(before.outcome);
  // The clock's ledger only grows: its start, its limits and every entry recorded stay as they were.
  if (before.clock)
    expect({ ...next.clock!, entries: next.clock!.entries.slice(0, before.clock.entries.length) }).toEqual(
      before.clock,
    );
  // It stops on the day of the decision.
  if (next.status === 'decided' && before.status !== 'decided')
    expect(stopOf(next.clock!)?.date).toBe(dateOf(next.updatedAt));
  // A join waits for every branch: leaving a group forward needs the last open branch's step done now.
  const node = before.flow.node;
  if (node && process.layout.groups.has(node) && next.flow.node !== node) {
    const path = process.layout.path;
    const forward =
      next.flow.node === null
        ? !TERMINAL_STATUSES.has(next.status)
        : path.indexOf(next.flow.node) > path.indexOf(node);
    if (forward) {
      const open = before.flow.branches.filter((s) => s !== null);
      expect(open).toHaveLength(1);
      const done = next.tasks.find((t) => 'taskId' in command && t.id === command.taskId)!;
      expect(done).toMatchObject({ stepId: open[0], status: 'completed' });
    }
  }
  checkState(process, next);
}

/**
 * What a move does: mostly an offered action that moves the case on, then side actions
 * (claims, transfers, clock, supervision), rarely anything including withdrawal (or runs
 * would seldom get past intake); and the attacks: a stale revision, an action not
 * offered, two people acting at once.
 */
type Mode = 'onward' | 'side' | 'any' | 'stale' | 'unoffered' | 'race';
const modeArb = fc.oneof(
  ...(
    [
      ['onward', 10],
      ['side', 4],
      ['any', 1],
      ['stale', 2],
      ['unoffered', 1],
      ['race', 2],
    ] as const
  ).map(([mode, weight]) => ({ arbitrary: fc.constant<Mode>(mode), weight })),
);
interface Move {
  mode: Mode;
  pick: number;
  param: number;
}
const moveArb: fc.Arbitrary<Move> = fc.record({ mode: modeArb, pick: fc.nat(), param: fc.nat(1000) });

const reached = { statuses: new Set<string>(), actions: new Set<string>(), races: 0, stale: 0, refused: 0 };

function runScenario(definition: ProcessDefinition, blacklisted: boolean, moves: Move[]): void {
  const parsed = parseProcess(definition);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const process = parsed.process;
  const pool = actorsFor();
  let ids = 0;
  let tick = 0;
  // Five hours between moves: runs cross days, and so business dates and the clock move.
  const env = () => ({
    at: new Date(Date.UTC(2025, 2, 3, 1) + ++tick * 5 * 3_600_000).toISOString(),
    newId: () => `id-${++ids}`,
  });
  const created = createInstance(
    {
      id: 'app',
      definitionId: 'def',
      applicant: { accountId: 'applicant', onCreditBlacklist: blacklisted },
      legalLimitDays: 20,
      promisedLimitDays: 15,
    },
    pool.find((a) => a.id === 'applicant')!,
    env(),
  );
  const log: Effect[] = [...created.effects];
  let state = deepFreeze(created.state);
  let decisions = 0;

  for (const move of moves) {
    const all = pool.flatMap((actor) =>
      availableActions(process, state, actor).map((offer) => ({ actor, offer })),
    );
    if (all.length === 0) break;
    const onward = all.filter(({ offer }) => ONWARD.has(offer.type));
    const side = all.filter(({ offer }) => !ENDING.has(offer.type));
    const offers =
      (move.mode === 'onward' || move.mode === 'race') && onward.length
        ? onward
        : move.mode === 'any'
          ? all
          : side;
    if (offers.length === 0) continue;
    const { actor, offer } = offers[move.pick % offers.length]!;
    const command = commandFor(process, offer, move.param, pool);

    if (move.mode === 'stale') {
      // A stale revision is a conflict, whoever sends it.
      const stale = { ...command, expectedRevision: command.expectedRevision + (move.param % 2 ? 1 : -1) };
      expect(() => execute(process, state, actor, stale, env())).toThrow(WorkflowConflictError);
      reached.stale++;
      continue;
    }
    if (move.mode === 'unoffered') {
      // What is not offered is refused: the UI and the server agree.
      const other = pool[move.param % pool.length]!;
      const type = ALL_TYPES[move.pick % ALL_TYPES.length]!;
      const task = state.tasks[move.param % Math.max(1, state.tasks.length)];
      const taskScoped = commandSchema.options[1].options.some((o) => o.shape.type.value === type);
      if (taskScoped && !task) continue;
      const fake: AvailableAction = taskScoped
        ? { type, taskId: task!.id, expectedRevision: task!.revision }
        : { type, expectedRevision: state.revision };
      const offered = availableActions(process, state, other).some(
        (a) => a.type === type && a.taskId === fake.taskId,
      );
      if (offered) continue;
      const attempt = commandFor(process, fake, move.param, pool);
      expect(() => execute(process, state, other, attempt, env())).toThrow(ProblemError);
      reached.refused++;
      continue;
    }

    const next = execute(process, state, actor, command, env());
    checkStep(process, state, next, actor, command);
    reached.actions.add(command.type);
    reached.statuses.add(next.state.status);
    decisions += next.effects.filter((e) => e.type === 'status.changed' && e.to === 'decided').length;

    if (move.mode === 'race') {
      // Two people act at once on what they both saw: exactly one wins, the other gets a conflict.
      const rival =
        pool.find(
          (a) =>
            a !== actor &&
            availableActions(process, state, a).some(
              (o) => o.type === offer.type && o.taskId === offer.taskId,
            ),
        ) ?? actor;
      expect(() => execute(process, next.state, rival, command, env())).toThrow(WorkflowConflictError);
      reached.races++;
    }
    log.push(...next.effects);
    state = deepFreeze(next.state);
  }
  expect(decisions).toBeLessThanOrEqual(1);
  // Event sourcing: the effects, stored as JSON and replayed in order, rebuild the same state.
  expect(replay(JSON.parse(JSON.stringify(log)))).toEqual(state);
}

describe('workflow invariants over random definitions and action sequences', () => {
  it('generates only definitions the rules accept, each with a parallel group', () => {
    fc.assert(
      fc.property(definitionArb, (definition) => {
        const result = parseProcess(definition);
        expect(result.ok).toBe(true);
        expect(definition.parallelGroups.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  // A few seconds alone; the long timeout is for a machine busy with the other suites.
  it(`holds every invariant after every action (${RUNS} runs of up to ${MAX_MOVES} moves)`, {
    timeout: 120_000,
  }, () => {
    fc.assert(
      fc.property(
        definitionArb,
        fc.nat(4).map((n) => n === 0),
        fc.array(moveArb, { minLength: 10, maxLength: MAX_MOVES, size: 'max' }),
        runScenario,
      ),
      { numRuns: RUNS },
    );
    // The runs must have gone everywhere: every status and every action was reached.
    expect([...reached.statuses].sort()).toEqual(
      [
        'accepted',
        'completed',
        'correction_requested',
        'decided',
        'delivered',
        'in_review',
        'pre_review',
        'refused',
        'resubmitted',
        'revoked',
        'submitted',
        'withdrawn',
      ].sort(),
    );
    expect([...reached.actions].sort()).toEqual([...ALL_TYPES].sort());
    expect(reached.races).toBeGreaterThan(100);
    expect(reached.stale).toBeGreaterThan(100);
    expect(reached.refused).toBeGreaterThan(100);
  });
});
