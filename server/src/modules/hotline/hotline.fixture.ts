import { randomUUID } from 'node:crypto';
import { tablesOf } from '../../platform/db/index.js';
import { login, type TestApp } from '../../test-support/test-app.js';
import { directoryRepository } from '../directory/index.js';
import { callBody } from './sample-call.fixture.js';
import type { HotlineTables, TicketEventTable } from './tables.js';

export { callBody };

/** The logins and helpers the hotline tests share. */
export async function hotlineFixture(t: TestApp) {
  const staff = (username: string) => login(t.app, username, { staff: true });
  const [operator, dispatcher, st, cg, supervisor, sysadmin] = await Promise.all([
    staff('hotline'),
    staff('dispatcher'),
    staff('handler.st'),
    staff('handler.cg'),
    staff('supervisor'),
    staff('sysadmin'),
  ]);
  const departments = await directoryRepository(t.ctx.db).departments();
  const unit = (code: string) => departments.find((d) => d.code === code)!.id;

  const intake = (cookie: string, body: object = callBody(), key: string = randomUUID(), lang = 'zh-CN') =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/hotline/tickets',
      headers: { cookie, 'idempotency-key': key, 'accept-language': lang },
      payload: body,
    });
  /** Takes a call and answers the created order's detail. */
  const take = async (body: object = callBody()) => {
    const res = await intake(operator, body);
    if (res.statusCode !== 201) throw new Error(`intake refused: ${res.body}`);
    return res.json().ticket as { ticketNo: string; revision: number; status: string };
  };
  const get = (cookie: string, url: string) => t.app.inject({ url, headers: { cookie } });
  const detail = (cookie: string, ticketNo: string) => get(cookie, `/api/v1/hotline/tickets/${ticketNo}`);
  /** Sends a command with the revision the caller sees now, unless one is given. */
  const command = async (cookie: string, ticketNo: string, body: Record<string, unknown>) => {
    const expectedRevision =
      (body.expectedRevision as number | undefined) ?? (await detail(cookie, ticketNo)).json().revision;
    return t.app.inject({
      method: 'POST',
      url: `/api/v1/hotline/tickets/${ticketNo}/commands`,
      headers: { cookie },
      payload: { ...body, expectedRevision },
    });
  };
  /** A counter's total over every day and dimension. */
  const counter = async (metric: string) =>
    Number(
      (
        await t.ctx.db
          .selectFrom('hotlineCounters')
          .select((eb) => eb.fn.sum<number>('n').as('n'))
          .where('metric', '=', metric)
          .executeTakeFirstOrThrow()
      ).n ?? 0,
    );
  /**
   * Notes on an order, as timeline rows all at one instant, for writing straight into the
   * table: bursts of steps faster than the routes take them.
   */
  const notes = async (ticketNo: string, n: number, seqFrom: number) => {
    const { id } = await tablesOf<HotlineTables>(t.ctx.db)
      .selectFrom('hotlineTickets')
      .select('id')
      .where('ticketNo', '=', ticketNo)
      .executeTakeFirstOrThrow();
    const at = new Date().toISOString();
    return Array.from(
      { length: n },
      (_, i): TicketEventTable => ({
        id: randomUUID(),
        ticketId: id,
        seq: seqFrom + i,
        at,
        actorId: null,
        actorLabel: null,
        kind: 'assistNote',
        unitId: null,
        leadUnitId: null,
        fromStatus: 'pending_dispatch',
        toStatus: 'pending_dispatch',
        textEnc: null,
        detail: '{}',
      }),
    );
  };
  return {
    operator,
    dispatcher,
    st,
    cg,
    supervisor,
    sysadmin,
    unit,
    intake,
    take,
    get,
    detail,
    command,
    counter,
    notes,
  };
}
