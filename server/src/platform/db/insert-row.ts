import { CompiledQuery, type Insertable, type Kysely, type QueryCreator } from 'kysely';
import { dialectKey } from './dialect-key.js';

// Building and compiling a query with Kysely costs more than SQLite takes to run the insert
// (profiled: a quarter of a submission's CPU was query building). The inserts of the hot
// write paths always have the same shape, so the SQL Kysely compiled for a table, a set of
// columns and a number of rows is kept and run again with the new values.
const compiled = new Map<string, string>();

// Rows inserted by one statement at most: far below either engine's limit of parameters.
const ROWS_PER_STATEMENT = 100;

/**
 * Inserts one row exactly as `db.insertInto(table).values(row)` would (same SQL, same
 * parameters, undefined values left out), without building the query again.
 */
export async function insertRow<T, K extends keyof T & string>(
  db: Kysely<T>,
  table: K,
  row: Insertable<T[K]>,
): Promise<void> {
  await insertRows(db, table, [row]);
}

/**
 * Inserts rows as `insertRow` would each, in their order, with one statement for each run of
 * up to 100 rows that set the same columns: a round trip for all of them on PostgreSQL.
 */
export async function insertRows<T, K extends keyof T & string>(
  db: Kysely<T>,
  table: K,
  rows: readonly Insertable<T[K]>[],
): Promise<void> {
  let start = 0;
  while (start < rows.length) {
    const columns = definedColumns(rows[start]!);
    let end = start + 1;
    while (end < rows.length && end - start < ROWS_PER_STATEMENT && setsColumns(rows[end]!, columns)) end++;
    await insertRun(db, table, columns, rows.slice(start, end) as Record<string, unknown>[]);
    start = end;
  }
}

/** One table's rows, for `insertIntoTables`. */
export interface TableRows {
  table: string;
  rows: readonly Record<string, unknown>[];
}

/**
 * Inserts each table's rows as `insertRows` would, the tables in their order. On PostgreSQL,
 * when each table's rows set the same columns and fit one statement, all of them go in one
 * statement (`with "t0" as (insert …), … insert …`): one round trip for a write's log rows.
 */
export async function insertIntoTables<T>(db: Kysely<T>, tables: readonly TableRows[]): Promise<void> {
  const runs = tables
    .filter((t) => t.rows.length > 0)
    .map(({ table, rows }) => ({ table, rows, columns: definedColumns(rows[0]!) }));
  const together =
    runs.length > 1 &&
    dialectKey(db as Kysely<unknown>) !== '?' &&
    runs.every(
      ({ rows, columns }) =>
        rows.length <= ROWS_PER_STATEMENT && rows.every((row) => setsColumns(row, columns)),
    );
  if (!together) {
    // biome-ignore lint/suspicious/noExplicitAny: the tables are the callers'
    for (const { table, rows } of runs) await insertRows(db as Kysely<any>, table, rows);
    return;
  }
  const key = `with|${runs.map((r) => `${r.table}|${r.columns.join(',')}|${r.rows.length}`).join('|')}`;
  let text = compiled.get(key);
  if (text === undefined) {
    const tables = runs.map(({ table, rows, columns }) => ({ table, rows: shaped(rows, columns) }));
    const last = tables.pop()!;
    // biome-ignore lint/suspicious/noExplicitAny: the tables are the callers'
    let creator: QueryCreator<any> = db as Kysely<any>;
    // An insert without `returning` is a valid WITH query on PostgreSQL; Kysely's types ask for one.
    for (const [i, { table, rows }] of tables.entries())
      creator = creator.with(`appended_${i}`, (q) => q.insertInto(table).values(rows) as never);
    text = creator.insertInto(last.table).values(last.rows).compile().sql;
    compiled.set(key, text);
  }
  await db.executeQuery(
    CompiledQuery.raw(
      text,
      runs.flatMap(({ rows, columns }) => parameters(rows, columns)),
    ),
  );
}

/** The rows with these columns only, in this order: what Kysely compiles the statement from. */
function shaped(rows: readonly Record<string, unknown>[], columns: string[]) {
  return rows.map((row) => Object.fromEntries(columns.map((c) => [c, row[c]])));
}

/** The statement's parameters: row after row, column after column (a loop: on every insert). */
function parameters(rows: readonly Record<string, unknown>[], columns: string[]): unknown[] {
  const values: unknown[] = [];
  for (const row of rows) for (const c of columns) values.push(row[c]);
  return values;
}

/** Whether `row` sets exactly these columns, in this order: rows that do share a statement. */
function setsColumns(row: object, columns: string[]): boolean {
  const defined = definedColumns(row);
  return defined.length === columns.length && defined.every((c, i) => c === columns[i]);
}

function definedColumns(row: object): string[] {
  const values = row as Record<string, unknown>;
  return Object.keys(values).filter((c) => values[c] !== undefined);
}

async function insertRun<T>(
  db: Kysely<T>,
  table: string,
  columns: string[],
  rows: Record<string, unknown>[],
): Promise<void> {
  const key = `${dialectKey(db as Kysely<unknown>)}|${table}|${columns.join(',')}|${rows.length}`;
  let text = compiled.get(key);
  if (text === undefined) {
    // biome-ignore lint/suspicious/noExplicitAny: the rows are typed by the callers' signatures
    text = (db as Kysely<any>).insertInto(table).values(shaped(rows, columns)).compile().sql;
    compiled.set(key, text);
  }
  await db.executeQuery(CompiledQuery.raw(text, parameters(rows, columns)));
}
