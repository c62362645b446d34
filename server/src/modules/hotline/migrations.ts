import { sql } from 'kysely';
import { columnTypes, type ModuleMigration } from '../../platform/db/index.js';

export const hotlineMigrations: ModuleMigration[] = [
  {
    name: '1000_hotline',
    async up(db, dialect) {
      const t = columnTypes(dialect);
      await db.schema
        .createTable('hotline_tickets')
        .addColumn('id', t.uuid, (c) => c.primaryKey())
        .addColumn('ticket_no', 'text', (c) => c.notNull().unique())
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('urgency', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('caller_phone_enc', 'text')
        .addColumn('caller_phone_bidx', 'text')
        .addColumn('caller_name_enc', 'text')
        .addColumn('anonymous', 'integer', (c) => c.notNull().check(sql`anonymous in (0, 1)`))
        .addColumn('caller_account_id', t.uuid)
        .addColumn('address', 'text', (c) => c.notNull())
        .addColumn('district_code', 'text')
        .addColumn('lng', t.double)
        .addColumn('lat', t.double)
        .addColumn('content_enc', 'text', (c) => c.notNull())
        .addColumn('answer_enc', 'text')
        .addColumn('knowledge_id', t.uuid)
        .addColumn('redirect_target', 'text')
        .addColumn('lead_unit_id', t.uuid)
        .addColumn('assisting_unit_ids', 'text', (c) => c.notNull())
        .addColumn('dispatch_due_at', t.instant)
        .addColumn('dispatched_at', t.instant)
        .addColumn('dispatched_on', 'text')
        .addColumn('sign_due_at', t.instant)
        .addColumn('signed_at', t.instant)
        .addColumn('return_until', 'text')
        .addColumn('return_refused', 'integer', (c) => c.notNull())
        .addColumn('handling_due_on', 'text')
        .addColumn('extension', 'text')
        .addColumn('extended_days', 'integer', (c) => c.notNull())
        .addColumn('return_count', 'integer', (c) => c.notNull())
        .addColumn('reopen_count', 'integer', (c) => c.notNull())
        .addColumn('supervision_count', 'integer', (c) => c.notNull())
        .addColumn('replied_at', t.instant)
        .addColumn('closed_at', t.instant)
        .addColumn('closed_on', 'text')
        .addColumn('satisfaction', 'text')
        .addColumn('merged_into_id', t.uuid)
        .addColumn('open311_token', 'text', (c) => c.unique())
        .addColumn('created_at', t.instant, (c) => c.notNull())
        .addColumn('created_on', 'text', (c) => c.notNull())
        .addColumn('created_by', t.uuid)
        .addColumn('updated_at', t.instant, (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .execute();
      // Lists: newest first, by status, by unit; duplicates: by caller and by subject in a window.
      await db.schema
        .createIndex('hotline_tickets_created')
        .on('hotline_tickets')
        .column('created_at')
        .execute();
      await db.schema
        .createIndex('hotline_tickets_status')
        .on('hotline_tickets')
        .columns(['status', 'created_at'])
        .execute();
      await db.schema
        .createIndex('hotline_tickets_lead')
        .on('hotline_tickets')
        .columns(['lead_unit_id', 'status'])
        .execute();
      await db.schema
        .createIndex('hotline_tickets_caller')
        .on('hotline_tickets')
        .columns(['caller_phone_bidx', 'created_at'])
        .execute();
      await db.schema
        .createIndex('hotline_tickets_subject')
        .on('hotline_tickets')
        .columns(['subject', 'created_at'])
        .execute();
      await db.schema
        .createIndex('hotline_tickets_account')
        .on('hotline_tickets')
        .columns(['caller_account_id', 'created_at'])
        .execute();
      await db.schema
        .createIndex('hotline_tickets_merged_into')
        .on('hotline_tickets')
        .column('merged_into_id')
        .execute();

      await db.schema
        .createTable('hotline_ticket_units')
        .addColumn('ticket_id', t.uuid, (c) => c.notNull().references('hotline_tickets.id'))
        .addColumn('unit_id', t.uuid, (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('lead', 'assisting')`))
        .addPrimaryKeyConstraint('hotline_ticket_units_pk', ['ticket_id', 'unit_id'])
        .execute();
      await db.schema
        .createIndex('hotline_ticket_units_unit')
        .on('hotline_ticket_units')
        .columns(['unit_id', 'ticket_id'])
        .execute();

      await db.schema
        .createTable('hotline_ticket_events')
        .addColumn('id', t.uuid, (c) => c.primaryKey())
        .addColumn('ticket_id', t.uuid, (c) => c.notNull().references('hotline_tickets.id'))
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('at', t.instant, (c) => c.notNull())
        .addColumn('actor_id', t.uuid)
        .addColumn('actor_label', 'text')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('unit_id', t.uuid)
        .addColumn('from_status', 'text')
        .addColumn('to_status', 'text', (c) => c.notNull())
        .addColumn('text_enc', 'text')
        .addColumn('detail', 'text', (c) => c.notNull())
        .addUniqueConstraint('hotline_ticket_events_seq', ['ticket_id', 'seq'])
        .execute();
      await db.schema
        .createIndex('hotline_ticket_events_at')
        .on('hotline_ticket_events')
        .column('at')
        .execute();

      await db.schema
        .createTable('hotline_routing_rules')
        .addColumn('id', t.uuid, (c) => c.primaryKey())
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('district_code', 'text', (c) => c.notNull())
        .addColumn('lead_unit_id', t.uuid, (c) => c.notNull())
        .addColumn('assisting_unit_ids', 'text', (c) => c.notNull())
        .addColumn('updated_at', t.instant, (c) => c.notNull())
        .addColumn('updated_by', t.uuid)
        .addUniqueConstraint('hotline_routing_rules_key', ['subject', 'type', 'district_code'])
        .execute();

      await db.schema
        .createTable('hotline_settings')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('settings', 'text', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('updated_at', t.instant)
        .addColumn('updated_by', t.uuid)
        .execute();

      await db.schema
        .createTable('hotline_knowledge')
        .addColumn('id', t.uuid, (c) => c.primaryKey())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('subject', 'text')
        .addColumn('keywords', 'text', (c) => c.notNull())
        .addColumn('answer', 'text', (c) => c.notNull())
        .addColumn('search_text', 'text', (c) => c.notNull())
        .addColumn('used_count', 'integer', (c) => c.notNull())
        .addColumn('updated_at', t.instant, (c) => c.notNull())
        .addColumn('updated_by', t.uuid)
        .execute();

      await db.schema
        .createTable('hotline_counters')
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('metric', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('district_code', 'text', (c) => c.notNull())
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('n', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('hotline_counters_pk', [
          'day',
          'metric',
          'type',
          'subject',
          'district_code',
          'channel',
        ])
        .execute();
      await db.schema
        .createTable('hotline_unit_counters')
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('unit_id', t.uuid, (c) => c.notNull())
        .addColumn('metric', 'text', (c) => c.notNull())
        .addColumn('n', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('hotline_unit_counters_pk', ['day', 'unit_id', 'metric'])
        .execute();
      await db.schema
        .createTable('hotline_open_orders')
        .addColumn('unit_id', t.uuid, (c) => c.notNull())
        .addColumn('due_on', 'text', (c) => c.notNull())
        .addColumn('n', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('hotline_open_orders_pk', ['unit_id', 'due_on'])
        .execute();

      await db.schema
        .createTable('hotline_ticket_sequences')
        .addColumn('day', 'text', (c) => c.primaryKey())
        .addColumn('last', 'integer', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('hotline_idempotency')
        .addColumn('account_id', t.uuid, (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('request_hash', 'text', (c) => c.notNull())
        .addColumn('ticket_id', t.uuid, (c) => c.notNull())
        .addColumn('created_at', t.instant, (c) => c.notNull())
        .addPrimaryKeyConstraint('hotline_idempotency_pk', ['account_id', 'key'])
        .execute();
      await db.schema
        .createTable('open311_keys')
        .addColumn('id', t.uuid, (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('key_hash', 'text', (c) => c.notNull().unique())
        .addColumn('prefix', 'text', (c) => c.notNull())
        .addColumn('active', 'integer', (c) => c.notNull())
        .addColumn('created_at', t.instant, (c) => c.notNull())
        .addColumn('created_by', t.uuid)
        .execute();
    },
  },
  {
    name: '1001_hotline_counter_metric',
    async up(db) {
      // Dashboards read one metric over a range of days (mostly `received`): not every metric's rows.
      await db.schema
        .createIndex('hotline_counters_metric_day')
        .on('hotline_counters')
        .columns(['metric', 'day'])
        .execute();
    },
  },
  {
    name: '1002_hotline_event_feed',
    async up(db, dialect) {
      const t = columnTypes(dialect);
      // The lead unit as of each step: the live board shows who had the order then. Before
      // this column it was only in the step that set it (dispatch, reassign), so earlier rows
      // take the unit of the latest such step up to them.
      await db.schema.alterTable('hotline_ticket_events').addColumn('lead_unit_id', t.uuid).execute();
      await sql`
        update hotline_ticket_events set lead_unit_id = (
          select d.unit_id from hotline_ticket_events d
          where d.ticket_id = hotline_ticket_events.ticket_id
            and d.kind in ('dispatch', 'reassign')
            and d.seq <= hotline_ticket_events.seq
          order by d.seq desc
          limit 1)`.execute(db);

      // The change feed's position (dashboard.ts, changesSince): the writing transaction's
      // id on PostgreSQL, which a reader can compare with its snapshot's oldest running
      // transaction; on SQLite, where one transaction writes at a time, one more than the
      // last. Rows written before it sort first, in the order they were inserted where the
      // engine keeps that.
      await db.schema
        .alterTable('hotline_ticket_events')
        .addColumn('tx', t.bigint, (c) => c.notNull().defaultTo(0))
        .execute();
      if (dialect === 'postgres') {
        await sql`alter table hotline_ticket_events
          alter column tx set default (pg_current_xact_id()::text::bigint)`.execute(db);
      } else {
        await sql`update hotline_ticket_events set tx = rowid`.execute(db);
        await sql`create trigger hotline_ticket_events_tx after insert on hotline_ticket_events
          when new.tx = 0
          begin
            update hotline_ticket_events set tx = (select max(tx) from hotline_ticket_events) + 1
            where id = new.id;
          end`.execute(db);
      }
      await db.schema
        .createIndex('hotline_ticket_events_tx')
        .on('hotline_ticket_events')
        .columns(['tx', 'id'])
        .execute();
    },
  },
];
