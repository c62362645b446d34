import { CompiledQuery, type Insertable, type Kysely } from 'kysely';
import { dialectKey } from './dialect-key.js';

// Building and compiling a query with Kysely costs more than SQLite takes to run the insert
// (profiled: a quarter of a submission's CPU was query building). The inserts of the hot
// write paths always have the same shape, so the SQL Kysely compiled for a table and set
// of columns is kept and run again with the new values.
const compiled = new Map<string, string>();

/**
 * Inserts one row exactly as `db.insertInto(table).values(row)` would (same SQL, same
 * parameters, undefined values left out), without building the query again.
 */
export async function insertRow<T, K extends keyof T & string>(
  db: Kysely<T>,
  table: K,
  row: Insertable<T[K]>,
): Promise<void> {
  const values = row as Record<string, unknown>;
  const columns = Object.keys(values).filter((c) => values[c] !== undefined);
  const key = `${dialectKey(db as Kysely<unknown>)}|${table}|${columns.join(',')}`;
  let text = compiled.get(key);
  if (text === undefined) {
    // biome-ignore lint/suspicious/noExplicitAny: the row is typed by the signature
    text = (db as Kysely<any>).insertInto(table).values(values).compile().sql;
    compiled.set(key, text);
  }
  await db.executeQuery(
    CompiledQuery.raw(
      text,
      columns.map((c) => values[c]),
    ),
  );
}
