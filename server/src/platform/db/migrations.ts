import { type ColumnDataType, type Migration, type MigrationProvider, Migrator, sql } from 'kysely';
import type { AnyDb, Dialect } from './database.js';

/** A migration that may shape columns per engine; `name` sorts migrations across modules. */
export interface ModuleMigration {
  name: string;
  up(db: AnyDb, dialect: Dialect): Promise<void>;
}

/** Column types that differ between the engines, named once. */
export function columnTypes(dialect: Dialect) {
  const pgOr = <T extends string>(pgType: T, sqliteType: string) =>
    sql.raw(dialect === 'postgres' ? pgType : sqliteType) as unknown as ColumnDataType;
  return {
    uuid: pgOr('uuid', 'text'),
    instant: pgOr('timestamptz', 'text'),
    json: pgOr('jsonb', 'text'),
    bigint: pgOr('bigint', 'integer'),
    // pg's `real` is 4 bytes (≈ 1 m at Foshan's longitude): coordinates and areas take 8.
    double: pgOr('double precision', 'real'),
  };
}

export async function migrate(db: AnyDb, dialect: Dialect, migrations: ModuleMigration[]): Promise<string[]> {
  const sorted = [...migrations].sort((a, b) => a.name.localeCompare(b.name));
  const provider: MigrationProvider = {
    async getMigrations() {
      const out: Record<string, Migration> = {};
      for (const m of sorted) out[m.name] = { up: (trxDb) => m.up(trxDb, dialect) };
      return out;
    },
  };
  // Each module numbers its own migrations: a module's new one may sort before another
  // module's that a database already ran (a deployment upgraded from an earlier release), and
  // must still run. Within a module, order is kept by the names.
  const migrator = new Migrator({ db, provider, allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
