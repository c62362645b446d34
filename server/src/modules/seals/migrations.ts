import { sql } from 'kysely';
import { columnTypes, type ModuleMigration } from '../../platform/db/index.js';

export const sealMigrations: ModuleMigration[] = [
  {
    name: '1150_seals',
    async up(db, dialect) {
      const t = columnTypes(dialect);
      await db.schema
        .createTable('seal_keys')
        .addColumn('id', t.uuid, (c) => c.primaryKey())
        .addColumn('owner_type', 'text', (c) =>
          c.notNull().check(sql`owner_type in ('department', 'organization')`),
        )
        .addColumn('owner_id', t.uuid, (c) => c.notNull())
        .addColumn('algorithm', 'text', (c) => c.notNull().check(sql`algorithm in ('SM2-SM3')`))
        .addColumn('public_key', 'text', (c) => c.notNull())
        .addColumn('private_key_enc', 'text', (c) => c.notNull())
        .addColumn('active_slot', 'text', (c) => c.unique())
        .addColumn('created_at', t.instant, (c) => c.notNull())
        .addColumn('created_by', t.uuid)
        .addColumn('retired_at', t.instant)
        .addCheckConstraint('seal_keys_active_or_retired', sql`(active_slot is null) <> (retired_at is null)`)
        .execute();
      await db.schema
        .createIndex('seal_keys_owner')
        .on('seal_keys')
        .columns(['owner_type', 'owner_id', 'created_at'])
        .execute();
      await db.schema
        .createTable('seal_certificates')
        .addColumn('id', t.uuid, (c) => c.primaryKey())
        .addColumn('subject_type', 'text', (c) =>
          c.notNull().check(sql`subject_type in ('ca', 'department', 'organization')`),
        )
        .addColumn('subject_id', t.uuid)
        .addColumn('active_slot', 'text', (c) => c.unique())
        .addColumn('serial_number', 'text', (c) => c.notNull().unique())
        .addColumn('certificate_pem', 'text', (c) => c.notNull())
        .addColumn('private_key_enc', 'text', (c) => c.notNull())
        .addColumn('not_before', t.instant, (c) => c.notNull())
        .addColumn('not_after', t.instant, (c) => c.notNull())
        .addColumn('created_at', t.instant, (c) => c.notNull())
        .execute();
    },
  },
];
