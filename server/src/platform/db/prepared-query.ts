import { type Compilable, CompiledQuery, type Kysely } from 'kysely';
import { dialectKey } from './dialect-key.js';
import { nameStatement } from './named-statements.js';

// Building and compiling a query with Kysely takes 15–20 µs, four times what SQLite takes to
// answer a lookup by key from its cache (measured on the principal's query). The queries
// every request makes (its session, its principal) and those of the hot write paths have
// one shape whatever their values, so their SQL is compiled once and run again with new
// values.

const MARK = '\u0000ow-param:';

/** A stand-in for a parameter while the query is built once: a string nothing else contains. */
function stand(name: string): string {
  return `${MARK}${name}\u0000`;
}

type Slot = { param: string } | { value: unknown };

interface Compiled {
  sql: string;
  slots: Slot[];
}

export interface PreparedOptions {
  /**
   * PostgreSQL plans it for each run's values instead of running it as a named statement,
   * whose generic plan ignores them: for queries whose best plan depends on how many rows a
   * value matches (a department's pool against a small one).
   */
  plannedPerRun?: boolean;
}

export interface PreparedQuery<DB, P, R> {
  /** Every row, as `build(db, params).execute()` would answer. */
  all(db: Kysely<DB>, params: P): Promise<R[]>;
  /** The first row or undefined, as `executeTakeFirst()` would answer. */
  first(db: Kysely<DB>, params: P): Promise<R | undefined>;
}

/**
 * A query built by `build` once per dialect, with stand-ins for its parameters; each run
 * binds the values in their place. `build` sees only the stand-ins, so the shape cannot
 * depend on a value: a value that would change the SQL (a list's length, null against a
 * value) needs a query of its own. A stand-in used other than as a whole value (inside a
 * string, as a name) is refused when the query is first built.
 */
export function preparedQuery<DB, P extends object, R>(
  build: (db: Kysely<DB>, params: P) => Compilable<R>,
  options: PreparedOptions = {},
): PreparedQuery<DB, P, R> {
  const byDialect = new Map<string, Compiled>();

  function compile(db: Kysely<DB>): Compiled {
    const used = new Set<string>();
    const params = new Proxy({} as P, {
      get(_, name) {
        if (typeof name !== 'string') return undefined;
        used.add(name);
        return stand(name);
      },
    });
    const query = build(db, params).compile();
    if (query.sql.includes(MARK)) throw new Error('prepared query: a parameter ended up in the SQL text');
    const slots = query.parameters.map((value): Slot => {
      if (typeof value === 'string' && value.startsWith(MARK) && value.endsWith('\u0000')) {
        const param = value.slice(MARK.length, -1);
        if (stand(param) === value) return { param };
      }
      if (typeof value === 'string' && value.includes(MARK))
        throw new Error(`prepared query: a parameter is part of a larger value (${JSON.stringify(value)})`);
      return { value };
    });
    for (const name of used) {
      if (!slots.some((s) => 'param' in s && s.param === name))
        throw new Error(`prepared query: parameter ${name} is not a value of the query`);
    }
    if (!options.plannedPerRun) nameStatement(query.sql);
    return { sql: query.sql, slots };
  }

  async function all(db: Kysely<DB>, params: P): Promise<R[]> {
    const key = dialectKey(db as Kysely<unknown>);
    let compiled = byDialect.get(key);
    if (!compiled) {
      compiled = compile(db);
      byDialect.set(key, compiled);
    }
    const named = params as Record<string, unknown>;
    const values = compiled.slots.map((slot) => ('param' in slot ? named[slot.param] : slot.value));
    return (await db.executeQuery<R>(CompiledQuery.raw(compiled.sql, values))).rows;
  }

  return {
    all,
    first: async (db, params) => (await all(db, params))[0],
  };
}

export interface PreparedQueryByShape<DB, S, P, R> {
  all(db: Kysely<DB>, shape: S, params: P): Promise<R[]>;
  first(db: Kysely<DB>, shape: S, params: P): Promise<R | undefined>;
}

/**
 * A query whose SQL depends on a few choices besides its values (a list's filters, which
 * index ranges it reads): one prepared query per shape, built when the shape is first asked
 * for. `shape` holds only what changes the SQL and must be JSON (it is the cache's key); a
 * value anyone can vary belongs in `params`, or the cache would grow with it.
 */
export function preparedQueryByShape<DB, S, P extends object, R>(
  build: (db: Kysely<DB>, shape: S, params: P) => Compilable<R>,
  options: PreparedOptions = {},
): PreparedQueryByShape<DB, S, P, R> {
  const byShape = new Map<string, PreparedQuery<DB, P, R>>();
  function of(shape: S): PreparedQuery<DB, P, R> {
    const key = JSON.stringify(shape);
    let query = byShape.get(key);
    if (!query) {
      query = preparedQuery((db: Kysely<DB>, params: P) => build(db, shape, params), options);
      byShape.set(key, query);
    }
    return query;
  }
  return {
    all: (db, shape, params) => of(shape).all(db, params),
    first: (db, shape, params) => of(shape).first(db, params),
  };
}
