import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { sm3Hex } from '../crypto/index.js';
import { type AnyDb, type AnyTrx, newRowId, tablesOf } from '../db/index.js';
import { createFileCipher } from './file-cipher.js';
import { sniffMediaType } from './sniff.js';
import type { FileTables, StoredFileTable } from './tables.js';

export type StoredFile = StoredFileTable;

export interface NewFile {
  ownerAccountId: string | null;
  purpose: string;
  fileName: string;
  bytes: Uint8Array;
}

const files = (db: AnyDb | AnyTrx) => tablesOf<FileTables>(db);

/** A file's metadata, or undefined. */
export const fileMeta = (db: AnyDb | AnyTrx, id: string): Promise<StoredFile | undefined> =>
  files(db).selectFrom('storedFiles').selectAll().where('id', '=', id).executeTakeFirst();

/** The metadata of several files at once (those that exist), in no particular order. */
export const fileMetas = async (db: AnyDb | AnyTrx, ids: readonly string[]): Promise<StoredFile[]> =>
  ids.length
    ? files(db)
        .selectFrom('storedFiles')
        .selectAll()
        .where('id', 'in', [...ids])
        .execute()
    : [];

/** The oldest file the system itself stored under this purpose and name (seeded files are made once). */
export const systemFileNamed = (db: AnyDb | AnyTrx, purpose: string, fileName: string) =>
  files(db)
    .selectFrom('storedFiles')
    .selectAll()
    .where('ownerAccountId', 'is', null)
    .where('purpose', '=', purpose)
    .where('fileName', '=', fileName)
    .orderBy('createdAt')
    .executeTakeFirst();

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Files on local disk under DATA_DIR/files, sealed with SM4 (they hold ID cards and contracts),
 * their metadata in `stored_files`. No state in the process: every server sharing the DATA_DIR
 * and the database sees the same files.
 */
export function createFileStore(options: { dataDir: string; dataKey: Buffer; db: AnyDb }) {
  const root = path.join(options.dataDir, 'files');
  const cipher = createFileCipher(options.dataKey);
  const pathOf = (id: string) => {
    if (!UUID.test(id)) throw new Error(`not a file id: ${id}`);
    return path.join(root, id.slice(0, 2), id);
  };

  async function writeDurably(target: string, content: Buffer) {
    await mkdir(path.dirname(target), { recursive: true });
    const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
    const handle = await open(temporary, 'wx', 0o600);
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  }

  return {
    /**
     * Stores a file: the bytes reach the disk before the row is written in the caller's
     * transaction, so a rolled-back transaction leaves at most an unreferenced file behind
     * and a committed row always has its bytes.
     */
    async put(trx: AnyTrx, file: NewFile): Promise<StoredFile> {
      const bytes = Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength);
      const row: StoredFile = {
        id: newRowId(),
        ownerAccountId: file.ownerAccountId,
        purpose: file.purpose,
        fileName: file.fileName,
        mediaType: sniffMediaType(bytes) ?? 'application/octet-stream',
        byteSize: bytes.length,
        sm3: sm3Hex(bytes),
        createdAt: new Date().toISOString(),
      };
      await writeDurably(pathOf(row.id), cipher.seal(bytes));
      await files(trx).insertInto('storedFiles').values(row).execute();
      return row;
    },

    /** The file and its plaintext, checked against its SM3 digest; undefined when there is no such file. */
    async read(id: string, db: AnyDb | AnyTrx = options.db) {
      const meta = UUID.test(id) ? await fileMeta(db, id) : undefined;
      if (!meta) return undefined;
      const bytes = cipher.open(await readFile(pathOf(id)));
      if (sm3Hex(bytes) !== meta.sm3) throw new Error(`stored file ${id}: digest mismatch`);
      return { meta, bytes };
    },

    meta: fileMeta,

    /** Deletes the row in the caller's transaction; call `discardBytes` once it has committed. */
    async removeRow(trx: AnyTrx, id: string) {
      await files(trx).deleteFrom('storedFiles').where('id', '=', id).execute();
    },

    /** Removes the bytes of a file whose row is gone; a missing file is no error. */
    discardBytes: (id: string) => rm(pathOf(id), { force: true }),
  };
}

export type FileStore = ReturnType<typeof createFileStore>;

/** The store of an app context: stateless, so any module may make its own. */
export const fileStoreOf = (ctx: { config: { dataDir: string; keys: { dataKey: Buffer } }; db: AnyDb }) =>
  createFileStore({ dataDir: ctx.config.dataDir, dataKey: ctx.config.keys.dataKey, db: ctx.db });
