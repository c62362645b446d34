import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { migrateDatabase } from '../app.js';
import { openDatabase } from '../platform/db/index.js';
import { createPostgresDatabase } from './databases.js';

/** Where a test's app copies its database from: every migration applied, nothing else. */
export interface MigratedTemplates {
  /** A SQLite file to copy into a test's data directory. */
  sqliteFile: string;
  /** A PostgreSQL database to create a test's database from (`create database … template`). */
  postgresTemplate: string | null;
}

/**
 * Migrates one SQLite file and one PostgreSQL database, once per run: a test app then starts from
 * a copy instead of applying every migration itself (about a second of CPU per app, on two
 * engines, some ninety times a run on a 2-core machine).
 */
export async function createMigratedTemplates(
  postgres: boolean,
): Promise<{ templates: MigratedTemplates; remove: () => Promise<void> }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ow-template-'));
  const sqlite = openDatabase({ dataDir: dir });
  await migrateDatabase(sqlite);
  await sqlite.close();
  const sqliteFile = path.join(dir, 'onewindow.sqlite');
  // Closed cleanly, SQLite folds its write-ahead log into the file: the file alone is the copy.
  if (existsSync(`${sqliteFile}-wal`)) throw new Error('the SQLite template kept a write-ahead log');
  const pg = postgres ? await createPostgresDatabase() : undefined;
  if (pg) {
    const database = openDatabase({ databaseUrl: pg.url, dataDir: dir });
    await migrateDatabase(database);
    await database.close();
  }
  return {
    templates: { sqliteFile, postgresTemplate: pg?.name ?? null },
    async remove() {
      await pg?.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
