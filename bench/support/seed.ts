import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type Kysely, sql } from 'kysely';
import { migrateDatabase } from '../../server/src/app.js';
import type {
  ApplicationTable,
  ApplicationTables,
  ZeroSubmissionCounterTable,
} from '../../server/src/modules/applications/tables.js';
import { identityKeys } from '../../server/src/modules/identity/identity-keys.js';
import type { AccountTable, PersonTable } from '../../server/src/modules/identity/tables.js';
import { TERMINAL_STATUSES } from '../../server/src/modules/workflow/engine/index.js';
import { ALL_LISTS, recordListChanges } from '../../server/src/modules/workflow/store/list-changes.js';
import type {
  WorkflowInstanceTable,
  WorkflowSupervisionOrderTable,
  WorkflowTables,
  WorkflowTaskTable,
} from '../../server/src/modules/workflow/tables.js';
import { businessDateOf } from '../../server/src/platform/calendar/index.js';
import { loadConfig } from '../../server/src/platform/config/config.js';
import { createFieldCipher, type FieldCipher } from '../../server/src/platform/crypto/index.js';
import { type AnyDb, openDatabase, tablesOf } from '../../server/src/platform/db/index.js';
import { mod11_2CheckChar } from '../../server/src/platform/validation/iso7064.js';
import { DEMO_PERSONS } from '../../server/src/seed/demo-accounts.js';

type Tables = ApplicationTables & WorkflowTables & { accounts: AccountTable; persons: PersonTable };

export interface SeedOptions {
  /** Applications to add, cloned from the demo's cases (every status, department and channel). */
  applications: number;
  /** Of them, the share still open (not refused, completed, withdrawn or revoked). */
  openShare?: number;
  /**
   * Extra cases waiting for a review by one of these departments (an open, unclaimed review
   * task each): the work a decision scenario consumes, one task per request.
   */
  reviewTasks?: { count: number; departments: string[] };
  log?: (line: string) => void;
}

export interface ReviewTask {
  applicationNo: string;
  taskId: string;
  revision: number;
  department: string;
}

export interface SeedReport {
  applications: number;
  citizens: number;
  seconds: number;
  reviewTasks: ReviewTask[];
  /** All applications in the store afterwards. */
  storeApplications: number;
}

/** Applications per transaction; rows per INSERT stay under SQLite's 32,766 parameters. */
const TRANSACTION = 5_000;
const ROWS_PER_INSERT = 500;
/** Applicants: on average this many applications each. */
const APPLICATIONS_PER_CITIZEN = 20;
/** 张三 (the demo person the citizen-list scenario logs in as) gets one in this many, at least 100. */
const ZHANGSAN_SHARE = 10_000;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

interface Template {
  application: ApplicationTable;
  instance: WorkflowInstanceTable;
  tasks: WorkflowTaskTable[];
  orders: WorkflowSupervisionOrderTable[];
  handedIn: number;
  region: string;
  day: string;
}

/** A pseudo-random stream: the same data on every machine for the same options. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function insertMany<T extends keyof Tables & string>(
  db: Kysely<Tables>,
  table: T,
  rows: Tables[T][],
): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT)
    await db
      .insertInto(table)
      // Typed by the caller's table; Kysely cannot relate a generic table's rows to its insert type.
      .values(rows.slice(i, i + ROWS_PER_INSERT) as never)
      .execute();
}

/**
 * The cases to clone: the demo's, found once and remembered in the data directory (a second
 * seeding of the same directory must not take its own clones for templates).
 */
