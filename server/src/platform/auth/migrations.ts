import { columnTypes, type ModuleMigration } from '../db/index.js';

export const authMigrations: ModuleMigration[] = [
  {
    name: '0003_platform_auth',
    async up(db, dialect) {
      const t = columnTypes(dialect);
      await db.schema
        .createTable('sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('account_id', t.uuid, (c) => c.notNull())
        .addColumn('acting_for_org_id', t.uuid)
        .addColumn('created_at', t.instant, (c) => c.notNull())
        .addColumn('last_seen_at', t.instant, (c) => c.notNull())
        .addColumn('expires_at', t.instant, (c) => c.notNull())
        .addColumn('source_ip', 'text')
        .addColumn('user_agent', 'text')
        .execute();
      await db.schema.createIndex('sessions_account').on('sessions').column('account_id').execute();
      await db.schema
        .createTable('login_attempts')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('failures', 'integer', (c) => c.notNull())
        .addColumn('last_failure_at', t.instant, (c) => c.notNull())
        .addColumn('locked_until', t.instant)
        .execute();
    },
  },
];
