import { type Kysely, sql } from 'kysely';
import {
  type AnyDb,
  type AnyTrx,
  hotRowWriter,
  insertRow,
  preparedQuery,
  tablesOf,
} from '../../platform/db/index.js';
import type { ReusedMaterial } from './materials.js';
import type {
  ApplicationReusedMaterialTable,
  ApplicationTables,
  ZeroSubmissionCounterTable,
} from './tables.js';

const tables = (db: AnyDb | AnyTrx) => tablesOf<ApplicationTables>(db);

/** The row of a material taken instead of asked for. */
function rowOf(
  applicationId: string,
  { materialId, materialName, reuse }: ReusedMaterial,
  position: number,
): ApplicationReusedMaterialTable {
  const license = reuse.kind === 'license' ? reuse.license : null;
  return {
    applicationId,
    materialId,
    materialName,
    kind: reuse.kind,
    typeCode: reuse.typeCode,
    typeName: reuse.typeName,
    licenseId: license?.id ?? null,
    licenseNo: license?.licenseNo ?? null,
    sharedSource: reuse.kind === 'shared_data' ? reuse.source : null,
    sharedSubject: reuse.kind === 'shared_data' ? reuse.subject : null,
    position,
  };
}

// The counters' upsert runs with every submission: compiled once.
const addToCounters = preparedQuery((db: Kysely<ApplicationTables>, row: ZeroSubmissionCounterTable) => {
  const added = (column: keyof ZeroSubmissionCounterTable) =>
    sql<number>`${sql.ref(`zeroSubmissionCounters.${column}`)} + ${sql.ref(`excluded.${column}`)}`;
  return db
    .insertInto('zeroSubmissionCounters')
    .values({
      departmentId: row.departmentId,
      day: row.day,
      applications: row.applications,
      applicationsWithReuse: row.applicationsWithReuse,
      materialsReused: row.materialsReused,
      materialsHandedIn: row.materialsHandedIn,
    })
    .onConflict((oc) =>
      oc.columns(['departmentId', 'day']).doUpdateSet({
        applications: added('applications'),
        applicationsWithReuse: added('applicationsWithReuse'),
        materialsReused: added('materialsReused'),
        materialsHandedIn: added('materialsHandedIn'),
      }),
    );
});

const COUNTED = ['applications', 'applicationsWithReuse', 'materialsReused', 'materialsHandedIn'] as const;

/**
 * A department's day of counters, added to in the caller's transaction; in one that writes hot
 * rows last (PostgreSQL's write queue), summed per department and day at its end, in key order.
 */
const addToDayCounters = hotRowWriter<ZeroSubmissionCounterTable>(
  'zero-submission counters',
  async (trx, rows) => {
    const sums = new Map<string, ZeroSubmissionCounterTable>();
    for (const row of rows) {
      const key = `${row.departmentId}|${row.day}`;
      const sum = sums.get(key);
      if (!sum) sums.set(key, { ...row });
      else for (const column of COUNTED) sum[column] += row[column];
    }
    for (const key of [...sums.keys()].sort()) await addToCounters.all(tables(trx), sums.get(key)!);
  },
);

/** One submission's 零提交 record: what it took, and the day's counters of its deciding department. */
export async function recordZeroSubmission(
  trx: AnyTrx,
  submission: {
    applicationId: string;
    departmentId: string;
    day: string;
    reused: readonly ReusedMaterial[];
    materialsHandedIn: number;
  },
): Promise<void> {
  const { applicationId, reused } = submission;
  for (const [i, r] of reused.entries())
    await insertRow(tables(trx), 'applicationReusedMaterials', rowOf(applicationId, r, i));
  await addToDayCounters(trx, {
    departmentId: submission.departmentId,
    day: submission.day,
    applications: 1,
    applicationsWithReuse: reused.length ? 1 : 0,
    materialsReused: reused.length,
    materialsHandedIn: submission.materialsHandedIn,
  });
}

/** What an application took instead of asking, in the guide's order. */
export const reusedMaterialsOf = (db: AnyDb | AnyTrx, applicationId: string) =>
  tables(db)
    .selectFrom('applicationReusedMaterials')
    .selectAll()
    .where('applicationId', '=', applicationId)
    .orderBy('position')
    .execute();

export interface ZeroSubmissionFigures {
  applications: number;
  applicationsWithReuse: number;
  materialsReused: number;
  materialsHandedIn: number;
}

/** The counters of the days from `from` to `to` (inclusive), summed per department. */
export async function zeroSubmissionByDepartment(
  db: AnyDb,
  range: { from: string; to: string; departmentId?: string | null },
): Promise<(ZeroSubmissionFigures & { departmentId: string })[]> {
  let q = tables(db)
    .selectFrom('zeroSubmissionCounters')
    .where('day', '>=', range.from)
    .where('day', '<=', range.to);
  if (range.departmentId) q = q.where('departmentId', '=', range.departmentId);
  const rows = await q
    .select((eb) => [
      'departmentId',
      eb.fn.sum<number>('applications').as('applications'),
      eb.fn.sum<number>('applicationsWithReuse').as('applicationsWithReuse'),
      eb.fn.sum<number>('materialsReused').as('materialsReused'),
      eb.fn.sum<number>('materialsHandedIn').as('materialsHandedIn'),
    ])
    .groupBy('departmentId')
    .execute();
  // PostgreSQL sums integers as bigint/numeric.
  return rows.map((r) => ({
    departmentId: r.departmentId,
    applications: Number(r.applications),
    applicationsWithReuse: Number(r.applicationsWithReuse),
    materialsReused: Number(r.materialsReused),
    materialsHandedIn: Number(r.materialsHandedIn),
  }));
}