async function templatesOf(db: Kysely<Tables>, dataDir: string): Promise<Template[]> {
  const file = path.join(dataDir, 'bench-seed-templates.json');
  let ids: string[];
  if (existsSync(file)) {
    ids = JSON.parse(readFileSync(file, 'utf8')) as string[];
  } else {
    ids = (await db.selectFrom('workflowInstances').select('id').limit(5_000).execute()).map((r) => r.id);
    if (ids.length === 0) throw new Error('no cases to clone: seed the demo first (SEED_DEMO=true)');
    writeFileSync(file, JSON.stringify(ids));
  }
  const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
  const applications = byId(await db.selectFrom('applications').selectAll().where('id', 'in', ids).execute());
  const instances = byId(
    await db.selectFrom('workflowInstances').selectAll().where('id', 'in', ids).execute(),
  );
  const tasks = await db.selectFrom('workflowTasks').selectAll().where('instanceId', 'in', ids).execute();
  const orders = await db
    .selectFrom('workflowSupervisionOrders')
    .selectAll()
    .where('instanceId', 'in', ids)
    .execute();
  const handedIn = new Map(
    (
      await db
        .selectFrom('applicationMaterials')
        .select((eb) => ['applicationId', eb.fn.countAll<number>().as('n')])
        .where('applicationId', 'in', ids)
        .groupBy('applicationId')
        .execute()
    ).map((r) => [r.applicationId, Number(r.n)]),
  );
  return ids.flatMap((id) => {
    const application = applications.get(id);
    const instance = instances.get(id);
    if (!application || !instance) return [];
    const no = application.applicationNo;
    return [
      {
        application,
        instance,
        tasks: tasks.filter((t) => t.instanceId === id),
        orders: orders.filter((o) => o.instanceId === id),
        handedIn: handedIn.get(id) ?? 0,
        region: no.slice(0, 6),
        day: no.slice(6, 14),
      },
    ];
  });
}

/** A valid 18-digit ID number per index, in birth years no demo person has (1950 on). */
function idNumberOf(index: number): string {
  const born = new Date(Date.UTC(1950, 0, 1) + Math.floor(index / 1000) * 86_400_000);
  const region = ['440604', '440605', '440606', '440607', '440608'][index % 5]!;
  const body = `${region}${born.toISOString().slice(0, 10).replaceAll('-', '')}${String(index % 1000).padStart(3, '0')}`;
  return body + mod11_2CheckChar(body);
}

const SURNAMES = [...'陈李黄张梁林刘吴罗何郑杨谢周冯邓区麦潘苏卢霍岑'];
const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玲嘉欣志文'];

/** Person accounts (unclaimed: registry-known, never logged in) to spread applications over. */
async function addCitizens(db: Kysely<Tables>, cipher: FieldCipher, count: number): Promise<string[]> {
  const keys = identityKeys(cipher);
  const { n } = await db
    .selectFrom('persons')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const now = new Date().toISOString();
  const ids: string[] = [];
  for (let done = 0; done < count; done += TRANSACTION) {
    const accounts: AccountTable[] = [];
    const persons: PersonTable[] = [];
    for (let i = done; i < Math.min(count, done + TRANSACTION); i++) {
      const id = randomUUID();
      const index = Number(n) + i;
      const idNumber = idNumberOf(index);
      accounts.push({
        id,
        kind: 'person',
        passwordHash: null,
        status: 'unclaimed',
        trustLevel: 2,
        totpSecretEnc: null,
        totpLastStep: null,
        createdAt: now,
        updatedAt: now,
      });
      persons.push({
        accountId: id,
        name: `${SURNAMES[index % SURNAMES.length]}${GIVEN[(index * 7) % GIVEN.length]}${GIVEN[(index * 13) % GIVEN.length]}`,
        idNumberEnc: cipher.encrypt(idNumber),
        idNumberBidx: keys.idNumber(idNumber),
        mobileEnc: null,
        mobileBidx: null,
      });
      ids.push(id);
    }
    await db.transaction().execute(async (trx) => {
      await insertMany(trx, 'accounts', accounts);
      await insertMany(trx, 'persons', persons);
    });
  }
  return ids;
}

/** The rows of one clone: new ids everywhere (also inside the engine's state), a new 办件编号. */
function cloneOf(t: Template, applicationNo: string, applicant: string | null) {
  const ids = new Map<string, string>([[t.application.id, randomUUID()]]);
  for (const task of t.tasks) ids.set(task.id, randomUUID());
  for (const order of t.orders) ids.set(order.id, randomUUID());
  if (applicant) ids.set(t.application.submittedBy, applicant);
  const map = (id: string | null) => (id === null ? null : (ids.get(id) ?? id));
  const id = ids.get(t.application.id)!;
  return {
    application: {
      ...t.application,
      id,
      applicationNo,
      submittedBy: map(t.application.submittedBy)!,
    } satisfies ApplicationTable,
    instance: {
      ...t.instance,
      id,
      applicationNo,
      applicantAccountId: map(t.instance.applicantAccountId)!,
      state: t.instance.state.replace(UUID, (u) => ids.get(u) ?? u),
    } satisfies WorkflowInstanceTable,
    tasks: t.tasks.map(
      (task): WorkflowTaskTable => ({
        ...task,
        id: ids.get(task.id)!,
        instanceId: id,
        countersignFor: map(task.countersignFor),
        transferredFrom: map(task.transferredFrom),
      }),
    ),
    orders: t.orders.map(
      (o): WorkflowSupervisionOrderTable => ({ ...o, id: ids.get(o.id)!, instanceId: id }),
    ),
  };
}

