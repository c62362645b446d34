import { type AnyDb, type AnyTrx, tablesOf } from '../../platform/db/index.js';
import type { ProjectIdempotencyTable, ProjectTable, ProjectTables } from './tables.js';

/** Which projects a caller may see: every one, an organisation's, or those of some categories. */
export type ProjectScope =
  | { kind: 'all' }
  | { kind: 'owner'; organizationId: string }
  | { kind: 'categories'; categoryCodes: string[] };

export function projectRepository(anyDb: AnyDb | AnyTrx) {
  const db = tablesOf<ProjectTables>(anyDb);
  return {
    categories: () => db.selectFrom('projectCategories').selectAll().orderBy('position').execute(),
    categoryStages: () =>
      db
        .selectFrom('projectCategoryStages')
        .selectAll()
        .orderBy('categoryCode')
        .orderBy('position')
        .execute(),
    stageMatters: () =>
      db
        .selectFrom('projectStageMatters')
        .selectAll()
        .orderBy('categoryCode')
        .orderBy('stage')
        .orderBy('position')
        .execute(),

    findById: (id: string) => db.selectFrom('projects').selectAll().where('id', '=', id).executeTakeFirst(),
    findByCode: (projectCode: string) =>
      db.selectFrom('projects').select('id').where('projectCode', '=', projectCode).executeTakeFirst(),
    insert: (row: ProjectTable) => db.insertInto('projects').values(row).execute(),
    /** Every project's identity and category: what the statistics count. */
    allBrief: () =>
      db.selectFrom('projects').select(['id', 'categoryCode', 'projectCode', 'name', 'createdAt']).execute(),

    async page(
      scope: ProjectScope,
      filter: { categoryCode?: string | undefined },
      page: number,
      pageSize: number,
    ) {
      if (scope.kind === 'categories' && scope.categoryCodes.length === 0) return { rows: [], total: 0 };
      let q = db.selectFrom('projects');
      if (scope.kind === 'owner') q = q.where('ownerOrganizationId', '=', scope.organizationId);
      if (scope.kind === 'categories') q = q.where('categoryCode', 'in', scope.categoryCodes);
      if (filter.categoryCode) q = q.where('categoryCode', '=', filter.categoryCode);
      const [rows, count] = await Promise.all([
        q
          .selectAll()
          .orderBy('createdAt', 'desc')
          .orderBy('id', 'desc')
          .limit(pageSize)
          .offset((page - 1) * pageSize)
          .execute(),
        q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { rows, total: Number(count.n) };
    },

    findIdempotencyKey: (accountId: string, key: string) =>
      db
        .selectFrom('projectIdempotency')
        .selectAll()
        .where('accountId', '=', accountId)
        .where('key', '=', key)
        .executeTakeFirst(),
    insertIdempotencyKey: (row: ProjectIdempotencyTable) =>
      db.insertInto('projectIdempotency').values(row).execute(),
  };
}
