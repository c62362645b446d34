import type { Insertable } from 'kysely';
import { type AnyTrx, tablesOf } from './database.js';
import { insertIntoTables, insertRows } from './insert-row.js';

/*
 * Writes to rows that every transaction of a kind shares: a day's dashboard counters, the
 * audit chain's head. On PostgreSQL such a row stays locked from its write to the commit, so
 * every other transaction that writes it waits for all the statements in between: sampled
 * under submission load (bench, 2026-11-28), 82–84 % of the sessions' time went to such waits.
 *
 * Inside a write of the write queue they are collected and written last, at the end of that
 * write (just before the commit on PostgreSQL, before its savepoint is released on SQLite),
 * each kind once (its items merged) and the kinds in one fixed order, so on PostgreSQL a lock
 * is held for a statement and the commit, and two transactions cannot deadlock over them.
 * Everywhere else (a transaction the queue did not open) they are written at once. On
 * PostgreSQL the audit chain's head is moved after the commit instead (runAfterCommit,
 * audit-log.ts).
 *
 * Rows that writes append to a log of their own (outbox events, audit records waiting for the
 * chain, a case's actions) are collected the same way: nothing in the write reads them back.
 * At its end they go in one statement on PostgreSQL (each was a round trip), and in one
 * statement per table on SQLite, before the hot rows: a new row holds no lock another
 * transaction waits for. On SQLite a submission makes six statements fewer (its three outbox
 * events, two audit records with one read and one move of the chain's head, two case actions),
 * and both engines behave alike inside the queue; its rate did not move measurably, since a
 * row costs SQLite about as much inside a statement of several (2026-11-28).
 */

/** Writes `item` now, or just before the commit of a transaction that runs hot rows last. */
export type HotRowWrite<T> = (trx: AnyTrx, item: T) => Promise<void>;

interface Kind {
  name: string;
  /** The table a row appender appends to: its rows are written before every kind of hot row. */
  appendsTo?: string;
  // biome-ignore lint/suspicious/noExplicitAny: each kind's items are typed by its own writer
  write: (trx: AnyTrx, items: any[]) => Promise<void>;
}

interface Collected {
  kinds: Map<Kind, unknown[]>;
  /** What runs after the commit, once per key; none where the commit is not the write's own (SQLite's shared commits). */
  after?: Map<object, () => Promise<void>>;
}

const collected = new WeakMap<AnyTrx, Collected>();

/**
 * A writer of one kind of hot row, written at the commit after the kinds whose names sort
 * before its own. `write` gets one transaction's items in the order they came, and must take
 * its rows in an order of its own (sorted keys), the same in every transaction.
 */
export function hotRowWriter<T>(
  name: string,
  write: (trx: AnyTrx, items: T[]) => Promise<void>,
): HotRowWrite<T> {
  return collectingWriter({ name, write });
}

/** Appends a row to `table` now, or with the transaction's other rows of it just before its commit. */
export function rowAppender<Tables, K extends keyof Tables & string>(
  table: K,
): HotRowWrite<Insertable<Tables[K]>> {
  return collectingWriter({
    name: table,
    appendsTo: table,
    write: (trx, rows) => insertRows(tablesOf<Tables>(trx), table, rows),
  });
}

function collectingWriter<T>(kind: Kind): HotRowWrite<T> {
  const { write } = kind;
  return async (trx, item) => {
    const kinds = collected.get(trx)?.kinds;
    if (!kinds) return write(trx, [item]);
    const items = kinds.get(kind);
    if (items) items.push(item);
    else kinds.set(kind, [item]);
  };
}

/**
 * In a PostgreSQL transaction that writes hot rows last: `then` is to run once per `key` after
 * its commit, before its caller is answered, and this answers true. Elsewhere it answers false:
 * the caller does that work in the transaction instead.
 */
export function runAfterCommit(trx: AnyTrx, key: object, then: () => Promise<void>): boolean {
  const after = collected.get(trx)?.after;
  if (!after) return false;
  if (!after.has(key)) after.set(key, then);
  return true;
}

/**
 * Runs `work` with the hot rows it writes collected, then writes them. The caller commits after
 * and then runs what `after` was given (runAfterCommit); without `after`, nothing is put off
 * past the commit.
 */
export async function withHotRowsLast<T>(
  trx: AnyTrx,
  work: (trx: AnyTrx) => Promise<T>,
  after?: Map<object, () => Promise<void>>,
): Promise<T> {
  const kinds = new Map<Kind, unknown[]>();
  collected.set(trx, { kinds, after });
  try {
    const value = await work(trx);
    // Whatever the hot writes themselves write goes straight to the database.
    collected.delete(trx);
    const ordered = [...kinds].sort(([a], [b]) => a.name.localeCompare(b.name));
    await insertIntoTables(
      trx,
      ordered.flatMap(([kind, rows]) =>
        kind.appendsTo ? [{ table: kind.appendsTo, rows: rows as Record<string, unknown>[] }] : [],
      ),
    );
    for (const [kind, items] of ordered) if (!kind.appendsTo) await kind.write(trx, items);
    return value;
  } finally {
    collected.delete(trx);
  }
}