/**
 * Adds applications to a store whose server has seeded the demo and stopped: the demo's
 * cases cloned (application, case with its engine state, tasks, supervision orders; not
 * their action logs, materials or notices, which no list reads), spread over synthetic
 * citizens, in multi-row INSERTs inside transactions of 5,000 applications. Keeps the
 * numbering counters and the 零提交 counters in step so the server goes on from there.
 */
export async function seedApplications(
  store: { dataDir: string; databaseUrl: string | undefined },
  options: SeedOptions,
): Promise<SeedReport> {
  const started = Date.now();
  const log = options.log ?? (() => undefined);
  const config = loadConfig({
    ...process.env,
    DATA_DIR: store.dataDir,
    DATABASE_URL: store.databaseUrl ?? '',
  });
  const cipher = createFieldCipher(config.keys.dataKey, config.keys.blindIndexKey);
  const database = openDatabase({ databaseUrl: store.databaseUrl, dataDir: store.dataDir });
  // A store seeded by an earlier build gets this build's tables before rows are added to them.
  await migrateDatabase(database);
  const db = database.db as AnyDb as Kysely<Tables>;
  if (database.dialect === 'sqlite') {
    // This connection only: 1 GiB of page cache keeps the indexes the clones go into (UUID
    // keys, random places) in memory well past a million applications, where the server's
    // 64 MiB made every insert a read; and a bulk load interrupted is done again, not recovered.
    await sql`pragma cache_size = -1048576`.execute(db);
    await sql`pragma synchronous = off`.execute(db);
  }
  try {
    const templates = await templatesOf(db, store.dataDir);
    const open = templates.filter((t) => !TERMINAL_STATUSES.has(t.instance.status));
    const closed = templates.filter((t) => TERMINAL_STATUSES.has(t.instance.status));
    const zhangsan = await db
      .selectFrom('persons')
      .select('accountId')
      .where('idNumberBidx', '=', identityKeys(cipher).idNumber(DEMO_PERSONS[0]!.idNumber))
      .executeTakeFirstOrThrow();
    // Not 张三's cases: his list is measured, and holds only the share given below.
    const awaitingReview = templates.flatMap((t) => {
      const task = t.tasks.find(
        (k) =>
          k.kind === 'review' &&
          k.status === 'open' &&
          k.assigneeId === null &&
          options.reviewTasks?.departments.includes(k.department),
      );
      return task && t.instance.suspended === 0 && t.application.submittedBy !== zhangsan.accountId
        ? [{ template: t, task }]
        : [];
    });
    if (options.reviewTasks?.count && awaitingReview.length === 0)
      throw new Error('no demo case awaits a review by the departments asked for');

    const citizenCount = Math.ceil(options.applications / APPLICATIONS_PER_CITIZEN);
    const citizens = await addCitizens(db, cipher, citizenCount);
    log(`${citizens.length} citizens in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    const sequences = new Map(
      (await db.selectFrom('applicationNoCounters').selectAll().execute()).map((c) => [
        `${c.region}|${c.day}`,
        c.lastValue,
      ]),
    );
    const nextNo = (t: Template) => {
      const key = `${t.region}|${t.day}`;
      const sequence = (sequences.get(key) ?? 0) + 1;
      sequences.set(key, sequence);
      const body = `${t.region}${t.day}${String(sequence).padStart(8, '0')}`;
      return body + mod11_2CheckChar(body);
    };
    const counters = new Map<string, ZeroSubmissionCounterTable>();
    const count = (t: Template) => {
      const day = businessDateOf(new Date(t.application.submittedAt));
      const key = `${t.application.departmentId}|${day}`;
      const c = counters.get(key) ?? {
        departmentId: t.application.departmentId,
        day,
        applications: 0,
        applicationsWithReuse: 0,
        materialsReused: 0,
        materialsHandedIn: 0,
      };
      const reused = t.application.reusedMaterials ?? 0;
      c.applications += 1;
      c.applicationsWithReuse += reused > 0 ? 1 : 0;
      c.materialsReused += reused;
      c.materialsHandedIn += t.handedIn;
      counters.set(key, c);
    };

    const next = random(options.applications);
    const openShare = options.openShare ?? 0.05;
    const zhangsanCount = Math.max(100, Math.ceil(options.applications / ZHANGSAN_SHARE));
    const reviewCount = options.reviewTasks?.count ?? 0;
    const reviewTasks: ReviewTask[] = [];
    const total = options.applications + reviewCount;
    for (let done = 0; done < total; done += TRANSACTION) {
      const applications: ApplicationTable[] = [];
      const instances: WorkflowInstanceTable[] = [];
      const tasks: WorkflowTaskTable[] = [];
      const orders: WorkflowSupervisionOrderTable[] = [];
      for (let i = done; i < Math.min(total, done + TRANSACTION); i++) {
        let clone: ReturnType<typeof cloneOf>;
        let template: Template;
        if (i >= options.applications) {
          // The decision scenario's work: the demo applicant kept (notifications reach a real contact).
          const pick = awaitingReview[i % awaitingReview.length]!;
          template = pick.template;
          clone = cloneOf(template, nextNo(template), null);
          const task = clone.tasks.find((k) => k.kind === pick.task.kind && k.stepId === pick.task.stepId)!;
          reviewTasks.push({
            applicationNo: clone.application.applicationNo,
            taskId: task.id,
            revision: task.revision,
            department: task.department,
          });
        } else {
          const pool = next() < openShare || closed.length === 0 ? open : closed;
          template = pool[Math.floor(next() * pool.length)]!;
          const person = template.application.organizationId === null;
          const applicant = !person
            ? null
            : i % Math.ceil(options.applications / zhangsanCount) === 0
              ? zhangsan.accountId
              : citizens[Math.floor(next() * citizens.length)]!;
          clone = cloneOf(template, nextNo(template), applicant);
        }
        count(template);
        applications.push(clone.application);
        instances.push(clone.instance);
        tasks.push(...clone.tasks);
        orders.push(...clone.orders);
      }
      await db.transaction().execute(async (trx) => {
        await insertMany(trx, 'applications', applications);
        await insertMany(trx, 'workflowInstances', instances);
        await insertMany(trx, 'workflowTasks', tasks);
        await insertMany(trx, 'workflowSupervisionOrders', orders);
        // Written around the case service: a running server's kept list pages must not outlive them.
        await recordListChanges(tablesOf<WorkflowTables>(trx), [ALL_LISTS]);
      });
      const now = done + applications.length;
      if (now % 100_000 < TRANSACTION || now === total)
        log(`${now.toLocaleString('en')} applications in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }

    await db.transaction().execute(async (trx) => {
      for (const [key, lastValue] of sequences) {
        const [region, day] = key.split('|') as [string, string];
        await trx
          .insertInto('applicationNoCounters')
          .values({ region, day, lastValue })
          .onConflict((oc) => oc.columns(['region', 'day']).doUpdateSet({ lastValue }))
          .execute();
      }
      for (const c of counters.values())
        await trx
          .insertInto('zeroSubmissionCounters')
          .values(c)
          .onConflict((oc) =>
            oc.columns(['departmentId', 'day']).doUpdateSet((eb) => ({
              applications: eb('zeroSubmissionCounters.applications', '+', c.applications),
              applicationsWithReuse: eb(
                'zeroSubmissionCounters.applicationsWithReuse',
                '+',
                c.applicationsWithReuse,
              ),
              materialsReused: eb('zeroSubmissionCounters.materialsReused', '+', c.materialsReused),
              materialsHandedIn: eb('zeroSubmissionCounters.materialsHandedIn', '+', c.materialsHandedIn),
            })),
          )
          .execute();
    });
    // The store as it stands once autovacuum has caught up with the load (in service it does
    // within a minute of one this size; the bench measures at once): planner statistics that
    // describe it, and a visibility map, without which every index-only count of a work list
    // reads the table's rows too (the inbox at half its speed, measured).
    if (database.dialect === 'postgres') await sql`vacuum analyze`.execute(db);
    const { n } = await db
      .selectFrom('applications')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return {
      storeApplications: Number(n),
      applications: total,
      citizens: citizens.length,
      seconds: (Date.now() - started) / 1000,
      reviewTasks,
    };
  } finally {
    await database.close();
  }
}
