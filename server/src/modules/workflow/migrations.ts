import { sql } from 'kysely';
import { columnTypes, type ModuleMigration } from '../../platform/db/index.js';
import { INSTANCE_STATUSES, TASK_STATUSES } from './engine/index.js';
import { CASE_CHANNELS } from './tables.js';

const inList = (column: string, values: readonly string[]) =>
  sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(', ')})`);

export const workflowMigrations: ModuleMigration[] = [
  {
    name: '0600_workflow',
    async up(db, dialect) {
      const t = columnTypes(dialect);
      await db.schema
        .createTable('workflow_definitions')
        .addColumn('id', t.uuid, (c) => c.primaryKey())
        .addColumn('matter_version_id', t.uuid, (c) => c.notNull())
        .addColumn('channel', 'text', (c) => c.notNull().check(inList('channel', CASE_CHANNELS)))
        .addColumn('definition', t.json, (c) => c.notNull())
        .addColumn('created_at', t.instant, (c) => c.notNull())
        .addUniqueConstraint('workflow_definitions_version_channel', ['matter_version_id', 'channel'])
        .execute();
      await db.schema
        .createTable('workflow_instances')
        .addColumn('id', t.uuid, (c) => c.primaryKey())
        .addColumn('definition_id', t.uuid, (c) => c.notNull().references('workflow_definitions.id'))
        .addColumn('channel', 'text', (c) => c.notNull().check(inList('channel', CASE_CHANNELS)))
        .addColumn('application_no', 'text', (c) => c.notNull().unique())
        .addColumn('matter_code', 'text', (c) => c.notNull())
        .addColumn('matter_name', 'text', (c) => c.notNull())
        .addColumn('department_code', 'text', (c) => c.notNull())
        .addColumn('applicant_account_id', t.uuid, (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull().check(inList('status', INSTANCE_STATUSES)))
        .addColumn('outcome', 'text', (c) => c.check(sql`outcome in ('approved', 'denied')`))
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('state', t.json, (c) => c.notNull())
        .addColumn('intake_due_on', 'text')
        .addColumn('promised_due_on', 'text')
        .addColumn('legal_due_on', 'text')
        .addColumn('warn_from', 'text')
        .addColumn('suspended', 'integer', (c) => c.notNull())
        .addColumn('created_at', t.instant, (c) => c.notNull())
        .addColumn('updated_at', t.instant, (c) => c.notNull())
        .addCheckConstraint('workflow_instances_outcome', sql`status <> 'decided' or outcome is not null`)
        .execute();
      // Supervision: the running cases of a department by deadline.
      await db.schema
        .createIndex('workflow_instances_department')
        .on('workflow_instances')
        .columns(['department_code', 'status', 'promised_due_on'])
        .execute();
      await db.schema
        .createIndex('workflow_instances_intake_due')
        .on('workflow_instances')
        .columns(['intake_due_on'])
        .execute();
      await db.schema
        .createTable('workflow_tasks')
        .addColumn('id', t.uuid, (c) => c.primaryKey())
        .addColumn('instance_id', t.uuid, (c) => c.notNull().references('workflow_instances.id'))
        .addColumn('step_id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('countersign_for', t.uuid)
        .addColumn('transferred_from', t.uuid)
        .addColumn('department', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        // Text, not uuid: the system (Art. 32) closes intake tasks too.
        .addColumn('assignee_id', 'text')
        .addColumn('status', 'text', (c) => c.notNull().check(inList('status', TASK_STATUSES)))
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('budget_days', 'integer', (c) => c.notNull())
        .addColumn('step_opened_at', t.instant, (c) => c.notNull())
        .addColumn('opened_at', t.instant, (c) => c.notNull())
        .addColumn('closed_at', t.instant)
        .addColumn('result', t.json)
        .addColumn('due_on', 'text', (c) => c.notNull())
        .execute();
      // Inboxes: a department's pool by role, and a person's own work, by deadline.
      await db.schema
        .createIndex('workflow_tasks_pool')
        .on('workflow_tasks')
        .columns(['status', 'department', 'role', 'due_on'])
        .execute();
      await db.schema
        .createIndex('workflow_tasks_assignee')
        .on('workflow_tasks')
        .columns(['assignee_id', 'status', 'due_on'])
        .execute();
      await db.schema
        .createIndex('workflow_tasks_instance')
        .on('workflow_tasks')
        .columns(['instance_id'])
        .execute();
      await db.schema
        .createTable('workflow_actions')
        .addColumn('id', t.uuid, (c) => c.primaryKey())
        .addColumn('instance_id', t.uuid, (c) => c.notNull().references('workflow_instances.id'))
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'text', (c) => c.notNull())
        .addColumn('task_id', t.uuid)
        .addColumn('at', t.instant, (c) => c.notNull())
        .addColumn('payload', t.json, (c) => c.notNull())
        .addUniqueConstraint('workflow_actions_revision', ['instance_id', 'revision'])
        .execute();
      await db.schema
        .createTable('workflow_supervision_orders')
        .addColumn('id', t.uuid, (c) => c.primaryKey())
        .addColumn('instance_id', t.uuid, (c) => c.notNull().references('workflow_instances.id'))
        .addColumn('department', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('due_on', 'text', (c) => c.notNull())
        .addColumn('issued_by', 'text', (c) => c.notNull())
        .addColumn('issued_at', t.instant, (c) => c.notNull())
        .addColumn('answer_text', 'text')
        .addColumn('answered_by', 'text')
        .addColumn('answered_at', t.instant)
        .execute();
      await db.schema
        .createIndex('workflow_supervision_orders_department')
        .on('workflow_supervision_orders')
        .columns(['department', 'answered_at'])
        .execute();
    },
  },
  {
    // The city-wide supervision lists, their open orders and the inboxes, measured at a
    // million applications: without these they read every case ever made (seconds a page).
    name: '0610_workflow_supervision_indexes',
    async up(db) {
      // Running, not suspended, by deadline: 超期 and 临期 across departments, and within one.
      // Each list's page is chosen from its index alone (临期 starts at warn_from; the number
      // and id order a page).
      await db.schema
        .createIndex('workflow_instances_running_due')
        .on('workflow_instances')
        .columns(['status', 'suspended', 'promised_due_on', 'warn_from', 'application_no', 'id'])
        .execute();
      await db.schema.dropIndex('workflow_instances_department').execute();
      await db.schema
        .createIndex('workflow_instances_department')
        .on('workflow_instances')
        .columns([
          'department_code',
          'status',
          'suspended',
          'promised_due_on',
          'warn_from',
          'application_no',
          'id',
        ])
        .execute();
      // Awaiting intake by its deadline: the 待受理 list and the Art. 32 job, which both
      // filter on the status first.
      await db.schema.dropIndex('workflow_instances_intake_due').execute();
      await db.schema
        .createIndex('workflow_instances_intake_due')
        .on('workflow_instances')
        .columns(['status', 'intake_due_on', 'application_no', 'id'])
        .execute();
      // A department's pool, counted and ordered from the index alone (who holds a task and
      // when it opened were read from the table for every task of the pool; the id completes a page).
      await db.schema.dropIndex('workflow_tasks_pool').execute();
      await db.schema
        .createIndex('workflow_tasks_pool')
        .on('workflow_tasks')
        .columns(['status', 'department', 'role', 'due_on', 'opened_at', 'assignee_id', 'id'])
        .execute();
      await db.schema
        .createIndex('workflow_supervision_orders_instance')
        .on('workflow_supervision_orders')
        .columns(['instance_id'])
        .execute();
    },
  },
  {
    // The inbox's ranges in the full order of a page (deadline, opening, id): with the holder
    // before the id, every range sorted each group of tasks opened at the same moment again,
    // and "mine" sorted all of a person's tasks. Now a range stops at its page's last row.
    name: '0611_workflow_task_list_order',
    async up(db) {
      await db.schema.dropIndex('workflow_tasks_pool').execute();
      await db.schema
        .createIndex('workflow_tasks_pool')
        .on('workflow_tasks')
        .columns(['status', 'department', 'role', 'due_on', 'opened_at', 'id', 'assignee_id'])
        .execute();
      await db.schema.dropIndex('workflow_tasks_assignee').execute();
      await db.schema
        .createIndex('workflow_tasks_assignee')
        .on('workflow_tasks')
        .columns(['assignee_id', 'status', 'due_on', 'opened_at', 'id'])
        .execute();
    },
  },
  {
    // PostgreSQL estimated a department's open, unheld tasks as if status, department, role
    // and holder were independent: 24 rows where there were 1,687, so it read them all and
    // sorted them (10 ms a page at 100,000 applications) instead of walking the pool's index
    // and stopping at the page (1.5 ms). Statistics of the four together correct the estimate;
    // SQLite plans without statistics and needs none.
    name: '0612_workflow_task_pool_statistics',
    async up(db, dialect) {
      if (dialect !== 'postgres') return;
      await sql`create statistics workflow_tasks_pool_stats (mcv) on status, department, role, assignee_id from workflow_tasks`.execute(
        db,
      );
      await sql`analyze workflow_tasks`.execute(db);
    },
  },
  {
    // The work lists' revisions (store/list-changes.ts): appended to by every case change,
    // summed by key before a list is read, so each key's rows are read from the index alone.
    name: '0613_workflow_list_changes',
    async up(db, dialect) {
      const t = columnTypes(dialect);
      await db.schema
        .createTable('workflow_list_changes')
        .addColumn('id', t.uuid, (c) => c.primaryKey())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('weight', 'integer', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('workflow_list_changes_key')
        .on('workflow_list_changes')
        .columns(['key', 'weight'])
        .execute();
    },
  },
];
