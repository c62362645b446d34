import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildApp } from '../app.js';
import { loadConfig } from '../platform/config/config.js';
import { createPostgresDatabase } from './databases.js';
import { TEST_KEYS } from './test-keys.js';

/**
 * Where a test's app copies its database from: an installation started once with the test keys
 * (every migration applied, the seals' root CA made), nothing else.
 */
export interface MigratedTemplates {
  /** A SQLite file to copy into a test's data directory. */
  sqliteFile: string;
  /** A PostgreSQL database to create a test's database from (`create database … template`). */
  postgresTemplate: string | null;
}

/**
 * Starts OneWindow on one SQLite file and on one PostgreSQL database, once per run: a test app
 * then starts from a copy instead of migrating (about a second of CPU) and making the root CA's
 * RSA key (about a tenth of a second) itself, some ninety times a run on each of two engines:
 * the keys alone were 19 CPU-seconds of the server tests.
 */
export async function createMigratedTemplates(
  postgres: boolean,
): Promise<{ templates: MigratedTemplates; remove: () => Promise<void> }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ow-template-'));
  const startOnce = async (databaseUrl?: string) => {
    const config = loadConfig(
      { ...TEST_KEYS, LOG_LEVEL: 'silent', DATA_DIR: dir, DATABASE_URL: databaseUrl },
      { webDist: undefined },
    );
    const { app } = await buildApp(config);
    await app.ready();
    await app.close();
  };
  await startOnce();
  const sqliteFile = path.join(dir, 'onewindow.sqlite');
  // Closed cleanly, SQLite folds its write-ahead log into the file: the file alone is the copy.
  if (existsSync(`${sqliteFile}-wal`)) throw new Error('the SQLite template kept a write-ahead log');
  const pg = postgres ? await createPostgresDatabase() : undefined;
  if (pg) await startOnce(pg.url);
  return {
    templates: { sqliteFile, postgresTemplate: pg?.name ?? null },
    async remove() {
      await pg?.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
