import { sql } from 'kysely';
import { type AnyDb, columnTypes, type ModuleMigration, tablesOf } from '../../platform/db/index.js';
import { FOSHAN_PROJECT_CATEGORIES } from './categories.js';
import type { ProjectTables } from './tables.js';

/** 生产建设项目水土保持方案审批 (水利). */
const SOIL_PLAN = '440600-SL-0001';

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
  {
    name: '1210_project_filings',
    async up(db, dialect) {
      const t = columnTypes(dialect);
      await db.schema
        .createTable('project_filings')
        .addColumn('id', t.uuid, (c) => c.primaryKey())
        .addColumn('filing_no', 'text', (c) => c.notNull().unique())
        .addColumn('project_id', t.uuid, (c) => c.notNull().references('projects.id'))
        .addColumn('stage', 'text', (c) => c.notNull())
        .addColumn('lead_department_id', t.uuid, (c) => c.notNull())
        .addColumn('status', 'text', (c) =>
          c.notNull().check(sql`status in ('in_progress', 'correction_requested', 'closed')`),
        )
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('submitted_by', t.uuid, (c) => c.notNull())
        .addColumn('submitted_at', t.instant, (c) => c.notNull())
        .addColumn('submitted_on', 'text', (c) => c.notNull())
        .addColumn('closed_at', t.instant)
        .addColumn('closed_on', 'text')
        .addColumn('closed_by', t.uuid)
        .addColumn('commitments', 'text', (c) => c.notNull())
        .addColumn('covered_by_area', 'text', (c) => c.notNull())
        // One filing per stage of a project: a second submission by another key is refused.
        .addUniqueConstraint('project_filings_stage', ['project_id', 'stage'])
        // A closed filing says when and by whom.
        .addCheckConstraint(
          'project_filings_closed',
          sql`(status = 'closed') = (closed_at is not null and closed_on is not null and closed_by is not null)`,
        )
        .execute();
      await db.schema
        .createIndex('project_filings_lead')
        .on('project_filings')
        .columns(['lead_department_id', 'status', 'submitted_at'])
        .execute();
      await db.schema
        .createTable('project_filing_matters')
        .addColumn('filing_id', t.uuid, (c) => c.notNull().references('project_filings.id'))
        .addColumn('matter_code', 'text', (c) => c.notNull())
        .addColumn('application_id', t.uuid, (c) => c.notNull().unique())
        .addColumn('application_no', 'text', (c) => c.notNull())
        .addColumn('department_id', t.uuid, (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('project_filing_matters_pk', ['filing_id', 'matter_code'])
        .execute();
      await db.schema
        .createIndex('project_filing_matters_department')
        .on('project_filing_matters')
        .columns(['department_id', 'filing_id'])
        .execute();
      await db.schema
        .createTable('project_filing_idempotency')
        .addColumn('account_id', t.uuid, (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('request_hash', 'text', (c) => c.notNull())
        .addColumn('filing_id', t.uuid, (c) => c.notNull())
        .addColumn('created_at', t.instant, (c) => c.notNull())
        .addPrimaryKeyConstraint('project_filing_idempotency_pk', ['account_id', 'key'])
        .execute();
      await db.schema
        .createTable('project_correction_proposals')
        .addColumn('filing_id', t.uuid, (c) => c.notNull().references('project_filings.id'))
        .addColumn('matter_code', 'text', (c) => c.notNull())
        .addColumn('items', 'text', (c) => c.notNull())
        .addColumn('proposed_by', 'text', (c) => c.notNull())
        .addColumn('proposed_at', t.instant, (c) => c.notNull())
        .addPrimaryKeyConstraint('project_correction_proposals_pk', ['filing_id', 'matter_code'])
        .execute();
      await db.schema
        .createTable('project_corrections')
        .addColumn('id', t.uuid, (c) => c.primaryKey())
        .addColumn('filing_id', t.uuid, (c) => c.notNull().references('project_filings.id'))
        .addColumn('items', 'text', (c) => c.notNull())
        .addColumn('requested_by', t.uuid, (c) => c.notNull())
        .addColumn('requested_at', t.instant, (c) => c.notNull())
        .addColumn('answered_at', t.instant)
        .execute();
      await db.schema
        .createIndex('project_corrections_filing')
        .on('project_corrections')
        .columns(['filing_id', 'requested_at'])
        .execute();
      await db.schema
        .createTable('project_joint_reviews')
        .addColumn('id', t.uuid, (c) => c.primaryKey())
        .addColumn('filing_id', t.uuid, (c) => c.notNull().references('project_filings.id'))
        .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('review', 'acceptance')`))
        .addColumn('held_on', 'text', (c) => c.notNull())
        .addColumn('opinions', 'text', (c) => c.notNull())
        .addColumn('conclusion', 'text', (c) => c.notNull())
        .addColumn('summary', 'text', (c) => c.notNull())
        .addColumn('recorded_by', t.uuid, (c) => c.notNull())
        .addColumn('recorded_at', t.instant, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('project_joint_reviews_filing')
        .on('project_joint_reviews')
        .columns(['filing_id', 'held_on'])
        .execute();
      await db.schema
        .createTable('project_intermediaries')
        .addColumn('id', t.uuid, (c) => c.primaryKey())
        .addColumn('filing_id', t.uuid, (c) => c.notNull().references('project_filings.id'))
        .addColumn('service', 'text', (c) => c.notNull())
        .addColumn('provider', 'text', (c) => c.notNull())
        .addColumn('started_on', 'text', (c) => c.notNull())
        .addColumn('ended_on', 'text', (c) => c.check(sql`ended_on >= started_on`))
        .addColumn('recorded_by', t.uuid, (c) => c.notNull())
        .addColumn('recorded_at', t.instant, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('project_intermediaries_filing')
        .on('project_intermediaries')
        .columns(['filing_id', 'started_on'])
        .execute();
    },
  },
  {
    name: '1220_project_planning',
    async up(db, dialect) {
      const t = columnTypes(dialect);
      await db.schema.alterTable('projects').addColumn('planning_id', t.uuid).execute();
    },
  },
  {
    // 社会投资房屋建筑类 approves its 水土保持方案 at stage 1 now (categories.ts). A database
    // created since has it there already; one created before moves it. Filed stages keep the
    // matters they were filed with (project_filing_matters).
    name: '1230_social_building_soil_plan_at_stage_one',
    async up(anyDb) {
      const db = tablesOf<ProjectTables>(anyDb);
      const moved = await db
        .deleteFrom('projectStageMatters')
        .where('categoryCode', '=', 'social_building')
        .where('stage', '=', 'engineering_permit')
        .where('matterCode', '=', SOIL_PLAN)
        .executeTakeFirst();
      if (Number(moved.numDeletedRows) === 0) return;
      const { n } = await db
        .selectFrom('projectStageMatters')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('categoryCode', '=', 'social_building')
        .where('stage', '=', 'land_planning')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('projectStageMatters')
        .values({
          categoryCode: 'social_building',
          stage: 'land_planning',
          matterCode: SOIL_PLAN,
          position: Number(n),
        })
        .execute();
    },
  },
];
