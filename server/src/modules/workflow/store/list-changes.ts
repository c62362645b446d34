import type { Kysely } from 'kysely';
import {
  type AnyDb,
  type Dialect,
  newRowId,
  preparedQueryByShape,
  tablesOf,
} from '../../../platform/db/index.js';
import { type InstanceState, isActive } from '../engine/index.js';
import type { WorkflowTables } from '../tables.js';

// The work lists (a department's pool, a person's tasks, the supervision lists) are read far
// more often than they change, so a process keeps the pages it answered under their lists'
// revisions. A revision must be shared by every process and move in the transaction that
// changes the list. A counter row per list would do that, but on PostgreSQL its update holds
// a row lock until commit, and one transaction may change several cases (a project stage's
// filing opens one per matter), meeting their lists in any order: deadlocks. An appended row
// waits for no one. A list's revision is the sum of its key's weights: every commit adds to
// it, in whatever order commits land, and compaction folds rows into one without changing it.

/** Changed with bulk writes (a bench's seed): part of every list's revision. */
export const ALL_LISTS = 'lists';
export const poolKey = (department: string) => `pool:${department}`;
export const assigneeKey = (accountId: string) => `assignee:${accountId}`;
/** The supervision lists: of one department's cases, or of all cases without one. */
export const casesKey = (department?: string | null) => (department ? `cases:${department}` : 'cases');

type Db = Kysely<WorkflowTables>;

/**
 * The lists a case's change may alter: its cases' lists, and the pool and holder of every task
 * open before or after (their rows show the case's status; closing, opening, claiming and
 * deadlines move them). A task closed on both sides is on no list.
 */
export function listsChangedBy(
  departmentCode: string,
  before: InstanceState | null,
  after: InstanceState,
): string[] {
  const keys = new Set([casesKey(departmentCode), casesKey()]);
  const tasks = [...(before?.tasks ?? []), ...after.tasks];
  const listed = new Set(tasks.filter(isActive).map((task) => task.id));
  for (const task of tasks) {
    if (!listed.has(task.id)) continue;
    keys.add(poolKey(task.assignment.department));
    if (task.assigneeId) keys.add(assigneeKey(task.assigneeId));
  }
  return [...keys];
}

// Once per number of keys: a decision appends four to six, and building the insert with
// Kysely each time cost as much as SQLite's insert.
const appendRows = preparedQueryByShape((db: Db, size: number, p: Record<string, string>) =>
  db
    .insertInto('workflowListChanges')
    .values(Array.from({ length: size }, (_, i) => ({ id: p[`id${i}`]!, key: p[`k${i}`]!, weight: 1 }))),
);

/** Moves the revisions of `keys` in the caller's transaction. */
export async function recordListChanges(db: Db, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  const params: Record<string, string> = {};
  keys.forEach((key, i) => {
    params[`id${i}`] = newRowId();
    params[`k${i}`] = key;
  });
  await appendRows.all(db, keys.length, params);
}

const sums = preparedQueryByShape((db: Db, size: number, p: Record<string, string>) =>
  db
    .selectFrom('workflowListChanges')
    .select((eb) => ['key', eb.fn.sum<number | string>('weight').as('revision')])
    .where(
      'key',
      'in',
      Array.from({ length: size }, (_, i) => p[`k${i}`]!),
    )
    .groupBy('key'),
);

/** The revisions of `keys` as one string: equal strings, equal lists. */
export async function listRevision(db: Db, keys: readonly string[]): Promise<string> {
  const params: Record<string, string> = {};
  keys.forEach((key, i) => {
    params[`k${i}`] = key;
  });
  const found = new Map(
    (await sums.all(db, keys.length, params)).map((row) => [row.key, String(row.revision)]),
  );
  return keys.map((key) => `${key}=${found.get(key) ?? 0}`).join(';');
}

const BATCH = 5000;

/**
 * Folds each key's rows into one, batch by batch in key order; answers how many rows it
 * removed. On PostgreSQL another process's compaction skips the rows this one holds, so no row
 * is counted twice and every sum stays as it was.
 */
export async function compactListChanges(db: AnyDb, dialect: Dialect): Promise<number> {
  let removed = 0;
  for (let after = ''; ; ) {
    const batch = await db.transaction().execute(async (trx) => {
      const w = tablesOf<WorkflowTables>(trx);
      let query = w
        .selectFrom('workflowListChanges')
        .select(['id', 'key', 'weight'])
        .where('key', '>', after)
        .orderBy('key')
        .limit(BATCH);
      if (dialect === 'postgres') query = query.forUpdate().skipLocked();
      const rows = await query.execute();
      const byKey = new Map<string, { ids: string[]; weight: number }>();
      for (const row of rows) {
        const folded = byKey.get(row.key) ?? { ids: [], weight: 0 };
        folded.ids.push(row.id);
        folded.weight += Number(row.weight);
        byKey.set(row.key, folded);
      }
      let gone = 0;
      for (const [key, { ids, weight }] of byKey) {
        if (ids.length < 2) continue;
        await w.deleteFrom('workflowListChanges').where('id', 'in', ids).execute();
        await w.insertInto('workflowListChanges').values({ id: newRowId(), key, weight }).execute();
        gone += ids.length - 1;
      }
      return { last: rows.at(-1)?.key, full: rows.length === BATCH, gone };
    });
    removed += batch.gone;
    if (!batch.full || batch.last === undefined) return removed;
    after = batch.last;
  }
}
