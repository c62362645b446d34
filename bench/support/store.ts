import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

export type DatabaseEngine = 'sqlite' | 'postgres';

export const ENGINE_LABEL: Record<DatabaseEngine, string> = { sqlite: 'SQLite', postgres: 'PostgreSQL' };

/** Where a server's data lives: a data directory, and on PostgreSQL a database of its own. */
export interface BenchStore {
  engine: DatabaseEngine;
  dataDir: string;
  databaseUrl: string | undefined;
  /** Removes the data directory and drops the database. */
  drop(): Promise<void>;
}

/**
 * The PostgreSQL server the PostgreSQL pass runs on: DATABASE_URL when given (the database
 * named there is only the one connected to for creating and dropping the run's databases),
 * else the local one.
 */
export const POSTGRES_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

async function onPostgres(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A fresh store (in `dir` when given): every scenario starts on its own empty database, so no
 * scenario measures another's leftovers (a server's demo seed refuses to run twice on one database).
 */
export async function freshStore(engine: DatabaseEngine, dir?: string): Promise<BenchStore> {
  const dataDir = dir ?? mkdtempSync(path.join(tmpdir(), 'ow-bench-'));
  if (engine === 'sqlite')
    return {
      engine,
      dataDir,
      databaseUrl: undefined,
      drop: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  const name = `ow_bench_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await onPostgres(`create database ${name}`);
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    engine,
    dataDir,
    databaseUrl: url.toString(),
    async drop() {
      rmSync(dataDir, { recursive: true, force: true });
      await onPostgres(`drop database if exists ${name} with (force)`);
    },
  };
}

/** A fresh store holding what `source` holds: its data directory copied, its database cloned. */
export async function copyStore(source: BenchStore): Promise<BenchStore> {
  const copy = await freshStore(source.engine);
  cpSync(source.dataDir, copy.dataDir, { recursive: true });
  if (source.databaseUrl && copy.databaseUrl) {
    const name = (url: string) => new URL(url).pathname.slice(1);
    // The copy was made empty; a database cloned from the source (unused now) replaces it.
    await onPostgres(`drop database ${name(copy.databaseUrl)}`);
    await onPostgres(`create database ${name(copy.databaseUrl)} template ${name(source.databaseUrl)}`);
  }
  return copy;
}

/** In the data directory of a store `npm run bench:seed` made: its engine and database. */
export const STORE_FILE = 'bench-store.json';

/** A store made by `npm run bench:seed`: kept after the run (its drop refuses). */
export function openSeededStore(dataDir: string): BenchStore {
  const file = path.join(dataDir, STORE_FILE);
  if (!existsSync(file))
    throw new Error(`${dataDir} is not a store of npm run bench:seed (no ${STORE_FILE})`);
  const { engine, databaseUrl } = JSON.parse(readFileSync(file, 'utf8')) as {
    engine: DatabaseEngine;
    databaseUrl?: string;
  };
  return {
    engine,
    dataDir,
    databaseUrl,
    drop: () => Promise.reject(new Error('a seeded store is kept: remove it by hand')),
  };
}
