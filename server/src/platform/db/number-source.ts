import type { AnyDb, AnyTrx, Database } from './database.js';

/**
 * Where human-facing numbers are taken (an application's, a work order's, a notice's): a
 * counter row per day or year, moved on by one statement.
 *
 * On SQLite, in the caller's transaction: one writer at a time, so the row makes nobody wait,
 * and a write that rolls back gives its number back.
 *
 * On PostgreSQL, in a transaction of its own on a connection of its own. Taken inside the
 * caller's, the row stayed locked until that transaction's commit, so every submission of the
 * day waited for the one before it with all its statements: 82 % of the sessions' time under
 * submission load, sampled (bench, 2026-11-28). The price is that a write failing after it
 * took a number leaves that number unused. A number is still never given twice, and numbers
 * still sort by day.
 */
export interface NumberSource {
  /** What to run the counter's statement on, for a number used in `trx`. */
  on(trx: AnyTrx): AnyDb | AnyTrx;
}

export function createNumberSource(database: Database): NumberSource {
  const own = database.ownConnections;
  return { on: (trx) => own ?? trx };
}
