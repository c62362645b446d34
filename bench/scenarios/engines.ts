import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import {
  type Actor,
  type Command,
  createInstance,
  execute,
  type InstanceState,
  parseProcess,
} from '../../server/src/modules/workflow/engine/index.js';
import type { Row } from '../support/table.js';

/** Each engine runs instances one after another for this long (after a short warm-up). */
const SECONDS = 3;
const WARM_UP = 50;

/** The npm package and the version this scenario was written against. */
export const BPMN_ENGINE = 'bpmn-engine@25.0.1';

const REVIEWS = [
  { step: 'review-zrzy', department: 'FS-ZRZY' },
  { step: 'review-zj', department: 'FS-ZJ' },
  { step: 'review-st', department: 'FS-ST' },
] as const;

// The same process for both: intake → three departments in parallel → decision.
const parsed = parseProcess({
  steps: [
    {
      id: 'intake',
      kind: 'intake',
      name: '受理',
      assignment: { department: '*', role: 'window_clerk' },
      timeShare: { workingDays: 1 },
    },
    ...REVIEWS.map(({ step, department }) => ({
      id: step,
      kind: 'review',
      name: `${department} 审查`,
      assignment: { department, role: 'reviewer' },
      timeShare: { fraction: 0.5 },
    })),
    {
      id: 'decide',
      kind: 'decide',
      name: '决定',
      assignment: { department: 'FS-ZRZY', role: 'approver' },
      timeShare: { fraction: 0.2 },
    },
  ],
  parallelGroups: [{ id: 'joint', name: '并联审查', branches: REVIEWS.map((r) => [r.step]) }],
  transitions: [
    { from: 'intake', to: 'joint', kind: 'next' },
    { from: 'joint', to: 'decide', kind: 'next' },
  ],
});
if (!parsed.ok) throw new Error(`bench process: ${JSON.stringify(parsed.problems)}`);
const jointReview = parsed.process;

const BPMN = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="bench" targetNamespace="http://onewindow.local/bench">
  <process id="joint-review" isExecutable="true">
    <startEvent id="start" />
    <userTask id="intake" />
    <parallelGateway id="fork" />
    ${REVIEWS.map((r) => `<userTask id="${r.step}" />`).join('\n    ')}
    <parallelGateway id="join" />
    <userTask id="decide" />
    <endEvent id="end" />
    <sequenceFlow id="to-intake" sourceRef="start" targetRef="intake" />
    <sequenceFlow id="to-fork" sourceRef="intake" targetRef="fork" />
    ${REVIEWS.map(
      (r) =>
        `<sequenceFlow id="to-${r.step}" sourceRef="fork" targetRef="${r.step}" />
    <sequenceFlow id="from-${r.step}" sourceRef="${r.step}" targetRef="join" />`,
    ).join('\n    ')}
    <sequenceFlow id="to-decide" sourceRef="join" targetRef="decide" />
    <sequenceFlow id="to-end" sourceRef="decide" targetRef="end" />
  </process>
