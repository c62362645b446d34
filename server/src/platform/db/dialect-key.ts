import { type Kysely, sql } from 'kysely';

const keys = new WeakMap<object, string>();

/**
 * Which compiler a connection's SQL comes from (`?` on SQLite, `$1` on PostgreSQL): SQL
 * compiled once for a connection is reused only on connections with the same key.
 */
export function dialectKey(db: Kysely<unknown>): string {
  let key = keys.get(db);
  if (key === undefined) {
    key = sql`${0}`.compile(db).sql;
    keys.set(db, key);
  }
  return key;
}
