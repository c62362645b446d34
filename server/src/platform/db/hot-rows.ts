import type { AnyTrx } from './database.js';

/**
 * Writes to rows that every transaction of a kind shares: a day's dashboard counters, the
 * audit chain's head. On PostgreSQL such a row stays locked from its write to the commit, so
 * every other transaction that writes it waits for all the statements in between: sampled
 * under submission load (bench, 2026-11-28), 82–84 % of the sessions' time went to such waits.
 *
 * Inside a transaction of the write queue on PostgreSQL they are collected and written last,
 * just before the commit, each kind once (its items merged) and the kinds in one fixed order,
 * so the lock is held for a few statements and two transactions cannot deadlock over them.
 * Everywhere else (SQLite, one writer at a time; a transaction the queue did not open) they
 * are written at once, as before.
 */
/** Writes `item` now, or just before the commit of a transaction that runs hot rows last. */
export type HotRowWrite<T> = (trx: AnyTrx, item: T) => Promise<void>;

interface Kind {
  order: number;
  name: string;
  // biome-ignore lint/suspicious/noExplicitAny: each kind's items are typed by its own writer
  write: (trx: AnyTrx, items: any[]) => Promise<void>;
}

/** Where each kind is written at the commit: counters first, the audit chain's head (which every audited write takes) last. */
export const HOT_ROW_ORDER = { counters: 10, auditChain: 100 } as const;

const collected = new WeakMap<AnyTrx, Map<Kind, unknown[]>>();

/**
 * A writer of one kind of hot row. `order` (HOT_ROW_ORDER) places it among the others at the
 * commit; `write` gets the items of one
 * transaction in the order they came and must take its rows in an order of its own (sorted
 * keys), the same in every transaction.
 */
export function hotRowWriter<T>(
  order: number,
  name: string,
  write: (trx: AnyTrx, items: T[]) => Promise<void>,
): HotRowWrite<T> {
  const kind: Kind = { order, name, write };
  return async (trx, item) => {
    const kinds = collected.get(trx);
    if (!kinds) return write(trx, [item]);
    const items = kinds.get(kind);
    if (items) items.push(item);
    else kinds.set(kind, [item]);
  };
}

/** Runs `work` with the hot rows it writes collected, then writes them; the caller commits after. */
export async function withHotRowsLast<T>(trx: AnyTrx, work: (trx: AnyTrx) => Promise<T>): Promise<T> {
  const kinds = new Map<Kind, unknown[]>();
  collected.set(trx, kinds);
  try {
    const value = await work(trx);
    // Whatever the hot writes themselves write goes straight to the database.
    collected.delete(trx);
    const ordered = [...kinds].sort(([a], [b]) => a.order - b.order || a.name.localeCompare(b.name));
    for (const [kind, items] of ordered) await kind.write(trx, items);
    return value;
  } finally {
    collected.delete(trx);
  }
}
