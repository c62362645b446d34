import { sql } from 'kysely';
import type { AnyDb, AnyTrx, Dialect } from './database.js';
import { withHotRowsLast } from './hot-rows.js';

/**
 * Write transactions of the hot paths (submissions, case commands). On SQLite they share
 * commits (group commit): a commit writes every page the transaction dirtied to the WAL
 * and syncs it, and for a submission that is ~40 pages — most of its cost. Writes that
 * arrive while one commits run next in one transaction, each inside its own savepoint, so
 * one that fails is rolled back alone while the others commit; every caller is answered
 * only after the commit that holds its writes. On PostgreSQL (a pool, N processes) each
 * runs in a transaction of its own, and what must follow its commit runs before the caller is
 * answered. On both, the rows every such write shares and the rows it appends to logs are
 * written at its end (hot-rows.ts).
 */
export interface WriteQueue {
  transaction<T>(work: (trx: AnyTrx) => Promise<T>): Promise<T>;
}

interface Pending {
  work: (trx: AnyTrx) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

// Bounds the wait of the first caller of a batch (it is answered at the batch's commit).
const MAX_BATCH = 64;

export function createWriteQueue(db: AnyDb, dialect: Dialect): WriteQueue {
  if (dialect === 'postgres')
    return {
      async transaction(work) {
        const after = new Map<object, () => Promise<void>>();
        const value = await db.transaction().execute((trx) => withHotRowsLast(trx, work, after));
        for (const then of after.values()) await then();
        return value;
      },
    };

  const queue: Pending[] = [];
  let draining = false;

  /** Runs one caller's work in a savepoint: its failure undoes its own writes only. */
  async function inSavepoint(trx: AnyTrx, item: Pending): Promise<Outcome> {
    await sql`savepoint queued_write`.execute(trx);
    try {
      // Its log and hot rows at its end, inside its savepoint: a failed write leaves none.
      const value = await withHotRowsLast(trx, item.work);
      await sql`release queued_write`.execute(trx);
      return { ok: true, value };
    } catch (error) {
      // If SQLite already rolled the whole transaction back (I/O error, disk full) this
      // throws too, and the batch fails as a whole: nobody was answered yet.
      await sql`rollback to queued_write`.execute(trx);
      await sql`release queued_write`.execute(trx);
      return { ok: false, error };
    }
  }

  async function runBatch(): Promise<void> {
    const taken: Pending[] = [];
    try {
      const outcomes = await db.transaction().execute(async (trx) => {
        const results: Outcome[] = [];
        // Callers that queue while this batch runs join it, up to the bound.
        while (queue.length > 0 && taken.length < MAX_BATCH) {
          const item = queue.shift()!;
          taken.push(item);
          results.push(await inSavepoint(trx, item));
        }
        return results;
      });
      outcomes.forEach((outcome, i) => {
        if (outcome.ok) taken[i]!.resolve(outcome.value);
        else taken[i]!.reject(outcome.error);
      });
    } catch (error) {
      for (const item of taken) item.reject(error);
    }
  }

  async function drain() {
    draining = true;
    try {
      while (queue.length > 0) {
        // better-sqlite3 answers synchronously: a batch runs without yielding to the event
        // loop. Yielding once first lets the requests that arrived meanwhile (already read
        // from their sockets) reach the queue and share this commit.
        await new Promise((resolve) => setImmediate(resolve));
        await runBatch();
      }
    } finally {
      draining = false;
    }
  }

  return {
    transaction<T>(work: (trx: AnyTrx) => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
        if (!draining) void drain();
      });
    },
  };
}
