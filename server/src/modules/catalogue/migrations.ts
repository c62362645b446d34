import { sql } from 'kysely';
import { columnTypes, type ModuleMigration } from '../../platform/db/index.js';
import { withMaterialIds } from './material-ids.js';
import type { MatterGuideInput } from './model.js';

export const catalogueMigrations: ModuleMigration[] = [
  {
    name: '0400_catalogue',
    async up(db, dialect) {
      const t = columnTypes(dialect);
      await db.schema
        .createTable('matters')
        .addColumn('id', t.uuid, (c) => c.primaryKey())
        .addColumn('code', 'text', (c) => c.notNull().unique())
        .addColumn('department_id', t.uuid, (c) => c.notNull())
        .addColumn('created_at', t.instant, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('matter_versions')
        .addColumn('id', t.uuid, (c) => c.primaryKey())
        .addColumn('matter_id', t.uuid, (c) => c.notNull().references('matters.id'))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('status', 'text', (c) =>
          c.notNull().check(sql`status in ('draft', 'published', 'superseded', 'withdrawn')`),
        )
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('guide', 'text', (c) => c.notNull())
        .addColumn('form_schema', 'text', (c) => c.notNull())
        .addColumn('ui_schema', 'text', (c) => c.notNull())
        .addColumn('search_pinyin', 'text', (c) => c.notNull())
        .addColumn('search_initials', 'text', (c) => c.notNull())
        .addColumn('created_at', t.instant, (c) => c.notNull())
        .addColumn('created_by', t.uuid)
        .addColumn('published_at', t.instant)
        .addUniqueConstraint('matter_versions_matter_version', ['matter_id', 'version'])
        .execute();
      await db.schema
        .createIndex('matter_versions_status')
        .on('matter_versions')
        .columns(['status', 'matter_id'])
        .execute();
      await db.schema
        .createTable('life_events')
        .addColumn('code', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('audience', 'text', (c) => c.notNull())
        .addColumn('summary', 'text', (c) => c.notNull())
        .addColumn('matter_codes', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('catalogue_revision')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .execute();
      await db.insertInto('catalogue_revision').values({ id: 1, revision: 0 }).execute();
    },
  },
  {
    // Materials got ids (uploads and drafts name them); versions stored before get them in order.
    name: '0401_catalogue_material_ids',
    async up(db) {
      const rows = await db.selectFrom('matter_versions').select(['id', 'guide']).execute();
      for (const row of rows as { id: string; guide: string }[]) {
        const guide = JSON.parse(row.guide) as MatterGuideInput;
        if (guide.materials.every((m) => m.id)) continue;
        const updated = JSON.stringify(withMaterialIds(guide));
        await db.updateTable('matter_versions').set({ guide: updated }).where('id', '=', row.id).execute();
      }
    },
  },
];
