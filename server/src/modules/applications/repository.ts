import type { Kysely } from 'kysely';
import {
  type AnyDb,
  type AnyTrx,
  boundedList,
  insertRow,
  preparedQuery,
  tablesOf,
} from '../../platform/db/index.js';
import type { ApplicationDraftTable, ApplicationTable, ApplicationTables } from './tables.js';

// Run by every submission (and read for its answer): compiled once.
const applicationById = preparedQuery((db: Kysely<ApplicationTables>, p: { id: string }) =>
  db.selectFrom('applications').selectAll().where('id', '=', p.id),
);
const applicationByNo = preparedQuery((db: Kysely<ApplicationTables>, p: { applicationNo: string }) =>
  db.selectFrom('applications').selectAll().where('applicationNo', '=', p.applicationNo),
);
const idempotencyKey = preparedQuery((db: Kysely<ApplicationTables>, p: { accountId: string; key: string }) =>
  db.selectFrom('idempotencyKeys').selectAll().where('accountId', '=', p.accountId).where('key', '=', p.key),
);

/** Whose applications a caller sees: their own as a person, or those of the organisation they act for. */
export interface Owner {
  accountId: string;
  organizationId: string | null;
}
const takeSequence = preparedQuery((db: Kysely<ApplicationTables>, p: { region: string; day: string }) =>
  db
    .insertInto('applicationNoCounters')
    .values({ region: p.region, day: p.day, lastValue: 1 })
    .onConflict((oc) =>
      oc
        .columns(['region', 'day'])
        .doUpdateSet((eb) => ({ lastValue: eb('applicationNoCounters.lastValue', '+', 1) })),
    )
    .returning('lastValue'),
);
const statusUpdate = preparedQuery(
  (db: Kysely<ApplicationTables>, p: { id: string; status: ApplicationTable['status']; at: string }) =>
    db
      .updateTable('applications')
      .set((eb) => ({ status: p.status, updatedAt: p.at, revision: eb('revision', '+', 1) }))
      .where('id', '=', p.id),
);

/** What changes the SQL of the applicant's list: whose it is, and whether a status is asked for. */
interface OwnedShape {
  organization: boolean;
  status: boolean;
}
type OwnedParams = Owner & { status: string | undefined };

// The applicant's list is read on every visit to their pages: compiled once per shape.
// Parameters are read only where the shape uses them (a prepared query holds no others).
function owned(db: Kysely<ApplicationTables>, shape: OwnedShape, p: OwnedParams) {
  const mine = shape.organization
    ? db.selectFrom('applications').where('organizationId', '=', p.organizationId)
    : db
        .selectFrom('applications')
        .where('submittedBy', '=', p.accountId)
        .where('organizationId', 'is', null);
  return shape.status ? mine.where('status', '=', p.status as ApplicationTable['status']) : mine;
}
const ownedList = boundedList({
  ranges: (db: Kysely<ApplicationTables>, shape: OwnedShape, p: OwnedParams) => [owned(db, shape, p)],
  page: (db: Kysely<ApplicationTables>, shape: OwnedShape, p: OwnedParams, limits) =>
    owned(db, shape, p)
      .select(['applicationNo', 'matterCode', 'matterName', 'status', 'submittedAt', 'updatedAt'])
      .orderBy('submittedAt', 'desc')
      .orderBy('applicationNo', 'desc')
      .limit(limits.size)
      .offset(limits.skip),
  plannedPerRun: false,
});

export function applicationRepository(anyDb: AnyDb | AnyTrx) {
  const db = tablesOf<ApplicationTables>(anyDb);

  return {
    findByNo: (applicationNo: string) => applicationByNo.first(db, { applicationNo }),
    findById: (id: string) => applicationById.first(db, { id }),

    async pageOf(owner: Owner, status: string | undefined, page: number, pageSize: number) {
      const shape = { organization: Boolean(owner.organizationId), status: Boolean(status) };
      const { rows: items, ...count } = await ownedList.read(db, shape, { ...owner, status }, page, pageSize);
      return { items, ...count, page, pageSize };
    },

    timeline: (applicationId: string) =>
      db
        .selectFrom('applicationEvents')
        .select(['at', 'action', 'note'])
        .where('applicationId', '=', applicationId)
        .orderBy('at')
        .orderBy('id')
        .execute(),

    /** The next number of a region's day: one atomic statement, run where `ctx.numbers` says. */
    async nextSequence(region: string, day: string): Promise<number> {
      const row = await takeSequence.first(db, { region, day });
      return row!.lastValue;
    },

    insert: (row: ApplicationTable) => insertRow(db, 'applications', row),
    /** Its case's status; the case's own revision guards against lost updates. */
    updateStatus: (id: string, status: ApplicationTable['status'], at: string) =>
      statusUpdate.all(db, { id, status, at }),

    findIdempotencyKey: (accountId: string, key: string) => idempotencyKey.first(db, { accountId, key }),
    insertIdempotencyKey: (row: ApplicationTables['idempotencyKeys']) =>
      insertRow(db, 'idempotencyKeys', row),

    drafts: (owner: Owner) =>
      db
        .selectFrom('applicationDrafts')
        .select(['id', 'matterCode', 'matterName', 'updatedAt'])
        .where('accountId', '=', owner.accountId)
        .where((eb) =>
          owner.organizationId
            ? eb('organizationId', '=', owner.organizationId)
            : eb('organizationId', 'is', null),
        )
        .orderBy('updatedAt', 'desc')
        .execute(),
    findDraft: (id: string) =>
      db.selectFrom('applicationDrafts').selectAll().where('id', '=', id).executeTakeFirst(),
    insertDraft: (row: ApplicationDraftTable) => db.insertInto('applicationDrafts').values(row).execute(),
    updateDraft: (id: string, patch: Partial<ApplicationDraftTable>) =>
      db.updateTable('applicationDrafts').set(patch).where('id', '=', id).execute(),
    deleteDraft: (id: string) => db.deleteFrom('applicationDrafts').where('id', '=', id).executeTakeFirst(),
  };
}
