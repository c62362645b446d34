import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { CamelCasePlugin, Kysely, PostgresDialect, SqliteDialect, type Transaction } from 'kysely';
import pg from 'pg';
import { startCheckpointer, WRITER_CHECKPOINT_PAGES } from './checkpointer.js';
import { statementName } from './named-statements.js';

export type Dialect = 'sqlite' | 'postgres';

// Tables are declared by the modules that own them; the platform handles the connection
// without knowing them. A repository narrows it with `tablesOf<TheirTables>(db)`.
// biome-ignore lint/suspicious/noExplicitAny: the composed schema is only known to modules
export type AnyDb = Kysely<any>;
// biome-ignore lint/suspicious/noExplicitAny: see AnyDb
export type AnyTrx = Transaction<any>;

export interface Database {
  db: AnyDb;
  dialect: Dialect;
  /**
   * PostgreSQL only: a small pool of its own, for short statements that must neither wait for
   * a connection behind the main pool's transactions nor hold a lock until their commit
   * (number-source.ts).
   */
  ownConnections?: AnyDb;
  close(): Promise<void>;
}

export function tablesOf<T>(db: AnyDb): Kysely<T> {
  return db as Kysely<T>;
}

// pg hands back Date for timestamptz and strings for int8; both engines should answer
// alike, so instants come back as ISO strings and counts as numbers.
pg.types.setTypeParser(1184, (v) => new Date(v).toISOString());
pg.types.setTypeParser(1114, (v) => new Date(`${v}Z`).toISOString());
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));
// JSON stays text on both engines: repositories parse it, and hashed records keep their bytes.
pg.types.setTypeParser(3802, (v) => v);
pg.types.setTypeParser(114, (v) => v);

export function openDatabase(options: { databaseUrl?: string; dataDir: string }): Database {
  const plugins = [new CamelCasePlugin()];
  if (options.databaseUrl) {
    const connect = (max: number) => {
      const pool = new pg.Pool({ connectionString: options.databaseUrl, max });
      // An idle connection closed by the server (restart, failover) must not take the
      // process down; the pool replaces it on next use.
      pool.on('error', () => undefined);
      pool.on('connect', runMarkedTextsAsNamedStatements);
      return new Kysely({ dialect: new PostgresDialect({ pool }), plugins });
    };
    const db = connect(10);
    const ownConnections = connect(2);
    return {
      db,
      dialect: 'postgres',
      ownConnections,
      async close() {
        await Promise.all([db.destroy(), ownConnections.destroy()]);
      },
    };
  }
  mkdirSync(options.dataDir, { recursive: true });
  const file = path.join(options.dataDir, 'onewindow.sqlite');
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  // FULL: an acknowledged write survives power loss, not only a process crash.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // 64 MiB of page cache instead of SQLite's 2 MiB: the indexes a write touches (applications,
  // cases, tasks, audit, outbox, notices) outgrow the default once the demo and a few months
  // of work are in, and every miss is a read from the file.
  sqlite.pragma('cache_size = -65536');
  sqlite.pragma(`wal_autocheckpoint = ${WRITER_CHECKPOINT_PAGES}`);
  const checkpointer = startCheckpointer(file);
  const db = new Kysely({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }), plugins });
  return {
    db,
    dialect: 'sqlite',
    async close() {
      await checkpointer.stop();
      await db.destroy();
    },
  };
}

/** Kysely runs every query as `client.query(text, values)`; the marked texts go by name. */
function runMarkedTextsAsNamedStatements(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (
    textOrConfig: string | pg.QueryConfig,
    values?: unknown[],
  ) => Promise<pg.QueryResult>;
  const byName = (text: string | pg.QueryConfig, values?: unknown[]) => {
    const name = typeof text === 'string' ? statementName(text) : undefined;
    return name ? query({ name, text: text as string, values }) : query(text, values);
  };
  client.query = byName as typeof client.query;
}

const STATEMENT_CACHE_SIZE = 1000;

/**
 * Kysely prepares every query anew; preparing is a sizeable share of a write's time on
 * SQLite (profiled: ~15 % of an application's submission). Queries are built from a
 * finite set of shapes, so their statements are kept and reused (least recently used out).
 */
function withStatementCache(sqlite: SQLite.Database) {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let statement = statements.get(sql);
      if (statement) {
        statements.delete(sql);
      } else {
        statement = sqlite.prepare(sql);
        if (statements.size >= STATEMENT_CACHE_SIZE) statements.delete(statements.keys().next().value!);
      }
      statements.set(sql, statement);
      return statement;
    },
  };
}
