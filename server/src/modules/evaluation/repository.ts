import { type AnyDb, type AnyTrx, tablesOf } from '../../platform/db/index.js';
import type { RectificationStatus } from './model.js';
import type {
  EvaluationReasonTable,
  EvaluationScoreTable,
  EvaluationTable,
  EvaluationTables,
  RectificationTable,
} from './tables.js';

export type RectificationOpening = Pick<
  RectificationTable,
  | 'id'
  | 'evaluationId'
  | 'applicationId'
  | 'applicationNo'
  | 'departmentId'
  | 'matterName'
  | 'applicantAccountId'
  | 'level'
  | 'openedAt'
  | 'deadline'
>;

/** Which rectifications a caller sees: one department's, or every department's (null). */
export interface RectificationFilter {
  departmentId: string | null;
  status?: RectificationStatus | undefined;
  /** true: open and past the deadline on `today`; false: all others. */
  overdue?: boolean | undefined;
  today: string;
}

export function evaluationRepository(anyDb: AnyDb | AnyTrx) {
  const db = tablesOf<EvaluationTables>(anyDb);
  return {
    findByApplicationId: (applicationId: string) =>
      db.selectFrom('evaluations').selectAll().where('applicationId', '=', applicationId).executeTakeFirst(),
    findById: (id: string) =>
      db.selectFrom('evaluations').selectAll().where('id', '=', id).executeTakeFirst(),
    scoresOf: (evaluationId: string) =>
      db
        .selectFrom('evaluationScores')
        .select(['indicator', 'score'])
        .where('evaluationId', '=', evaluationId)
        .execute(),
    reasonsOf: async (evaluationId: string) =>
      (
        await db
          .selectFrom('evaluationReasons')
          .select('reason')
          .where('evaluationId', '=', evaluationId)
          .orderBy('reason')
          .execute()
      ).map((r) => r.reason),

    /** Inserts unless the application has an evaluation already; answers whether it did. */
    async insert(row: EvaluationTable, scores: EvaluationScoreTable[], reasons: EvaluationReasonTable[]) {
      const result = await db
        .insertInto('evaluations')
        .values(row)
        .onConflict((oc) => oc.column('applicationId').doNothing())
        .executeTakeFirst();
      if (Number(result.numInsertedOrUpdatedRows ?? 0) !== 1) return false;
      await db.insertInto('evaluationScores').values(scores).execute();
      if (reasons.length) await db.insertInto('evaluationReasons').values(reasons).execute();
      return true;
    },
    /** Adds the one 追评; answers false when there is one already. */
    async addFollowUp(id: string, followUpEnc: string, at: string) {
      const result = await db
        .updateTable('evaluations')
        .set({ followUpEnc, followUpAt: at })
        .where('id', '=', id)
        .where('followUpEnc', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** A new open rectification: nothing rectified, called back or closed yet. */
    openRectification: (opening: RectificationOpening) =>
      db
        .insertInto('rectifications')
        .values({
          ...opening,
          status: 'open',
          measures: null,
          rectifiedAt: null,
          rectifiedBy: null,
          calledBackOn: null,
          callBackMethod: null,
          applicantSatisfied: null,
          callBackNoteEnc: null,
          calledBackAt: null,
          calledBackBy: null,
          closedAt: null,
          closedOn: null,
          closedBy: null,
          revision: 1,
        })
        .execute(),
    findRectification: (id: string) =>
      db.selectFrom('rectifications').selectAll().where('id', '=', id).executeTakeFirst(),
    findRectificationOf: (evaluationId: string) =>
      db.selectFrom('rectifications').selectAll().where('evaluationId', '=', evaluationId).executeTakeFirst(),
    updateRectification: async (id: string, revision: number, patch: Partial<RectificationTable>) =>
      Number(
        (
          await db
            .updateTable('rectifications')
            .set({ ...patch, revision: revision + 1 })
            .where('id', '=', id)
            .where('revision', '=', revision)
            .executeTakeFirst()
        ).numUpdatedRows,
      ) === 1,

    async rectificationPage(filter: RectificationFilter, page: number, pageSize: number) {
      let q = db.selectFrom('rectifications');
      if (filter.departmentId) q = q.where('departmentId', '=', filter.departmentId);
      if (filter.status) q = q.where('status', '=', filter.status);
      if (filter.overdue === true) q = q.where('status', '=', 'open').where('deadline', '<', filter.today);
      if (filter.overdue === false)
        q = q.where((eb) => eb.or([eb('status', '=', 'closed'), eb('deadline', '>=', filter.today)]));
      const { n } = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const items = await q
        .selectAll()
        // Open work first ('open' > 'closed'), the most urgent deadline on top.
        .orderBy('status', 'desc')
        .orderBy('deadline')
        .orderBy('openedAt')
        .orderBy('id')
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute();
      return { items, total: Number(n), page, pageSize };
    },
  };
}
