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
});
