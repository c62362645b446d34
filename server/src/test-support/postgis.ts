import { sql } from 'kysely';
import type { AnyDb } from '../platform/db/index.js';
import { ensureDebianPackage } from './pdfsig.js';

// PostGIS for PostgreSQL 15 comes from Debian, installed here when the server does not offer
// it, as pdfsig.ts installs poppler: a fresh machine runs the PostGIS engine's tests too.
const PACKAGE = 'postgresql-15-postgis-3';
const CONTROL_FILE = '/usr/share/postgresql/15/extension/postgis.control';

async function offered(db: AnyDb): Promise<boolean> {
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from pg_available_extensions where name = 'postgis'`.execute(db);
  return rows[0]!.n > 0;
}

/** `create extension postgis` in the database behind `db`, installing the Debian package first when needed. */
export async function ensurePostgis(db: AnyDb): Promise<void> {
  if (!(await offered(db))) {
    ensureDebianPackage(CONTROL_FILE, PACKAGE);
    if (!(await offered(db)))
      throw new Error(`${PACKAGE} installed but the server offers no postgis extension`);
  }
  await sql`create extension if not exists postgis`.execute(db);
}
