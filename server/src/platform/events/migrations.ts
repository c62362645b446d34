import { columnTypes, type ModuleMigration } from '../db/index.js';

export const outboxMigrations: ModuleMigration[] = [
  {
    name: '0002_platform_outbox',
    async up(db, dialect) {
      const t = columnTypes(dialect);
      await db.schema
        .createTable('outbox_events')
        .addColumn('id', t.uuid, (c) => c.primaryKey())
        .addColumn('topic', 'text', (c) => c.notNull())
        .addColumn('payload', t.json, (c) => c.notNull())
        .addColumn('created_at', t.instant, (c) => c.notNull())
        .addColumn('available_at', t.instant, (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('processed_at', t.instant)
        .addColumn('last_error', 'text')
        .execute();
      await db.schema
        .createIndex('outbox_events_due')
        .on('outbox_events')
        .columns(['processed_at', 'available_at'])
        .execute();
    },
  },
];