</definitions>`;

/** One table for both engines' states, rewritten after every step (WAL, synchronous=FULL: the server's settings). */
function stateStore(file: string) {
  const db = new SQLite(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('create table instances (id text primary key, engine text not null, state text not null)');
  const put = db.prepare(
    'insert into instances (id, engine, state) values (?, ?, ?) on conflict (id) do update set state = excluded.state',
  );
  return {
    put: (id: string, engine: string, state: unknown) => put.run(id, engine, JSON.stringify(state)),
    close: () => db.close(),
  };
}
type StateStore = ReturnType<typeof stateStore>;

const actor = (id: string, departmentCode: string | null, role: Actor['roles'][number]): Actor => ({
  id,
  roles: [role],
  departmentCode,
});
const applicant = actor('applicant', null, 'person');
const clerk = actor('clerk', 'CC-ZSJ', 'window_clerk');
const approver = actor('approver', 'FS-ZRZY', 'approver');

/** One instance on our engine, from the draft to the decision: seven transitions, seven writes. */
function ourInstance(store: StateStore): void {
  const id = randomUUID();
  const env = () => ({ at: new Date().toISOString(), newId: randomUUID });
  let state: InstanceState = createInstance(
    {
      id,
      definitionId: 'bench',
      applicant: { accountId: applicant.id, onCreditBlacklist: false },
      legalLimitDays: 20,
      promisedLimitDays: 10,
    },
    applicant,
    env(),
  ).state;
  store.put(id, 'ours', state);
  const step = (who: Actor, command: Command) => {
    state = execute(jointReview, state, who, command, env()).state;
    store.put(id, 'ours', state);
  };
  const task = (stepId: string) => {
    const t = state.tasks.find((k) => k.stepId === stepId && k.status === 'open')!;
    return { taskId: t.id, expectedRevision: t.revision };
  };
  step(applicant, { type: 'submit', expectedRevision: state.revision });
  step(clerk, { type: 'accept', ...task('intake') });
  for (const r of REVIEWS)
    step(actor(`reviewer-${r.department}`, r.department, 'reviewer'), {
      type: 'review',
      ...task(r.step),
      verdict: 'agree',
      opinion: '同意',
    });
  step(approver, { type: 'decide', ...task('decide'), outcome: 'approve', opinion: '准予许可' });
  if (state.status !== 'decided') throw new Error(`our engine ended in ${state.status}`);
}

interface BpmnElementApi {
  id: string;
  signal(message?: unknown): void;
}
interface BpmnExecution {
  getPostponed(): BpmnElementApi[];
}
interface BpmnEngine {
  execute(): Promise<BpmnExecution>;
  getState(): unknown;
  readonly state: string;
}
type BpmnEngineClass = new (options: { name: string; source: string }) => BpmnEngine;

/** bpmn-engine when installed; it is not a dependency (the comparison is optional). */
async function loadBpmnEngine(): Promise<BpmnEngineClass | undefined> {
  const name = 'bpmn-engine';
  try {
    return ((await import(name)) as { Engine: BpmnEngineClass }).Engine;
  } catch {
    return undefined;
  }
}

/** The same instance on bpmn-engine: its state (getState) written after the start and every signal. */
async function bpmnInstance(Engine: BpmnEngineClass, store: StateStore): Promise<void> {
  const id = randomUUID();
  const engine = new Engine({ name: id, source: BPMN });
  const execution = await engine.execute();
  store.put(id, 'bpmn-engine', await engine.getState());
  for (const stepId of ['intake', ...REVIEWS.map((r) => r.step), 'decide']) {
    const waiting = execution.getPostponed().find((a) => a.id === stepId);
    if (!waiting) throw new Error(`bpmn-engine: ${stepId} is not waiting`);
    waiting.signal({ verdict: 'agree' });
    store.put(id, 'bpmn-engine', await engine.getState());
  }
  if (engine.state !== 'idle') throw new Error(`bpmn-engine ended in ${engine.state}`);
}

async function perSecond(run: () => void | Promise<void>): Promise<number> {
  for (let i = 0; i < WARM_UP; i++) await run();
  const started = performance.now();
  let done = 0;
  while (performance.now() - started < SECONDS * 1000) {
    await run();
    done++;
  }
  return Math.round(done / ((performance.now() - started) / 1000));
}

/**
 * Instances completed per second, our engine against bpmn-engine, in the bench's own process
 * (no HTTP): one instance at a time, its state written to the same SQLite file after every step.
 */
export async function enginesScenario(): Promise<Row[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ow-engines-'));
  const store = stateStore(path.join(dir, 'states.sqlite'));
  try {
    const ours = await perSecond(() => ourInstance(store));
    const scenario =
      'process: intake → 3 departments in parallel → decision (instances/s, state saved per step)';
    const Engine = await loadBpmnEngine();
    const theirs = Engine
      ? await perSecond(() => bpmnInstance(Engine, store)).catch((err: Error) => err)
      : undefined;
    return [
      { scenario: `${scenario}: our engine`, instancesPerSecond: ours },
      typeof theirs === 'number'
        ? {
            scenario: `${scenario}: bpmn-engine`,
            instancesPerSecond: theirs,
            note: `ours ÷ bpmn-engine = ${(ours / theirs).toFixed(2)}`,
          }
        : {
            scenario: `${scenario}: bpmn-engine`,
            note: theirs
              ? `bpmn-engine failed: ${theirs.message}`
              : `bpmn-engine not installed (${BPMN_ENGINE})`,
          },
    ];
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
