import { sql } from 'kysely';
import { type AnyDb, columnTypes, type ModuleMigration, tablesOf } from '../../platform/db/index.js';
import { FOSHAN_PROJECT_CATEGORIES } from './categories.js';
import type { ProjectTables } from './tables.js';

/** The categories' configuration as the Foshan plan sets it out. */
async function insertCategories(anyDb: AnyDb) {
  const db = tablesOf<ProjectTables>(anyDb);
  for (const [position, { stages, ...category }] of FOSHAN_PROJECT_CATEGORIES.entries()) {
    await db
      .insertInto('projectCategories')
      .values({ ...category, position })
      .execute();
    for (const [stagePosition, s] of stages.entries()) {
      await db
        .insertInto('projectCategoryStages')
        .values({
          categoryCode: category.code,
          stage: s.stage,
          leadDepartmentCode: s.lead,
          position: stagePosition,
        })
        .execute();
      await db
        .insertInto('projectStageMatters')
        .values(
          s.matters.map((matterCode, matterPosition) => ({
            categoryCode: category.code,
            stage: s.stage,
            matterCode,
            position: matterPosition,
          })),
        )
        .execute();
    }
  }
}

export const projectMigrations: ModuleMigration[] = [
  {
    name: '1200_projects',
    async up(db, dialect) {
      const t = columnTypes(dialect);
      await db.schema
        .createTable('project_categories')
        .addColumn('code', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('name_en', 'text', (c) => c.notNull())
        .addColumn('investment', 'text', (c) =>
          c.notNull().check(sql`investment in ('government', 'social')`),
        )
        .addColumn('cap_working_days', 'integer', (c) => c.notNull().check(sql`cap_working_days > 0`))
        .addColumn('position', 'integer', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('project_category_stages')
        .addColumn('category_code', 'text', (c) => c.notNull().references('project_categories.code'))
        .addColumn('stage', 'text', (c) => c.notNull())
        .addColumn('lead_department_code', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('project_category_stages_pk', ['category_code', 'stage'])
        .execute();
      await db.schema
        .createTable('project_stage_matters')
        .addColumn('category_code', 'text', (c) => c.notNull())
        .addColumn('stage', 'text', (c) => c.notNull())
        .addColumn('matter_code', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('project_stage_matters_pk', ['category_code', 'stage', 'matter_code'])
        .addForeignKeyConstraint(
          'project_stage_matters_stage_fk',
          ['category_code', 'stage'],
          'project_category_stages',
          ['category_code', 'stage'],
        )
        .execute();
      await db.schema
        .createTable('projects')
        .addColumn('id', t.uuid, (c) => c.primaryKey())
        .addColumn('project_code', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('owner_organization_id', t.uuid, (c) => c.notNull())
        .addColumn('category_code', 'text', (c) => c.notNull().references('project_categories.code'))
        .addColumn('site', 'text', (c) => c.notNull())
        .addColumn('site_area_m2', t.double, (c) => c.notNull())
        // The red line's bounding box: what a map view or a plan check narrows by first.
        .addColumn('min_lng', t.double, (c) => c.notNull())
        .addColumn('min_lat', t.double, (c) => c.notNull())
        .addColumn('max_lng', t.double, (c) => c.notNull())
        .addColumn('max_lat', t.double, (c) => c.notNull())
        .addColumn('investment_fen', t.bigint, (c) => c.notNull())
        .addColumn('land_area_m2', t.double, (c) => c.notNull())
        .addColumn('floor_area_m2', t.double, (c) => c.notNull())
        .addColumn('intended_use', 'text', (c) => c.notNull())
        .addColumn('contact_name_enc', 'text', (c) => c.notNull())
        .addColumn('contact_mobile_enc', 'text', (c) => c.notNull())
        .addColumn('registered_by', t.uuid, (c) => c.notNull())
        .addColumn('created_at', t.instant, (c) => c.notNull())
        .addColumn('updated_at', t.instant, (c) => c.notNull())
        .execute();
      // Lists: an organisation's projects newest first; a department's by category.
      await db.schema
        .createIndex('projects_owner')
        .on('projects')
        .columns(['owner_organization_id', 'created_at'])
        .execute();
      await db.schema
        .createIndex('projects_category')
        .on('projects')
        .columns(['category_code', 'created_at'])
        .execute();
      await db.schema
        .createTable('project_idempotency')
        .addColumn('account_id', t.uuid, (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('request_hash', 'text', (c) => c.notNull())
        .addColumn('project_id', t.uuid, (c) => c.notNull())
        .addColumn('created_at', t.instant, (c) => c.notNull())
        .addPrimaryKeyConstraint('project_idempotency_pk', ['account_id', 'key'])
        .execute();
      // The categories are configuration every deployment starts from (the Foshan plan).
      await insertCategories(db);
    },
  },
];
