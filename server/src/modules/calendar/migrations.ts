import { sql } from 'kysely';
import { columnTypes, type ModuleMigration } from '../../platform/db/index.js';

export const calendarMigrations: ModuleMigration[] = [
  {
    name: '0300_calendar',
    async up(db, dialect) {
      const t = columnTypes(dialect);
      await db.schema
        .createTable('calendar_years')
        .addColumn('year', 'integer', (c) => c.primaryKey().check(sql`year between 1900 and 2999`))
        .addColumn('notice', 'text', (c) => c.notNull())
        .addColumn('updated_at', t.instant, (c) => c.notNull())
        .addColumn('updated_by', t.uuid, (c) => c.notNull())
        .addColumn('updated_by_label', 'text', (c) => c.notNull())
        .execute();
      // Business dates stay 'YYYY-MM-DD' text on both engines (no timezone can shift them);
      // the date as primary key makes "both a holiday and a make-up day" impossible.
      await db.schema
        .createTable('calendar_days')
        .addColumn('date', 'text', (c) => c.primaryKey().check(sql`length(date) = 10`))
        .addColumn('year', 'integer', (c) => c.notNull().references('calendar_years.year'))
        .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('holiday', 'workday')`))
        .addColumn('name', 'text')
        .execute();
      await db.schema.createIndex('calendar_days_year').on('calendar_days').column('year').execute();
      await db.schema
        .createTable('calendar_revision')
        .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
        .addColumn('revision', 'integer', (c) => c.notNull())
        .execute();
      await db.insertInto('calendar_revision').values({ id: 1, revision: 0 }).execute();
    },
  },
];
