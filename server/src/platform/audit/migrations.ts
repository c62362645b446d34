import { sql } from 'kysely';
import { columnTypes, type ModuleMigration } from '../db/index.js';

export const auditMigrations: ModuleMigration[] = [
  {
    name: '0001_platform_audit',
    async up(db, dialect) {
      const t = columnTypes(dialect);
      await db.schema
        .createTable('audit_records')
        .addColumn('seq', t.bigint, (c) => c.primaryKey())
        .addColumn('id', t.uuid, (c) => c.notNull().unique())
        .addColumn('at', t.instant, (c) => c.notNull())
        .addColumn('actor_id', t.uuid)
        .addColumn('actor_role', 'text')
        .addColumn('actor_label', 'text')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('object_type', 'text', (c) => c.notNull())
        .addColumn('object_id', 'text')
        .addColumn('outcome', 'text', (c) =>
          c.notNull().check(sql`outcome in ('success', 'failure', 'denied')`),
        )
        .addColumn('source_ip', 'text')
        .addColumn('request_id', 'text')
        .addColumn('detail', 'text')
        .addColumn('prev_hash', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('audit_records_at').on('audit_records').column('at').execute();
      await db.schema
        .createIndex('audit_records_actor')
        .on('audit_records')
        .columns(['actor_id', 'seq'])
        .execute();
      await db.schema
        .createIndex('audit_records_object')
        .on('audit_records')
        .columns(['object_type', 'object_id'])
        .execute();
      await db.schema
        .createTable('audit_head')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('seq', t.bigint, (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('audit_checkpoints')
        .addColumn('seq', t.bigint, (c) => c.primaryKey())
        .addColumn('hash', 'text', (c) => c.notNull())
        .addColumn('at', t.instant, (c) => c.notNull())
        .addColumn('public_key', 'text', (c) => c.notNull())
        .addColumn('signature', 'text', (c) => c.notNull())
        .execute();
    },
  },
  {
    name: '0005_platform_audit_unchained',
    async up(db, dialect) {
      const t = columnTypes(dialect);
      // Ids are UUIDv7: the chain takes these records in the order they were made.
      await db.schema
        .createTable('audit_unchained')
        .addColumn('id', t.uuid, (c) => c.primaryKey())
        .addColumn('at', t.instant, (c) => c.notNull())
        .addColumn('actor_id', t.uuid)
        .addColumn('actor_role', 'text')
        .addColumn('actor_label', 'text')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('object_type', 'text', (c) => c.notNull())
        .addColumn('object_id', 'text')
        .addColumn('outcome', 'text', (c) =>
          c.notNull().check(sql`outcome in ('success', 'failure', 'denied')`),
        )
        .addColumn('source_ip', 'text')
        .addColumn('request_id', 'text')
        .addColumn('detail', 'text')
        .execute();
    },
  },
];
