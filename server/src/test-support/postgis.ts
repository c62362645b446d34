import { sql } from 'kysely';
import type { AnyDb } from '../platform/db/index.js';
import { ensureDebianPackages, SERVER_TEST_PACKAGES } from './debian-packages.js';

// PostGIS for PostgreSQL 15 comes from Debian, installed by the test set-up
// (debian-packages.ts): a fresh machine runs the PostGIS engine's tests too.

async function offered(db: AnyDb): Promise<boolean> {
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from pg_available_extensions where name = 'postgis'`.execute(db);
  return rows[0]!.n > 0;
}

/** `create extension postgis` in the database behind `db`, installing the Debian package first when needed. */
export async function ensurePostgis(db: AnyDb): Promise<void> {
  if (!(await offered(db))) {
    ensureDebianPackages(SERVER_TEST_PACKAGES);
    if (!(await offered(db))) throw new Error('PostGIS installed but the server offers no postgis extension');
  }
  await sql`create extension if not exists postgis`.execute(db);
}
