import { businessDateOf, type WorkingCalendar } from '../../platform/calendar/index.js';
import { type AnyDb, type AnyTrx, newRowId } from '../../platform/db/index.js';
import { notFound } from '../../platform/errors/index.js';
import type { AppContext } from '../../platform/http/index.js';
import { workingCalendar } from '../calendar/index.js';
import type { MatterGuide } from '../catalogue/index.js';
import { defaultDefinition } from './definitions.js';
import {
  type Actor,
  type Command,
  createInstance,
  type Env,
  execute,
  type InstanceState,
  type Process,
  parseProcess,
} from './engine/index.js';
import { workflowRepository } from './store/repository.js';
import { type CaseChange, type CaseFacts, writeTransition } from './store/writer.js';
import type { CaseChannel, WorkflowInstanceTable } from './tables.js';

/** Gets the context of the app whose case changed: one process may hold several apps (tests, siblings). */
export type CaseListener = (trx: AnyTrx, change: CaseChange, ctx: AppContext) => Promise<void>;

// Modules that keep something in step with a case (the application's status, notices,
// notifications) register here at start-up; every process registers the same ones.
const listeners: CaseListener[] = [];

export function onCaseChange(listener: CaseListener): void {
  listeners.push(listener);
}

/** The time of an action: now, or for the demo seed a moment in the past (a case's history in order). */
const envAt = (at = new Date()): Env => ({ at: at.toISOString(), newId: newRowId });

// Parsing a definition walks its graph; stored definitions never change, so keep them.
const processes = new Map<string, Process>();

function processOf(id: string, json: string): Process {
  let process = processes.get(id);
  if (!process) {
    const parsed = parseProcess(JSON.parse(json));
    if (!parsed.ok) throw new Error(`stored workflow definition ${id} is invalid`);
    process = parsed.process;
    processes.set(id, process);
  }
  return process;
}

/** A stored definition's process, read from the database only the first time this process needs it. */
async function processById(repo: ReturnType<typeof workflowRepository>, id: string): Promise<Process> {
  const known = processes.get(id);
  if (known) return known;
  const definition = await repo.findDefinition(id);
  return processOf(definition.id, definition.definition);
}

/** The definition a matter version runs on a channel: stored on first use, immutable after. */
async function definitionFor(
  trx: AnyTrx,
  dialect: AppContext['dialect'],
  matterVersionId: string,
  matterCode: string,
  guide: MatterGuide,
  channel: CaseChannel,
) {
  const repo = workflowRepository(trx);
  const found = await repo.findDefinitionFor(matterVersionId, channel);
  if (found) return found;
  const definition = defaultDefinition(matterCode, guide, channel);
  const insert = repo.db.insertInto('workflowDefinitions').values({
    id: newRowId(),
    matterVersionId,
    channel,
    definition: JSON.stringify(definition),
    createdAt: new Date().toISOString(),
  });
  // Two first applications of a version may race: the loser takes the winner's row.
  await (dialect === 'postgres'
    ? insert.onConflict((oc) => oc.columns(['matterVersionId', 'channel']).doNothing())
    : insert.onConflict((oc) => oc.doNothing())
  ).execute();
  return (await repo.findDefinitionFor(matterVersionId, channel))!;
}

export interface NewCase {
  application: {
    id: string;
    applicationNo: string;
    matterCode: string;
    matterVersionId: string;
    matterName: string;
    applicantAccountId: string;
  };
  guide: MatterGuide;
  channel: CaseChannel;
  onCreditBlacklist: boolean;
  /** Who submits: the applicant online; at a window the applicant too, who signs there. */
  submittedBy: Actor;
}

