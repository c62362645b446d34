import { sql } from 'kysely';
import { columnTypes, type ModuleMigration } from '../../platform/db/index.js';

export const notificationMigrations: ModuleMigration[] = [
  {
    name: '0900_notifications',
    async up(db, dialect) {
      const t = columnTypes(dialect);
      await db.schema
        .createTable('notifications')
        .addColumn('id', t.uuid, (c) => c.primaryKey())
        .addColumn('account_id', t.uuid, (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('link', 'text')
        .addColumn('created_at', t.instant, (c) => c.notNull())
        .addColumn('read_at', t.instant)
        .execute();
      // The list, newest first, and the bell's unread count, both per account.
      await db.schema
        .createIndex('notifications_account')
        .on('notifications')
        .columns(['account_id', 'created_at'])
        .execute();
      await db.schema
        .createIndex('notifications_unread')
        .on('notifications')
        .columns(['account_id', 'read_at'])
        .execute();
      await db.schema
        .createTable('notification_deliveries')
        .addColumn('event_id', t.uuid, (c) => c.notNull())
        .addColumn('channel', 'text', (c) => c.notNull().check(sql`channel in ('in_app', 'sms', 'email')`))
        .addColumn('account_id', t.uuid, (c) => c.notNull())
        .addColumn('status', 'text', (c) =>
          c.notNull().check(sql`status in ('pending', 'sending', 'sent', 'failed', 'abandoned')`),
        )
        .addColumn('attempts', 'integer', (c) => c.notNull())
        .addColumn('last_error', 'text')
        .addColumn('updated_at', t.instant, (c) => c.notNull())
        .addColumn('sent_at', t.instant)
        .addPrimaryKeyConstraint('notification_deliveries_pk', ['event_id', 'channel'])
        .execute();
      await db.schema
        .createTable('notification_preferences')
        .addColumn('account_id', t.uuid, (c) => c.primaryKey())
        .addColumn('email_enc', 'text')
        .addColumn('email_enabled', 'integer', (c) => c.notNull().check(sql`email_enabled in (0, 1)`))
        .addColumn('sms_enabled', 'integer', (c) => c.notNull().check(sql`sms_enabled in (0, 1)`))
        .addColumn('language', 'text')
        .addColumn('updated_at', t.instant, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('dev_mailbox')
        .addColumn('id', t.uuid, (c) => c.primaryKey())
        .addColumn('channel', 'text', (c) => c.notNull().check(sql`channel in ('sms', 'email')`))
        .addColumn('recipient_enc', 'text', (c) => c.notNull())
        .addColumn('subject', 'text')
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('created_at', t.instant, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('dev_mailbox_created').on('dev_mailbox').column('created_at').execute();
    },
  },
];
