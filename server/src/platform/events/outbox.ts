import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import { type AnyDb, type AnyTrx, type Dialect, insertRow, tablesOf } from '../db/index.js';

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
  const id = randomUUID();
  const now = new Date().toISOString();
  await insertRow(tablesOf<Tables>(trx), 'outboxEvents', {
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
const MAX_BACKOFF_MS = 10 * 60_000;

/**
 * Drains the outbox at least once per event. Several processes may run it: on PostgreSQL
 * a claimed row is leased by pushing `available_at` forward under SKIP LOCKED, so no two
 * processes hand the same event to a handler at the same time.
 */
export function createOutboxWorker(db: AnyDb, dialect: Dialect, log: FastifyBaseLogger) {
  const handlers = new Map<string, EventHandler[]>();
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
      const lease = new Date(now.getTime() + 60_000).toISOString();
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

  async function deliver(row: OutboxTable): Promise<void> {
    const event: DomainEvent = {
      id: row.id,
      topic: row.topic,
      payload: JSON.parse(row.payload),
      createdAt: row.createdAt,
    };
    try {
      for (const handler of handlers.get(row.topic) ?? []) await handler(event);
      await t
        .updateTable('outboxEvents')
        .set({ processedAt: new Date().toISOString(), lastError: null })
        .where('id', '=', row.id)
        .execute();
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
    }
  }

  async function drainOnce(): Promise<number> {
    const rows = await claim();
    for (const row of rows) await deliver(row);
    return rows.length;
  }

  return {
    on(topic: string, handler: EventHandler) {
      handlers.set(topic, [...(handlers.get(topic) ?? []), handler]);
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
