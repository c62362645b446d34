import { sql } from 'kysely';
import { columnTypes, type ModuleMigration } from '../../platform/db/index.js';

export const licenseMigrations: ModuleMigration[] = [
  {
    name: '1100_licenses',
    async up(db, dialect) {
      const t = columnTypes(dialect);
      await db.schema
        .createTable('license_types')
        .addColumn('code', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull().unique())
        .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('license', 'shared_data')`))
        .addColumn('department_code', 'text', (c) => c.notNull())
        .addColumn('definition', 'text', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('updated_at', t.instant, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('license_type_matters')
        .addColumn('license_type_code', 'text', (c) => c.notNull().references('license_types.code'))
        .addColumn('matter_code', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('license_type_matters_pk', ['matter_code', 'license_type_code'])
        .execute();

      await db.schema
        .createTable('licenses')
        .addColumn('id', t.uuid, (c) => c.primaryKey())
        .addColumn('license_no', 'text', (c) => c.notNull().unique())
        .addColumn('type_code', 'text', (c) => c.notNull())
        .addColumn('type_name', 'text', (c) => c.notNull())
        .addColumn('application_id', t.uuid, (c) => c.notNull())
        .addColumn('application_no', 'text', (c) => c.notNull())
        .addColumn('holder_kind', 'text', (c) =>
          c.notNull().check(sql`holder_kind in ('person', 'organization')`),
        )
        .addColumn('holder_account_id', t.uuid, (c) => c.notNull())
        .addColumn('holder_name_masked', 'text', (c) => c.notNull())
        .addColumn('holder_id_enc', 'text', (c) => c.notNull())
        .addColumn('holder_id_bidx', 'text', (c) => c.notNull())
        .addColumn('department_id', t.uuid, (c) => c.notNull())
        .addColumn('department_code', 'text', (c) => c.notNull())
        .addColumn('issuer_name', 'text', (c) => c.notNull())
        .addColumn('issued_at', t.instant, (c) => c.notNull())
        .addColumn('valid_from', 'text', (c) => c.notNull())
        .addColumn('valid_until', 'text')
        .addColumn('data_enc', 'text', (c) => c.notNull())
        .addColumn('pdf_file_id', t.uuid, (c) => c.notNull())
        .addColumn('pdf_sm3', 'text', (c) => c.notNull())
        .addColumn('seal_key_id', t.uuid, (c) => c.notNull())
        .addColumn('seal_algorithm', 'text', (c) => c.notNull())
        .addColumn('seal_signature', 'text', (c) => c.notNull())
        .addColumn('verify_token', 'text', (c) => c.notNull().unique())
        .addColumn('verify_code_enc', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) =>
          c.notNull().check(sql`status in ('valid', 'suspended', 'revoked')`),
        )
        .addColumn('status_reason', 'text')
        .addColumn('status_changed_at', t.instant)
        .addColumn('revision', 'integer', (c) => c.notNull())
        // One licence of a type per application, whichever process issues it first.
        .addUniqueConstraint('licenses_application_type', ['application_id', 'type_code'])
        .execute();
      await db.schema
        .createIndex('licenses_holder')
        .on('licenses')
        .columns(['holder_account_id', 'issued_at'])
        .execute();
      await db.schema.createIndex('licenses_holder_id').on('licenses').column('holder_id_bidx').execute();
      await db.schema
        .createIndex('licenses_department')
        .on('licenses')
        .columns(['department_id', 'issued_at'])
        .execute();
      await db.schema.createIndex('licenses_pdf_sm3').on('licenses').column('pdf_sm3').execute();

      await db.schema
        .createTable('license_issuances')
        .addColumn('application_id', t.uuid, (c) => c.notNull())
        .addColumn('license_type_code', 'text', (c) => c.notNull())
        .addColumn('application_no', 'text', (c) => c.notNull())
        .addColumn('department_code', 'text', (c) => c.notNull())
        .addColumn('approved_at', t.instant, (c) => c.notNull())
        .addColumn('license_no', 'text', (c) => c.notNull().unique())
        .addColumn('verify_token', 'text', (c) => c.notNull().unique())
        .addColumn('verify_code_enc', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('pending', 'issued', 'failed')`))
        .addColumn('attempts', 'integer', (c) => c.notNull())
        .addColumn('last_error', 'text')
        .addColumn('last_attempt_at', t.instant)
        .addColumn('license_id', t.uuid)
        .addColumn('duration_ms', 'integer')
        .addPrimaryKeyConstraint('license_issuances_pk', ['application_id', 'license_type_code'])
        .execute();
      await db.schema
        .createIndex('license_issuances_status')
        .on('license_issuances')
        .columns(['status', 'department_code'])
        .execute();

      await db.schema
        .createTable('license_no_counters')
        .addColumn('prefix', 'text', (c) => c.notNull())
        .addColumn('region', 'text', (c) => c.notNull())
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('last_value', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('license_no_counters_pk', ['prefix', 'region', 'year'])
        .execute();

      await db.schema
        .createTable('license_shares')
        .addColumn('token', 'text', (c) => c.primaryKey())
        .addColumn('license_id', t.uuid, (c) => c.notNull().references('licenses.id'))
        .addColumn('created_by', t.uuid, (c) => c.notNull())
        .addColumn('created_at', t.instant, (c) => c.notNull())
        .addColumn('expires_at', t.instant, (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('license_copies')
        .addColumn('id', t.uuid, (c) => c.primaryKey())
        .addColumn('license_id', t.uuid, (c) => c.notNull().references('licenses.id'))
        .addColumn('purpose', 'text', (c) => c.notNull())
        .addColumn('made_on', 'text', (c) => c.notNull())
        .addColumn('made_by', t.uuid, (c) => c.notNull())
        .addColumn('made_at', t.instant, (c) => c.notNull())
        .addColumn('sm3', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('license_copies_sm3').on('license_copies').column('sm3').execute();
    },
  },
  {
    // After the seals' 1150: databases that already ran it take this one in order.
    name: '1160_license_expiry_notices',
    async up(db, dialect) {
      const t = columnTypes(dialect);
      await db.schema
        .createTable('license_expiry_notices')
        .addColumn('license_id', t.uuid, (c) => c.notNull().references('licenses.id'))
        .addColumn('valid_until', 'text', (c) => c.notNull())
        .addColumn('notified_at', t.instant, (c) => c.notNull())
        .addPrimaryKeyConstraint('license_expiry_notices_pk', ['license_id', 'valid_until'])
        .execute();
      // The daily look for licences about to expire reads valid ones by their last day.
      await db.schema
        .createIndex('licenses_status_valid_until')
        .on('licenses')
        .columns(['status', 'valid_until'])
        .execute();
    },
  },
];
