import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Database, openDatabase } from '../platform/db/database.js';
import { createPostgresDatabase, type DbKind } from './databases.js';

export interface ScratchDatabase extends Database {
  /** The SQLite file's directory (also given on PostgreSQL, where it stays empty). */
  dataDir: string;
  /** Closes the connection and removes the directory, and on PostgreSQL the database. */
  discard(): Promise<void>;
}

/** An empty database of the given kind, for the tests of the platform's own database helpers. */
export async function openScratchDatabase(kind: DbKind): Promise<ScratchDatabase> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'ow-scratch-db-'));
  const pgDb = kind === 'postgres' ? await createPostgresDatabase() : undefined;
  const database = openDatabase({ databaseUrl: pgDb?.url, dataDir });
  return {
    ...database,
    dataDir,
    async discard() {
      await database.close();
      await pgDb?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
