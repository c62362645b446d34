import { type AnyDb, type AnyTrx, tablesOf } from '../../platform/db/index.js';
import type { CatalogueTables, MatterVersionTable } from './tables.js';

export function catalogueRepository(anyDb: AnyDb | AnyTrx) {
  const db = tablesOf<CatalogueTables>(anyDb);
  return {
    findMatter: (code: string) =>
      db.selectFrom('matters').selectAll().where('code', '=', code).executeTakeFirst(),

    versionsOf: (matterId: string) =>
      db
        .selectFrom('matterVersions')
        .selectAll()
        .where('matterId', '=', matterId)
        .orderBy('version', 'desc')
        .execute(),

    findVersion: (matterId: string, status: MatterVersionTable['status']) =>
      db
        .selectFrom('matterVersions')
        .selectAll()
        .where('matterId', '=', matterId)
        .where('status', '=', status)
        .orderBy('version', 'desc')
        .executeTakeFirst(),

    findVersionById: (id: string) =>
      db.selectFrom('matterVersions').selectAll().where('id', '=', id).executeTakeFirst(),

    publishedByCode: (code: string) =>
      db
        .selectFrom('matterVersions')
        .innerJoin('matters', 'matters.id', 'matterVersions.matterId')
        .selectAll('matterVersions')
        .select(['matters.code', 'matters.departmentId'])
        .where('matters.code', '=', code)
        .where('matterVersions.status', '=', 'published')
        .executeTakeFirst(),

    /** Everything search needs, for every published version. */
    publishedForSearch: () =>
      db
        .selectFrom('matterVersions')
        .innerJoin('matters', 'matters.id', 'matterVersions.matterId')
        .select([
          'matters.code',
          'matters.departmentId',
          'matterVersions.name',
          'matterVersions.guide',
          'matterVersions.searchPinyin',
          'matterVersions.searchInitials',
        ])
        .where('matterVersions.status', '=', 'published')
        .execute(),

    /** The newest version of each matter, for the administrators' list. */
    latestVersions: (departmentId: string | null) => {
      let q = db
        .selectFrom('matters')
        .innerJoin('matterVersions', 'matterVersions.matterId', 'matters.id')
        .select([
          'matters.code',
          'matters.departmentId',
          'matterVersions.name',
          'matterVersions.version',
          'matterVersions.status',
          'matterVersions.createdAt',
        ])
        .where(({ eb, selectFrom }) =>
          eb(
            'matterVersions.version',
            '=',
            selectFrom('matterVersions as v')
              .select((e) => e.fn.max('v.version').as('m'))
              .whereRef('v.matterId', '=', 'matters.id'),
          ),
        );
      if (departmentId) q = q.where('matters.departmentId', '=', departmentId);
      return q.orderBy('matters.code').execute();
    },

    insertMatter: (row: CatalogueTables['matters']) => db.insertInto('matters').values(row).execute(),
    insertVersion: (row: MatterVersionTable) => db.insertInto('matterVersions').values(row).execute(),
    updateVersion: (id: string, patch: Partial<MatterVersionTable>) =>
      db.updateTable('matterVersions').set(patch).where('id', '=', id).execute(),
    setMatterDepartment: (id: string, departmentId: string) =>
      db.updateTable('matters').set({ departmentId }).where('id', '=', id).execute(),

    revision: async () =>
      (
        await db
          .selectFrom('catalogueRevision')
          .select('revision')
          .where('id', '=', 1)
          .executeTakeFirstOrThrow()
      ).revision,
    bumpRevision: () =>
      db
        .updateTable('catalogueRevision')
        .set((eb) => ({ revision: eb('revision', '+', 1) }))
        .where('id', '=', 1)
        .execute(),

    lifeEvents: () => db.selectFrom('lifeEvents').selectAll().orderBy('code').execute(),
    findLifeEvent: (code: string) =>
      db.selectFrom('lifeEvents').selectAll().where('code', '=', code).executeTakeFirst(),
    upsertLifeEvent: (row: CatalogueTables['lifeEvents']) =>
      db
        .insertInto('lifeEvents')
        .values(row)
        .onConflict((oc) =>
          oc.column('code').doUpdateSet({
            name: row.name,
            audience: row.audience,
            summary: row.summary,
            matterCodes: row.matterCodes,
          }),
        )
        .execute(),
  };
}
