import { sql } from 'kysely';
import { columnTypes, type ModuleMigration, tablesOf } from '../../platform/db/index.js';
import { applicationDateOf } from './numbering/index.js';
import type { ApplicationTables, ZeroSubmissionCounterTable } from './tables.js';

export const applicationMigrations: ModuleMigration[] = [
  {
    name: '0500_applications',
    async up(db, dialect) {
      const t = columnTypes(dialect);
      await db.schema
        .createTable('applications')
        .addColumn('id', t.uuid, (c) => c.primaryKey())
        .addColumn('application_no', 'text', (c) => c.notNull().unique())
        .addColumn('matter_code', 'text', (c) => c.notNull())
        .addColumn('matter_version_id', t.uuid, (c) => c.notNull())
        .addColumn('matter_name', 'text', (c) => c.notNull())
        .addColumn('region_code', 'text', (c) => c.notNull())
        .addColumn('department_id', t.uuid, (c) => c.notNull())
        .addColumn('submitted_by', t.uuid, (c) => c.notNull())
        .addColumn('organization_id', t.uuid)
        .addColumn('applicant_kind', 'text', (c) =>
          c.notNull().check(sql`applicant_kind in ('person', 'organization')`),
        )
        .addColumn('applicant_name', 'text', (c) => c.notNull())
        .addColumn('form_data_enc', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('submitted_at', t.instant, (c) => c.notNull())
        .addColumn('updated_at', t.instant, (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .execute();
      // "My applications": a person's own, and an organisation's, newest first.
      await db.schema
        .createIndex('applications_submitted_by')
        .on('applications')
        .columns(['submitted_by', 'submitted_at'])
        .execute();
      await db.schema
        .createIndex('applications_organization')
        .on('applications')
        .columns(['organization_id', 'submitted_at'])
        .execute();
      await db.schema
        .createIndex('applications_department')
        .on('applications')
        .columns(['department_id', 'status'])
        .execute();
      await db.schema
        .createTable('application_events')
        .addColumn('id', t.uuid, (c) => c.primaryKey())
        .addColumn('application_id', t.uuid, (c) => c.notNull().references('applications.id'))
        .addColumn('at', t.instant, (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('actor_id', t.uuid)
        .addColumn('note', 'text')
        .execute();
      await db.schema
        .createIndex('application_events_application')
        .on('application_events')
        .columns(['application_id', 'at'])
        .execute();
      await db.schema
        .createTable('application_no_counters')
        .addColumn('region', 'text', (c) => c.notNull())
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('last_value', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('application_no_counters_pk', ['region', 'day'])
        .execute();
      await db.schema
        .createTable('application_drafts')
        .addColumn('id', t.uuid, (c) => c.primaryKey())
        .addColumn('account_id', t.uuid, (c) => c.notNull())
        .addColumn('organization_id', t.uuid)
        .addColumn('matter_code', 'text', (c) => c.notNull())
        .addColumn('matter_version_id', t.uuid, (c) => c.notNull())
        .addColumn('matter_name', 'text', (c) => c.notNull())
        .addColumn('form_data_enc', 'text', (c) => c.notNull())
        .addColumn('created_at', t.instant, (c) => c.notNull())
        .addColumn('updated_at', t.instant, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('application_drafts_account')
        .on('application_drafts')
        .columns(['account_id', 'updated_at'])
        .execute();
      await db.schema
        .createTable('idempotency_keys')
        .addColumn('account_id', t.uuid, (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('request_hash', 'text', (c) => c.notNull())
        .addColumn('application_id', t.uuid, (c) => c.notNull().references('applications.id'))
        .addColumn('created_at', t.instant, (c) => c.notNull())
        .addPrimaryKeyConstraint('idempotency_keys_pk', ['account_id', 'key'])
        .execute();
    },
  },
  {
    name: '0501_application_materials',
    async up(db, dialect) {
      const t = columnTypes(dialect);
      await db.schema
        .createTable('application_materials')
        .addColumn('application_id', t.uuid, (c) => c.notNull().references('applications.id'))
        .addColumn('material_id', 'text', (c) => c.notNull())
        .addColumn('material_name', 'text', (c) => c.notNull())
        // A file that an application holds cannot be deleted from under it.
        .addColumn('file_id', t.uuid, (c) => c.notNull().references('stored_files.id'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('application_materials_pk', ['application_id', 'file_id'])
        .execute();
      await db.schema
        .createIndex('application_materials_file')
        .on('application_materials')
        .column('file_id')
        .execute();
      await db.schema
        .alterTable('application_drafts')
        .addColumn('materials', 'text', (c) => c.notNull().defaultTo('[]'))
        .execute();
    },
  },
  {
    name: '0502_application_collect_at',
    async up(db) {
      // 通办: the service centre where the applicant chose to collect the result (window applications).
      await db.schema.alterTable('applications').addColumn('collect_at', 'text').execute();
    },
  },
  {
    name: '0510_application_reused_materials',
    async up(db, dialect) {
      const t = columnTypes(dialect);
      // 零提交: what each application took from licences and shared data instead of asking.
      await db.schema
        .createTable('application_reused_materials')
        .addColumn('application_id', t.uuid, (c) => c.notNull().references('applications.id'))
        .addColumn('material_id', 'text', (c) => c.notNull())
        .addColumn('material_name', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('license', 'shared_data')`))
        .addColumn('type_code', 'text', (c) => c.notNull())
        .addColumn('type_name', 'text', (c) => c.notNull())
        .addColumn('license_id', t.uuid)
        .addColumn('license_no', 'text')
        .addColumn('shared_source', 'text')
        .addColumn('shared_subject', 'text')
        .addColumn('position', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('application_reused_materials_pk', ['application_id', 'material_id'])
        .execute();
      await db.schema
        .alterTable('applications')
        .addColumn('reused_materials', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
    },
  },
  {
    name: '0511_zero_submission_counters',
    async up(db, dialect) {
      const t = columnTypes(dialect);
      await db.schema
        .createTable('zero_submission_counters')
        .addColumn('department_id', t.uuid, (c) => c.notNull())
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('applications', 'integer', (c) => c.notNull())
        .addColumn('applications_with_reuse', 'integer', (c) => c.notNull())
        .addColumn('materials_reused', 'integer', (c) => c.notNull())
        .addColumn('materials_handed_in', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('zero_submission_counters_pk', ['department_id', 'day'])
        .execute();
      // The applications from before the counters, counted once, so counters and rows agree.
      const tables = tablesOf<ApplicationTables>(db);
      const handedIn = new Map(
        (
          await tables
            .selectFrom('applicationMaterials')
            .select((eb) => ['applicationId', eb.fn.count<number>('materialId').distinct().as('n')])
            .groupBy('applicationId')
            .execute()
        ).map((r) => [r.applicationId, Number(r.n)]),
      );
      const counters = new Map<string, ZeroSubmissionCounterTable>();
      for (const a of await tables
        .selectFrom('applications')
        .select(['id', 'departmentId', 'submittedAt'])
        .execute()) {
        const day = applicationDateOf(new Date(a.submittedAt));
        const key = `${a.departmentId}|${day}`;
        const counter = counters.get(key) ?? {
          departmentId: a.departmentId,
          day,
          applications: 0,
          applicationsWithReuse: 0,
          materialsReused: 0,
          materialsHandedIn: 0,
        };
        counter.applications += 1;
        counter.materialsHandedIn += handedIn.get(a.id) ?? 0;
        counters.set(key, counter);
      }
      const rows = [...counters.values()];
      for (let i = 0; i < rows.length; i += 500)
        await tables
          .insertInto('zeroSubmissionCounters')
          .values(rows.slice(i, i + 500))
          .execute();
    },
  },
  {
    name: '0512_application_declaration_seals',
    async up(db, dialect) {
      const t = columnTypes(dialect);
      // An organisation's declaration signed with its own seal key (its public part verifies it).
      await db.schema
        .createTable('application_declaration_seals')
        .addColumn('application_id', t.uuid, (c) => c.primaryKey().references('applications.id'))
        .addColumn('organization_id', t.uuid, (c) => c.notNull())
        .addColumn('key_id', t.uuid, (c) => c.notNull())
        .addColumn('algorithm', 'text', (c) => c.notNull())
        .addColumn('signature', 'text', (c) => c.notNull())
        .addColumn('signed_at', t.instant, (c) => c.notNull())
        .execute();
    },
  },
  {
    name: '0513_application_owner_lists',
    async up(db) {
      // An applicant's list, counted and ordered from the index alone. The person's list asks
      // for organization_id IS NULL, which the old index did not hold: an agent's own list read
      // every application they had filed for their organisation to find their own.
      await db.schema.dropIndex('applications_submitted_by').execute();
      await db.schema
        .createIndex('applications_submitted_by')
        .on('applications')
        .columns(['submitted_by', 'organization_id', 'submitted_at', 'application_no'])
        .execute();
      await db.schema.dropIndex('applications_organization').execute();
      await db.schema
        .createIndex('applications_organization')
        .on('applications')
        .columns(['organization_id', 'submitted_at', 'application_no'])
        .execute();
    },
  },
];
