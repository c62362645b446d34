import { type AnyDb, type AnyTrx, tablesOf } from '../../platform/db/index.js';
import type {
  ProjectCorrectionProposalTable,
  ProjectCorrectionTable,
  ProjectFilingIdempotencyTable,
  ProjectFilingMatterTable,
  ProjectFilingTable,
  ProjectIntermediaryTable,
  ProjectJointReviewTable,
  ProjectTables,
} from './tables.js';

/** Which filings a list shows: every one, those a department leads, or those it has a matter in. */
export type FilingScope =
  | { kind: 'all' }
  | { kind: 'lead'; departmentId: string }
  | { kind: 'department'; departmentId: string };

export function filingRepository(anyDb: AnyDb | AnyTrx) {
  const db = tablesOf<ProjectTables>(anyDb);
  return {
    db,
    findById: (id: string) =>
      db.selectFrom('projectFilings').selectAll().where('id', '=', id).executeTakeFirst(),
    findByStage: (projectId: string, stage: string) =>
      db
        .selectFrom('projectFilings')
        .selectAll()
        .where('projectId', '=', projectId)
        .where('stage', '=', stage as ProjectFilingTable['stage'])
        .executeTakeFirst(),
    ofProject: (projectId: string) =>
      db.selectFrom('projectFilings').selectAll().where('projectId', '=', projectId).execute(),
    ofProjects: (projectIds: readonly string[]) =>
      projectIds.length
        ? db
            .selectFrom('projectFilings')
            .selectAll()
            .where('projectId', 'in', [...projectIds])
            .execute()
        : Promise.resolve([]),
    all: () => db.selectFrom('projectFilings').selectAll().execute(),
    insert: (row: ProjectFilingTable) => db.insertInto('projectFilings').values(row).execute(),
    /** Moves the filing on if nobody else did since `revision`; false when someone did. */
    async update(id: string, revision: number, patch: Partial<ProjectFilingTable>) {
      const res = await db
        .updateTable('projectFilings')
        .set({ ...patch, revision: revision + 1 })
        .where('id', '=', id)
        .where('revision', '=', revision)
        .executeTakeFirst();
      return Number(res.numUpdatedRows) === 1;
    },

    async page(scope: FilingScope, status: 'open' | 'closed' | undefined, page: number, pageSize: number) {
      let q = db.selectFrom('projectFilings as f');
      if (scope.kind === 'lead') q = q.where('f.leadDepartmentId', '=', scope.departmentId);
      if (scope.kind === 'department')
        q = q.where('f.id', 'in', (eb) =>
          eb
            .selectFrom('projectFilingMatters')
            .select('filingId')
            .where('departmentId', '=', scope.departmentId),
        );
      if (status === 'open') q = q.where('f.status', '!=', 'closed');
      if (status === 'closed') q = q.where('f.status', '=', 'closed');
      const [rows, count] = await Promise.all([
        q
          .selectAll('f')
          .orderBy('f.submittedAt', 'desc')
          .orderBy('f.id', 'desc')
          .limit(pageSize)
          .offset((page - 1) * pageSize)
          .execute(),
        q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { rows, total: Number(count.n) };
    },

    mattersOf: (filingIds: readonly string[]) =>
      filingIds.length
        ? db
            .selectFrom('projectFilingMatters')
            .selectAll()
            .where('filingId', 'in', [...filingIds])
            .orderBy('filingId')
            .orderBy('position')
            .execute()
        : Promise.resolve([] as ProjectFilingMatterTable[]),
    insertMatters: (rows: ProjectFilingMatterTable[]) =>
      db.insertInto('projectFilingMatters').values(rows).execute(),

    findIdempotencyKey: (accountId: string, key: string) =>
      db
        .selectFrom('projectFilingIdempotency')
        .selectAll()
        .where('accountId', '=', accountId)
        .where('key', '=', key)
        .executeTakeFirst(),
    insertIdempotencyKey: (row: ProjectFilingIdempotencyTable) =>
      db.insertInto('projectFilingIdempotency').values(row).execute(),

    proposalsOf: (filingId: string) =>
      db.selectFrom('projectCorrectionProposals').selectAll().where('filingId', '=', filingId).execute(),
    async putProposal(row: ProjectCorrectionProposalTable) {
      await db
        .deleteFrom('projectCorrectionProposals')
        .where('filingId', '=', row.filingId)
        .where('matterCode', '=', row.matterCode)
        .execute();
      await db.insertInto('projectCorrectionProposals').values(row).execute();
    },
    clearProposals: (filingId: string) =>
      db.deleteFrom('projectCorrectionProposals').where('filingId', '=', filingId).execute(),

    correctionsOf: (filingId: string) =>
      db
        .selectFrom('projectCorrections')
        .selectAll()
        .where('filingId', '=', filingId)
        .orderBy('requestedAt')
        .execute(),
    insertCorrection: (row: ProjectCorrectionTable) =>
      db.insertInto('projectCorrections').values(row).execute(),
    answerCorrections: (filingId: string, at: string) =>
      db
        .updateTable('projectCorrections')
        .set({ answeredAt: at })
        .where('filingId', '=', filingId)
        .where('answeredAt', 'is', null)
        .execute(),

    jointReviewsOf: (filingId: string) =>
      db
        .selectFrom('projectJointReviews')
        .selectAll()
        .where('filingId', '=', filingId)
        .orderBy('heldOn')
        .orderBy('recordedAt')
        .execute(),
    insertJointReview: (row: ProjectJointReviewTable) =>
      db.insertInto('projectJointReviews').values(row).execute(),

    intermediariesOf: (filingIds: readonly string[]) =>
      filingIds.length
        ? db
            .selectFrom('projectIntermediaries')
            .selectAll()
            .where('filingId', 'in', [...filingIds])
            .orderBy('startedOn')
            .execute()
        : Promise.resolve([] as ProjectIntermediaryTable[]),
    insertIntermediary: (row: ProjectIntermediaryTable) =>
      db.insertInto('projectIntermediaries').values(row).execute(),
    finishIntermediary: (id: string, filingId: string, endedOn: string) =>
      db
        .updateTable('projectIntermediaries')
        .set({ endedOn })
        .where('id', '=', id)
        .where('filingId', '=', filingId)
        .where('endedOn', 'is', null)
        .executeTakeFirst(),
  };
}
