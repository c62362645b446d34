import { sql } from 'kysely';
import { columnTypes, type ModuleMigration } from '../../platform/db/index.js';

export const evaluationMigrations: ModuleMigration[] = [
  {
    name: '0910_evaluation',
    async up(db, dialect) {
      const t = columnTypes(dialect);
      await db.schema
        .createTable('evaluations')
        .addColumn('id', t.uuid, (c) => c.primaryKey())
        // One evaluation per application: the unique key settles a double submission.
        .addColumn('application_id', t.uuid, (c) => c.notNull().unique())
        .addColumn('application_no', 'text', (c) => c.notNull())
        .addColumn('department_id', t.uuid, (c) => c.notNull())
        .addColumn('matter_code', 'text', (c) => c.notNull())
        .addColumn('matter_name', 'text', (c) => c.notNull())
        .addColumn('rater_account_id', t.uuid, (c) => c.notNull())
        .addColumn('organization_id', t.uuid)
        .addColumn('real_name', 'integer', (c) => c.notNull().check(sql`real_name in (0, 1)`))
        .addColumn('channel', 'text', (c) =>
          c.notNull().check(sql`channel in ('online', 'app', 'window', '12345')`),
        )
        .addColumn('level', 'integer', (c) => c.notNull().check(sql`level between 1 and 5`))
        .addColumn('rating', 'text', (c) => c.notNull().check(sql`rating in ('good', 'bad')`))
        .addColumn('comment_enc', 'text')
        .addColumn('follow_up_enc', 'text')
        .addColumn('follow_up_at', t.instant)
        .addColumn('evaluated_at', t.instant, (c) => c.notNull())
        .addColumn('evaluated_on', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('evaluations_department_day')
        .on('evaluations')
        .columns(['department_id', 'evaluated_on'])
        .execute();
      await db.schema.createIndex('evaluations_day').on('evaluations').column('evaluated_on').execute();
      await db.schema
        .createTable('evaluation_scores')
        .addColumn('evaluation_id', t.uuid, (c) => c.notNull().references('evaluations.id'))
        .addColumn('indicator', 'text', (c) => c.notNull())
        .addColumn('score', 'integer', (c) => c.notNull().check(sql`score between 1 and 5`))
        .addPrimaryKeyConstraint('evaluation_scores_pk', ['evaluation_id', 'indicator'])
        .execute();
      await db.schema
        .createTable('evaluation_reasons')
        .addColumn('evaluation_id', t.uuid, (c) => c.notNull().references('evaluations.id'))
        .addColumn('reason', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('evaluation_reasons_pk', ['evaluation_id', 'reason'])
        .execute();
      await db.schema
        .createTable('rectifications')
        .addColumn('id', t.uuid, (c) => c.primaryKey())
        .addColumn('evaluation_id', t.uuid, (c) => c.notNull().unique().references('evaluations.id'))
        .addColumn('application_id', t.uuid, (c) => c.notNull())
        .addColumn('application_no', 'text', (c) => c.notNull())
        .addColumn('department_id', t.uuid, (c) => c.notNull())
        .addColumn('matter_name', 'text', (c) => c.notNull())
        .addColumn('applicant_account_id', t.uuid, (c) => c.notNull())
        .addColumn('level', 'integer', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('open', 'closed')`))
        .addColumn('opened_at', t.instant, (c) => c.notNull())
        .addColumn('deadline', 'text', (c) => c.notNull())
        .addColumn('measures', 'text')
        .addColumn('rectified_at', t.instant)
        .addColumn('rectified_by', t.uuid)
        .addColumn('called_back_on', 'text')
        .addColumn('call_back_method', 'text')
        .addColumn('applicant_satisfied', 'integer')
        .addColumn('call_back_note_enc', 'text')
        .addColumn('called_back_at', t.instant)
        .addColumn('called_back_by', t.uuid)
        .addColumn('closed_at', t.instant)
        .addColumn('closed_on', 'text')
        .addColumn('closed_by', t.uuid)
        .addColumn('revision', 'integer', (c) => c.notNull())
        .execute();
      // The department's work list: open first, by deadline.
      await db.schema
        .createIndex('rectifications_department')
        .on('rectifications')
        .columns(['department_id', 'status', 'deadline'])
        .execute();
      await db.schema
        .createIndex('rectifications_status')
        .on('rectifications')
        .columns(['status', 'deadline'])
        .execute();
    },
  },
];
