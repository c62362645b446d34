import { CompiledQuery, type Kysely, type Updateable } from 'kysely';
import { dialectKey } from './dialect-key.js';

// The companion of insertRow: the updates of the hot write paths (a case's row and its tasks
// on every command) set the same columns by the same keys each time, so the SQL Kysely
// compiled for them is kept and run again with the new values.
const compiled = new Map<string, string>();

/**
 * Updates the rows whose columns equal `where` exactly as
 * `db.updateTable(table).set(set).where(…, '=', …)` would (undefined values left out), and
 * answers how many rows changed.
 */
export async function updateRow<T, K extends keyof T & string>(
  db: Kysely<T>,
  table: K,
  set: Updateable<T[K]>,
  where: Partial<Record<keyof T[K] & string, string | number>>,
): Promise<number> {
  const values = set as Record<string, unknown>;
  const keys = where as Record<string, string | number>;
  const columns = Object.keys(values).filter((c) => values[c] !== undefined);
  const keyColumns = Object.keys(keys);
  const parameters = [...columns.map((c) => values[c]), ...keyColumns.map((c) => keys[c])];
  const key = `${dialectKey(db as Kysely<unknown>)}|${table}|${columns.join(',')}|${keyColumns.join(',')}`;
  let text = compiled.get(key);
  if (text === undefined) {
    // biome-ignore lint/suspicious/noExplicitAny: the row is typed by the signature
    const untyped = db as Kysely<any>;
    let query = untyped.updateTable(table as string).set(values);
    for (const c of keyColumns) query = query.where(c, '=', keys[c]);
    const built = query.compile();
    // The values must bind in this order, the set's and then the keys': a builder that ever
    // ordered them otherwise would be refused here rather than write to the wrong columns.
    if (built.parameters.length !== parameters.length || built.parameters.some((p, i) => p !== parameters[i]))
      throw new Error(`updateRow: unexpected parameters for ${table}`);
    text = built.sql;
    compiled.set(key, text);
  }
  const result = await db.executeQuery(CompiledQuery.raw(text, parameters));
  return Number(result.numAffectedRows ?? 0);
}