export function caseService(ctx: AppContext) {
  async function notify(trx: AnyTrx, change: CaseChange) {
    for (const listener of listeners) await listener(trx, change, ctx);
  }

  /** The case row and its state, locked for the rest of the transaction on PostgreSQL. */
  async function loadForUpdate(trx: AnyTrx, applicationNo: string) {
    const repo = workflowRepository(trx);
    const row = await repo.findInstanceByNoForUpdate(applicationNo, ctx.dialect);
    if (!row) throw notFound();
    return { row, process: await processById(repo, row.definitionId), state: await repo.stateOf(row) };
  }

  function factsOf(row: WorkflowInstanceTable): CaseFacts {
    return {
      channel: row.channel,
      applicationNo: row.applicationNo,
      matterCode: row.matterCode,
      matterName: row.matterName,
      departmentCode: row.departmentCode,
    };
  }

  type LoadedCase = Awaited<ReturnType<typeof loadForUpdate>>;

  async function transition(
    trx: AnyTrx,
    { row, process, state }: LoadedCase,
    actor: Actor,
    command: Command,
    calendar: WorkingCalendar,
    at?: Date,
  ): Promise<CaseChange> {
    const env = envAt(at);
    const { state: after, effects } = execute(process, state, actor, command, env);
    const facts = factsOf(row);
    const today = businessDateOf(new Date(env.at));
    const projection = await writeTransition(trx, facts, state, after, effects, calendar, today);
    const change: CaseChange = {
      applicationId: row.id,
      applicationNo: row.applicationNo,
      before: state,
      after,
      effects,
      projection,
      facts,
    };
    await notify(trx, change);
    return change;
  }

  async function runInTrx(
    trx: AnyTrx,
    applicationNo: string,
    actor: Actor,
    command: Command,
    calendar: WorkingCalendar,
    at?: Date,
  ): Promise<CaseChange> {
    return transition(trx, await loadForUpdate(trx, applicationNo), actor, command, calendar, at);
  }

  /** One command in a transaction of its own (group-committed), on the case loaded once under the lock. */
  async function runChecked(
    applicationNo: string,
    actor: Actor,
    command: Command,
    mayAct: (process: Process, state: InstanceState) => boolean,
    alsoInTrx: (trx: AnyTrx, change: CaseChange) => Promise<void>,
    at?: Date,
  ) {
    const calendar = await workingCalendar(ctx);
    return ctx.writes.transaction(async (trx) => {
      const found = await loadForUpdate(trx, applicationNo);
      if (!mayAct(found.process, found.state)) throw notFound();
      const change = await transition(trx, found, actor, command, calendar, at);
      await alsoInTrx(trx, change);
      return { row: found.row, process: found.process, change };
    });
  }

  return {
    /** Opens the case of a new application and submits it, in the application's own transaction. */
    async start(trx: AnyTrx, input: NewCase, calendar: WorkingCalendar, at?: Date): Promise<InstanceState> {
      const { application, guide, channel } = input;
      const definition = await definitionFor(
        trx,
        ctx.dialect,
        application.matterVersionId,
        application.matterCode,
        guide,
        channel,
      );
      const process = processOf(definition.id, definition.definition);
      const env = envAt(at);
      const created = createInstance(
        {
          id: application.id,
          definitionId: definition.id,
          applicant: {
            accountId: application.applicantAccountId,
            onCreditBlacklist: input.onCreditBlacklist,
          },
          legalLimitDays: guide.legalLimitDays,
          promisedLimitDays: guide.promisedLimitDays,
        },
        input.submittedBy,
        env,
      );
      const submitted = execute(
        process,
        created.state,
        input.submittedBy,
        { type: 'submit', expectedRevision: created.state.revision },
        env,
      );
      const facts: CaseFacts = {
        channel,
        applicationNo: application.applicationNo,
        matterCode: application.matterCode,
        matterName: application.matterName,
        departmentCode: guide.department,
      };
      const effects = [...created.effects, ...submitted.effects];
      const today = businessDateOf(new Date(env.at));
      const projection = await writeTransition(trx, facts, null, submitted.state, effects, calendar, today);
      await notify(trx, {
        applicationId: application.id,
        applicationNo: application.applicationNo,
        before: null,
        after: submitted.state,
        effects,
        projection,
        facts,
      });
      return submitted.state;
    },

    /**
     * Runs one command on a case in one transaction: the engine's checks, the writes, the
     * listeners, and `alsoInTrx` (the caller's audit record) — all or nothing.
     */
    async run(
      applicationNo: string,
      actor: Actor,
      command: Command,
      alsoInTrx: (trx: AnyTrx, change: CaseChange) => Promise<void>,
      at?: Date,
    ): Promise<CaseChange> {
      return (await runChecked(applicationNo, actor, command, () => true, alsoInTrx, at)).change;
    },

    /**
     * A staff member's command: like `run`, but the case is first shown to `mayAct` as it
     * stands under the lock, and one it may not see answers 404 as a missing one would. One
     * load for the check and the command; the row and process come back for the case view.
     */
    runVisible: (
      applicationNo: string,
      actor: Actor,
      command: Command,
      mayAct: (process: Process, state: InstanceState) => boolean,
      alsoInTrx: (trx: AnyTrx, change: CaseChange) => Promise<void>,
    ) => runChecked(applicationNo, actor, command, mayAct, alsoInTrx),

    /**
     * One command inside the caller's transaction, for a caller that changes several cases
     * at once (a project stage's combined correction): all of them or none.
     */
    runInTrx,

    /** A case as it stands (no lock): for reading and for the available actions. */
    async load(db: AnyDb | AnyTrx, applicationNo: string) {
      const repo = workflowRepository(db);
      const row = await repo.findInstanceByNo(applicationNo);
      if (!row) return undefined;
      return { row, process: await processById(repo, row.definitionId), state: await repo.stateOf(row) };
    },
  };
}

export type CaseService = ReturnType<typeof caseService>;
