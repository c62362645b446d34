import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tablesOf } from '../../platform/db/index.js';
import { databaseKinds } from '../../test-support/databases.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { hotlineFixture } from './hotline.fixture.js';
import type { HotlineTables } from './tables.js';

interface Changes {
  items: { id: string; ticketNo: string; kind: string; leadUnitId: string | null }[];
  cursor: string;
  more: boolean;
}

describe.each(databaseKinds())('the 12345 change feed on %s', (kind) => {
  let t: TestApp;
  let f: Awaited<ReturnType<typeof hotlineFixture>>;
  const db = () => tablesOf<HotlineTables>(t.ctx.db);

  beforeAll(async () => {
    t = await createTestApp(kind);
    f = await hotlineFixture(t);
  });
  afterAll(() => t?.close());

  const changes = async (after?: string): Promise<Changes> => {
    const res = await f.get(f.supervisor, `/api/v1/hotline/changes${after ? `?after=${after}` : ''}`);
    expect(res.statusCode).toBe(200);
    return res.json();
  };
  it('pages a burst larger than a page inside one second: every step once, up to the newest', async () => {
    const { ticketNo } = await f.take();
    const start = (await changes()).cursor;
    // 1,200 steps in 4 transactions, at the same instant: more than two pages.
    const written: string[] = [];
    for (let batch = 0; batch < 4; batch++) {
      const rows = await f.notes(ticketNo, 300, 100 + batch * 300);
      await db().insertInto('hotlineTicketEvents').values(rows).execute();
      written.push(...rows.map((r) => r.id));
    }

    // On PostgreSQL a transaction running elsewhere on the cluster may hold the answer back a
    // moment (the intake too may then come after the first cursor).
    const read: string[] = [];
    const ours = new Set(written);
    let cursor = start;
    let pages = 0;
    await expect
      .poll(async () => {
        for (;;) {
          const page = await changes(cursor);
          pages++;
          read.push(...page.items.map((i) => i.id));
          cursor = page.cursor;
          if (!page.more) return read.filter((id) => ours.has(id)).length;
        }
      })
      .toBe(written.length);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(new Set(read).size).toBe(read.length);
    // The last transaction's steps come last: the feed got to the newest.
    expect(new Set(read.filter((id) => ours.has(id)).slice(-300))).toEqual(new Set(written.slice(-300)));
    expect((await changes(cursor)).items).toEqual([]);
  });

  it('shows the lead unit each step had, not the one the order has now', async () => {
    const { ticketNo } = await f.take();
    await f.command(f.dispatcher, ticketNo, { type: 'dispatch', leadUnitId: f.unit('FS-CG') });
    await f.command(f.cg, ticketNo, { type: 'return', reason: '不属本单位职责' });
    const res = await f.command(f.dispatcher, ticketNo, {
      type: 'reassign',
      leadUnitId: f.unit('FS-ST'),
      assistingUnitIds: [],
    });
    expect(res.statusCode).toBe(200);
    const steps = async () =>
      (await changes()).items.filter((i) => i.ticketNo === ticketNo).map((s) => [s.kind, s.leadUnitId]);
    await expect.poll(steps).toEqual([
      ['intake', null],
      ['dispatch', f.unit('FS-CG')],
      ['return', f.unit('FS-CG')],
      ['reassign', f.unit('FS-ST')],
    ]);
  });

  it('refuses a cursor it did not give', async () => {
    const res = await f.get(f.supervisor, '/api/v1/hotline/changes?after=2026-11-26T08:00:00.000Z');
    expect(res.statusCode).toBe(400);
  });

  if (kind === 'postgres')
    it('waits for a transaction that commits after a later one, and then answers both', async () => {
      const { ticketNo } = await f.take();
      const start = (await changes()).cursor;
      const [early] = await f.notes(ticketNo, 1, 10);
      const [late] = await f.notes(ticketNo, 1, 11);
      let inserted!: () => void;
      let release!: () => void;
      const insertedEarly = new Promise<void>((resolve) => (inserted = resolve));
      const released = new Promise<void>((resolve) => (release = resolve));
      const slow = t.ctx.db.transaction().execute(async (trx) => {
        await tablesOf<HotlineTables>(trx).insertInto('hotlineTicketEvents').values(early!).execute();
        inserted();
        await released;
      });
      await insertedEarly;
      await db().insertInto('hotlineTicketEvents').values(late!).execute();

      // The feed stops below the oldest transaction running anywhere on the server, and other
      // test files' transactions run there too: the ticket's intake may come after `start`,
      // so only these two steps are looked at, and the poll waits for the others to end.
      const ours = (page: Changes) =>
        page.items.map((i) => i.id).filter((id) => id === early!.id || id === late!.id);
      // The later transaction is committed, the earlier still running: neither is answered
      // yet, so the cursor cannot pass the earlier one.
      const meanwhile = await changes(start);
      expect(ours(meanwhile)).toEqual([]);
      release();
      await slow;
      await expect
        .poll(async () => ours(await changes(meanwhile.cursor)), { timeout: 15_000 })
        .toEqual([early!.id, late!.id]);
    });
});
