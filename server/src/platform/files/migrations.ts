import { columnTypes, type ModuleMigration } from '../db/index.js';

export const fileMigrations: ModuleMigration[] = [
  {
    name: '0004_platform_files',
    async up(db, dialect) {
      const t = columnTypes(dialect);
      await db.schema
        .createTable('stored_files')
        .addColumn('id', t.uuid, (c) => c.primaryKey())
        .addColumn('owner_account_id', t.uuid)
        .addColumn('purpose', 'text', (c) => c.notNull())
        .addColumn('file_name', 'text', (c) => c.notNull())
        .addColumn('media_type', 'text', (c) => c.notNull())
        .addColumn('byte_size', 'integer', (c) => c.notNull())
        .addColumn('sm3', 'text', (c) => c.notNull())
        .addColumn('created_at', t.instant, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('stored_files_owner')
        .on('stored_files')
        .columns(['owner_account_id', 'purpose'])
        .execute();
    },
  },
];
