import { sql } from 'kysely';
import type { AppContext } from '../../server/src/platform/http/index.js';

// Sessions move on every login and are touched by reads; the migration lock is the migrator's.
const NOT_STATE = new Set(['sessions', 'kysely_migration_lock']);

async function tablesOf(ctx: AppContext): Promise<string[]> {
  const rows =
    ctx.dialect === 'sqlite'
      ? await sql<{
          name: string;
        }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(ctx.db)
      : await sql<{
          name: string;
        }>`select tablename as name from pg_tables where schemaname = current_schema()`.execute(ctx.db);
  return rows.rows
    .map((r) => r.name)
    .filter((n) => !NOT_STATE.has(n))
    .sort();
}

export type State = Record<string, number | string>;

/**
 * A fingerprint of the whole database: every table's row count and the audit chain's head
 * (every state change writes an audit record, so a change without a new row still moves it).
 */
export async function stateOf(ctx: AppContext): Promise<State> {
  const tables = await tablesOf(ctx);
  const counts = tables.map((t) => sql`(select count(*) from ${sql.table(t)}) as ${sql.ref(t)}`);
  const row = (await sql<Record<string, number>>`select ${sql.join(counts)}`.execute(ctx.db)).rows[0]!;
  const head = await sql<{ seq: number; hash: string }>`select seq, hash from audit_head`.execute(ctx.db);
  return { ...row, auditHead: JSON.stringify(head.rows) };
}

/** The tables (or the audit head) that differ between two fingerprints. */
export function changed(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  return Object.keys({ ...before, ...after }).filter((k) => String(before[k]) !== String(after[k]));
}
