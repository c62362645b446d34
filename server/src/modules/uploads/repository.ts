import { type AnyDb, type AnyTrx, tablesOf } from '../../platform/db/index.js';
import type { MaterialUploadTable, UploadTables } from './tables.js';

export function uploadRepository(anyDb: AnyDb | AnyTrx) {
  const db = tablesOf<UploadTables>(anyDb);
  return {
    find: (fileId: string) =>
      db.selectFrom('materialUploads').selectAll().where('fileId', '=', fileId).executeTakeFirst(),
    /** An account's uploads for a matter, or for one of its materials, oldest first. */
    of: (accountId: string, matterCode: string, materialId?: string) => {
      let q = db
        .selectFrom('materialUploads')
        .selectAll()
        .where('accountId', '=', accountId)
        .where('matterCode', '=', matterCode);
      if (materialId) q = q.where('materialId', '=', materialId);
      return q.orderBy('createdAt').orderBy('fileId').execute();
    },
    async insert(row: MaterialUploadTable): Promise<void> {
      await db.insertInto('materialUploads').values(row).execute();
    },
    remove: (fileId: string) => db.deleteFrom('materialUploads').where('fileId', '=', fileId).execute(),
  };
}
