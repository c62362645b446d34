import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type EventStreamReader,
  openEventStream,
  type ReadEvent,
} from '../../platform/live/event-stream.fixture.js';
import { databaseKinds } from '../../test-support/databases.js';
import { createTestApp, login, type TestApp } from '../../test-support/test-app.js';
import { callBody, hotlineFixture } from './hotline.fixture.js';
import type { Dashboard } from './schemas.js';

interface Change {
  ticketNo: string;
  kind: string;
  status: string;
}

const isChange = (ticketNo: string, kind: string) => (e: ReadEvent) =>
  e.event === 'change' && (e.data as Change).ticketNo === ticketNo && (e.data as Change).kind === kind;
const received = (e: ReadEvent) => (e.data as Dashboard).totals.received;

describe.each(databaseKinds())('the 12345 live board across server processes on %s', (kind) => {
  let t: TestApp;
  let f: Awaited<ReturnType<typeof hotlineFixture>>;
  // Two server processes on one database, each listening on its own port.
  let other: { app: FastifyInstance; close: () => Promise<void> };
  let urlA = '';
  let urlB = '';
  let supervisor = '';
  const streams: EventStreamReader[] = [];
  const listen = (cookie: string, base: string, headers: Record<string, string> = {}, query = '') =>
    openEventStream(`${base}/api/v1/hotline/live${query}`, { cookie, ...headers }).then((s) => {
      streams.push(s);
      return s;
    });

  beforeAll(async () => {
    t = await createTestApp(kind);
    f = await hotlineFixture(t);
    other = await t.sibling();
    urlA = await t.app.listen({ port: 0, host: '127.0.0.1' });
    urlB = await other.app.listen({ port: 0, host: '127.0.0.1' });
    supervisor = await login(t.app, 'supervisor', { staff: true });
  });
  afterAll(async () => {
    for (const s of streams) s.close();
    await other?.close();
    await t?.close();
  });

  it('lets centre and supervisors listen, nobody else', async () => {
    expect((await openEventStream(`${urlB}/api/v1/hotline/live`)).status).toBe(401);
    expect((await listen(f.st, urlB)).status).toBe(403);
    const board = await listen(f.operator, urlB);
    expect(board.status).toBe(200);
    expect(board.contentType).toMatch(/^text\/event-stream/);
    board.close();
  });

  it('brings an order taken through one process to a board on the other, with today’s figures', async () => {
    const board = await listen(supervisor, urlB);
    const first = await board.next((e) => e.event === 'snapshot');
    const before = received(first);

    const ticket = await f.take(callBody());
    const change = await board.next(isChange(ticket.ticketNo, 'intake'));
    expect(change.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(change.data).toMatchObject({ status: 'pending_dispatch', type: 'complaint', subject: 'noise' });
    // Nothing personal travels on the board.
    expect(JSON.stringify(board.events)).not.toContain('13912340001');
    const after = await board.next((e) => e.event === 'snapshot' && received(e) === before + 1, {
      from: board.events.indexOf(change),
    });
    expect((after.data as Dashboard).from).toBe((first.data as Dashboard).from);

    // A step on the order, through the other process this time, reaches it too.
    const res = await f.command(f.dispatcher, ticket.ticketNo, {
      type: 'dispatch',
      leadUnitId: f.unit('FS-ST'),
    });
    expect(res.statusCode).toBe(200);
    await board.next(isChange(ticket.ticketNo, 'dispatch'));
    board.close();
  });

  it('keeps up with a burst of more steps than one answer holds, to the newest', async () => {
    const board = await listen(supervisor, urlB);
    await board.next((e) => e.event === 'snapshot');
    const { ticketNo } = await f.take(callBody({ subject: 'water' }));
    // 1,200 steps within a second, in two transactions.
    const rows = [...(await f.notes(ticketNo, 600, 10)), ...(await f.notes(ticketNo, 600, 610))];
    for (const half of [rows.slice(0, 600), rows.slice(600)])
      await t.ctx.db.insertInto('hotlineTicketEvents').values(half).execute();
    const ids = new Set(rows.map((r) => r.id));
    const delivered = () => board.events.filter((e) => e.id !== undefined && ids.has(e.id)).map((e) => e.id);
    await expect.poll(() => delivered().length, { timeout: 5000 }).toBe(rows.length);
    expect(new Set(delivered()).size).toBe(rows.length);
    board.close();
  });

  it('resumes after Last-Event-ID on either process, and says reset for an id it cannot place', async () => {
    const board = await listen(supervisor, urlA);
    const ticket = await f.take(callBody({ subject: 'traffic' }));
    const intake = await board.next(isChange(ticket.ticketNo, 'intake'));
    board.close();
    // While the board is away the order is dispatched through the other process.
    const res = await f.command(f.dispatcher, ticket.ticketNo, {
      type: 'dispatch',
      leadUnitId: f.unit('FS-JT'),
    });
    expect(res.statusCode).toBe(200);

    for (const [base, how] of [
      [urlA, 'header'],
      [urlB, 'query'],
    ] as const) {
      const resumed =
        how === 'header'
          ? await listen(supervisor, base, { 'last-event-id': intake.id! })
          : await listen(supervisor, base, {}, `?lastEventId=${intake.id}`);
      await resumed.next(isChange(ticket.ticketNo, 'dispatch'));
      expect(resumed.events.filter((e) => e.id === intake.id)).toEqual([]);
      expect(resumed.events.some((e) => e.event === 'reset')).toBe(false);
      resumed.close();
    }

    const lost = await listen(supervisor, urlB, { 'last-event-id': crypto.randomUUID() });
    await lost.next((e) => e.event === 'reset');
    await lost.next((e) => e.event === 'snapshot');
    lost.close();
  });
});
