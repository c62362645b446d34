import type { FastifyBaseLogger } from 'fastify';
import { type AnyDb, type AnyTrx, type Dialect, newRowId, rowAppender, tablesOf } from '../db/index.js';

export interface OutboxTable {
  id: string;
  topic: string;
  payload: string;
  createdAt: string;
  availableAt: string;
  attempts: number;
  processedAt: string | null;
  lastError: string | null;
}

interface Tables {
  outboxEvents: OutboxTable;
}

export interface DomainEvent<T = unknown> {
  id: string;
  topic: string;
  payload: T;
  createdAt: string;
}

export type EventHandler = (event: DomainEvent) => Promise<void>;

const appendEvent = rowAppender<Tables, 'outboxEvents'>('outboxEvents');

/**
 * Writes an event in the caller's transaction: it exists exactly when the state change does.
 * `occurredAt` is when the change happened when that is not now (a replayed history); the
 * event is deliverable at once either way.
 */
export async function emitInTrx(
  trx: AnyTrx,
  topic: string,
  payload: unknown,
  occurredAt?: string,
): Promise<string> {
  const id = newRowId();
  const now = new Date().toISOString();
  await appendEvent(trx, {
    id,
    topic,
    payload: JSON.stringify(payload),
    createdAt: occurredAt ?? now,
    availableAt: now,
    attempts: 0,
    processedAt: null,
    lastError: null,
  });
  return id;
}

const BATCH = 50;
const LEASE_MS = 60_000;
const MAX_BACKOFF_MS = 10 * 60_000;

/**
 * Drains the outbox at least once per event. Several processes may run it: on PostgreSQL
 * a claimed row is leased by pushing `available_at` forward under SKIP LOCKED, so no two
 * processes hand the same event to a handler at the same time.
 */
export function createOutboxWorker(db: AnyDb, dialect: Dialect, log: FastifyBaseLogger) {
  const handlers = new Map<string, EventHandler[]>();
  // Topics some handler needs in order (the default): their events are handled one at a time.
  const ordered = new Set<string>();
  const t = tablesOf<Tables>(db);
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;

  async function claim(): Promise<OutboxTable[]> {
    return db.transaction().execute(async (trx) => {
      const now = new Date();
      let q = tablesOf<Tables>(trx)
        .selectFrom('outboxEvents')
        .selectAll()
        .where('processedAt', 'is', null)
        .where('availableAt', '<=', now.toISOString())
        .orderBy('availableAt')
        .limit(BATCH);
      if (dialect === 'postgres') q = q.forUpdate().skipLocked();
      const rows = await q.execute();
      if (rows.length === 0) return rows;
      const lease = new Date(now.getTime() + LEASE_MS).toISOString();
      await tablesOf<Tables>(trx)
        .updateTable('outboxEvents')
        .set({ availableAt: lease })
        .where(
          'id',
          'in',
          rows.map((r) => r.id),
        )
        .execute();
      return rows;
    });
  }

  /** Hands one event to its handlers; true when all of them succeeded. */
  async function deliver(row: OutboxTable): Promise<boolean> {
    const event: DomainEvent = {
      id: row.id,
      topic: row.topic,
      payload: JSON.parse(row.payload),
      createdAt: row.createdAt,
    };
    try {
      for (const handler of handlers.get(row.topic) ?? []) await handler(event);
      return true;
    } catch (err) {
      const attempts = row.attempts + 1;
      const backoff = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** attempts);
      log.warn({ err, eventId: row.id, topic: row.topic, attempts }, 'event delivery failed; will retry');
      await t
        .updateTable('outboxEvents')
        .set({
          attempts,
          lastError: String(err).slice(0, 500),
          availableAt: new Date(Date.now() + backoff).toISOString(),
        })
        .where('id', '=', row.id)
        .execute();
      return false;
    }
  }

  async function markDelivered(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await t
      .updateTable('outboxEvents')
      .set({ processedAt: new Date().toISOString(), lastError: null })
      .where('id', 'in', ids)
      .execute();
  }

  /**
   * The claimed events in their order, cut into groups handled at the same time: a run of
   * events of independent topics together (on SQLite their writes then share commits), an
   * event of an ordered topic alone.
   */
  function deliveryGroups(rows: OutboxTable[]): OutboxTable[][] {
    const groups: OutboxTable[][] = [];
    let run: OutboxTable[] = [];
    for (const row of rows) {
      if (!ordered.has(row.topic)) {
        run.push(row);
        continue;
      }
      if (run.length) groups.push(run);
      run = [];
      groups.push([row]);
    }
    if (run.length) groups.push(run);
    return groups;
  }

  async function drainOnce(): Promise<number> {
    const rows = await claim();
    // Marked together, not one write per event: on SQLite each would be a commit of its own.
    // Handlers are idempotent (delivery is at least once), so a crash before the mark only
    // hands the events over again; marking well within the lease keeps a slow batch from
    // being claimed twice by other processes.
    let delivered: string[] = [];
    let since = Date.now();
    for (const group of deliveryGroups(rows)) {
      const outcomes = await Promise.all(group.map(deliver));
      delivered.push(...group.filter((_, i) => outcomes[i]).map((row) => row.id));
      if (Date.now() - since > LEASE_MS / 4) {
        await markDelivered(delivered);
        delivered = [];
        since = Date.now();
      }
    }
    await markDelivered(delivered);
    return rows.length;
  }

  return {
    /**
     * `independent`: the handler may see this topic's events at the same time and in any
     * order (each event stands alone, like a notification to send). Without it, events of
     * the topic are handled one after another in the order they were written.
     */
    on(topic: string, handler: EventHandler, options: { independent?: boolean } = {}) {
      handlers.set(topic, [...(handlers.get(topic) ?? []), handler]);
      if (!options.independent) ordered.add(topic);
    },
    /** Events not delivered yet (the health page shows the backlog). */
    async pending(): Promise<number> {
      const { n } = await t
        .selectFrom('outboxEvents')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('processedAt', 'is', null)
        .executeTakeFirstOrThrow();
      return Number(n);
    },
    /** Delivers everything due now; returns how many events were handled. */
    async drain(): Promise<number> {
      let total = 0;
      for (let n = await drainOnce(); n > 0; n = await drainOnce()) total += n;
      return total;
    },
    start(intervalMs = 500) {
      const tick = async () => {
        running = drainOnce().catch((err) => {
          log.error({ err }, 'outbox polling failed');
          return 0;
        });
        // A full batch means more are waiting: go on at once (after other I/O) instead of idling.
        timer = setTimeout(tick, (await running) === BATCH ? 0 : intervalMs);
      };
      timer = setTimeout(tick, intervalMs);
    },
    async stop() {
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}

export type OutboxWorker = ReturnType<typeof createOutboxWorker>;
