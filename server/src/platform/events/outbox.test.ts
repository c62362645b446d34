import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test-support/databases.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { type DomainEvent, emitInTrx } from './index.js';

describe.each(databaseKinds())('outbox on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
    await t.ctx.outbox.drain();
  });
  afterAll(() => t.close());

  it('delivers a committed event once and forgets a rolled-back one', async () => {
    const seen: DomainEvent[] = [];
    t.ctx.outbox.on('test.committed', async (e) => void seen.push(e));
    t.ctx.outbox.on('test.rolled_back', async (e) => void seen.push(e));
    await t.ctx.db.transaction().execute((trx) => emitInTrx(trx, 'test.committed', { n: 1 }));
    await t.ctx.db
      .transaction()
      .execute(async (trx) => {
        await emitInTrx(trx, 'test.rolled_back', { n: 2 });
        throw new Error('abort');
      })
      .catch(() => undefined);
    expect(await t.ctx.outbox.drain()).toBe(1);
    expect(await t.ctx.outbox.drain()).toBe(0);
    expect(seen.map((e) => [e.topic, e.payload])).toEqual([['test.committed', { n: 1 }]]);
  });

  it('keeps a failed delivery for a later retry', async () => {
    let calls = 0;
    t.ctx.outbox.on('test.flaky', async () => {
      calls++;
      if (calls === 1) throw new Error('mail server down');
    });
    const id = await t.ctx.db.transaction().execute((trx) => emitInTrx(trx, 'test.flaky', {}));
    await t.ctx.outbox.drain();
    const row = await t.ctx.db
      .selectFrom('outboxEvents')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ attempts: 1, processedAt: null });
    expect(row.lastError).toContain('mail server down');
    await t.ctx.db
      .updateTable('outboxEvents')
      .set({ availableAt: new Date(0).toISOString() })
      .where('id', '=', id)
      .execute();
    await t.ctx.outbox.drain();
    const done = await t.ctx.db
      .selectFrom('outboxEvents')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(done.processedAt).not.toBeNull();
    expect(calls).toBe(2);
  });

  it('hands independent events over side by side and ordered ones one at a time, in order', async () => {
    let inFlight = 0;
    let most = 0;
    const order: string[] = [];
    const track = (topic: string) => async (e: DomainEvent) => {
      inFlight++;
      most = Math.max(most, inFlight);
      // Yields, so handlers that run side by side overlap here.
      await new Promise((r) => setTimeout(r, 5));
      order.push(`${topic}:${(e.payload as { n: number }).n}`);
      inFlight--;
    };
    t.ctx.outbox.on('test.independent', track('i'), { independent: true });
    t.ctx.outbox.on('test.ordered', track('o'));
    await t.ctx.db.transaction().execute(async (trx) => {
      for (let n = 1; n <= 3; n++) await emitInTrx(trx, 'test.ordered', { n });
    });
    await t.ctx.outbox.drain();
    expect(order).toEqual(['o:1', 'o:2', 'o:3']);
    expect(most).toBe(1);

    order.length = 0;
    await t.ctx.db.transaction().execute(async (trx) => {
      for (let n = 1; n <= 5; n++) await emitInTrx(trx, 'test.independent', { n });
    });
    await t.ctx.outbox.drain();
    expect(order.sort()).toEqual(['i:1', 'i:2', 'i:3', 'i:4', 'i:5']);
    expect(most).toBeGreaterThan(1);
  });

  it('marks every delivered event of a batch and keeps only the failed one for later', async () => {
    t.ctx.outbox.on(
      'test.batch',
      async (e) => {
        if ((e.payload as { n: number }).n === 3) throw new Error('third fails');
      },
      { independent: true },
    );
    const ids = await t.ctx.db.transaction().execute(async (trx) => {
      const written: string[] = [];
      for (let n = 1; n <= 6; n++) written.push(await emitInTrx(trx, 'test.batch', { n }));
      return written;
    });
    await t.ctx.outbox.drain();
    const rows = await t.ctx.db
      .selectFrom('outboxEvents')
      .select(['id', 'processedAt', 'attempts'])
      .where('id', 'in', ids)
      .execute();
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(ids.map((id) => [byId.get(id)!.processedAt !== null, byId.get(id)!.attempts])).toEqual([
      [true, 0],
      [true, 0],
      [false, 1],
      [true, 0],
      [true, 0],
      [true, 0],
    ]);
  });
});
