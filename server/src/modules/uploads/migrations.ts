import { columnTypes, type ModuleMigration } from '../../platform/db/index.js';

export const uploadMigrations: ModuleMigration[] = [
  {
    name: '0550_uploads',
    async up(db, dialect) {
      const t = columnTypes(dialect);
      await db.schema
        .createTable('material_uploads')
        .addColumn('file_id', t.uuid, (c) => c.primaryKey().references('stored_files.id'))
        .addColumn('account_id', t.uuid, (c) => c.notNull())
        .addColumn('matter_code', 'text', (c) => c.notNull())
        .addColumn('material_id', 'text', (c) => c.notNull())
        .addColumn('created_at', t.instant, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('material_uploads_account_matter')
        .on('material_uploads')
        .columns(['account_id', 'matter_code', 'material_id'])
        .execute();
    },
  },
];
