import { sql } from 'kysely';
import { columnTypes, type ModuleMigration } from '../../platform/db/index.js';

export const directoryMigrations: ModuleMigration[] = [
  {
    name: '0100_directory',
    async up(db, dialect) {
      const t = columnTypes(dialect);
      await db.schema
        .createTable('divisions')
        .addColumn('code', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('parent_code', 'text', (c) => c.references('divisions.code'))
        .addColumn('level', 'text', (c) =>
          c.notNull().check(sql`level in ('province', 'city', 'district', 'town')`),
        )
        .execute();
      await db.schema
        .createTable('departments')
        .addColumn('id', t.uuid, (c) => c.primaryKey())
        .addColumn('code', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('division_code', 'text', (c) => c.notNull().references('divisions.code'))
        .execute();
      await db.schema
        .createTable('service_centers')
        .addColumn('id', t.uuid, (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull().unique())
        .addColumn('division_code', 'text', (c) => c.notNull().references('divisions.code'))
        .addColumn('address', 'text', (c) => c.notNull())
        .addColumn('phone', 'text', (c) => c.notNull())
        .addColumn('opening_hours', 'text', (c) => c.notNull())
        .execute();
    },
  },
];
