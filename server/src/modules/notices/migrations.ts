import { sql } from 'kysely';
import { columnTypes, type ModuleMigration } from '../../platform/db/index.js';

export const noticeMigrations: ModuleMigration[] = [
  {
    name: '0700_notices',
    async up(db, dialect) {
      const t = columnTypes(dialect);
      // Spelled out: a migration must not change when the code's list of kinds grows.
      const kinds = sql.join(
        [
          'receipt',
          'acceptance',
          'refusal',
          'correction',
          'shortfall',
          'commitment',
          'approval',
          'denial',
          'result',
          'rejection',
          'supervision',
        ].map((k) => sql.lit(k)),
      );
      await db.schema
        .createTable('notices')
        .addColumn('id', t.uuid, (c) => c.primaryKey())
        .addColumn('verify_code', 'text', (c) => c.notNull().unique())
        .addColumn('application_id', t.uuid, (c) => c.notNull())
        .addColumn('application_no', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in (${kinds})`))
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('document_no', 'text', (c) => c.unique())
        .addColumn('issued_by', t.uuid)
        .addColumn('issuer_name', 'text', (c) => c.notNull())
        .addColumn('department_code', 'text', (c) => c.notNull())
        .addColumn('recipient_masked', 'text', (c) => c.notNull())
        .addColumn('issued_at', t.instant, (c) => c.notNull())
        .addColumn('content_enc', 'text', (c) => c.notNull())
        .addColumn('pdf_sm3', 'text')
        .addColumn('pdf_file_id', t.uuid)
        .execute();
      await db.schema
        .createIndex('notices_application')
        .on('notices')
        .columns(['application_id', 'issued_at'])
        .execute();
      await db.schema
        .createTable('notice_no_counters')
        .addColumn('department_code', 'text', (c) => c.notNull())
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('series', 'text', (c) => c.notNull())
        .addColumn('last_value', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('notice_no_counters_pk', ['department_code', 'year', 'series'])
        .execute();
    },
  },
];
