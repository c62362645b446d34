import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessDateOf } from '../../platform/calendar/index.js';
import { databaseKinds } from '../../test-support/databases.js';
import { createTestApp, login, type TestApp } from '../../test-support/test-app.js';
import { workingCalendar } from '../calendar/index.js';
import { callBody, hotlineFixture } from './hotline.fixture.js';

describe.each(databaseKinds())('12345 work orders on %s', (kind) => {
  let t: TestApp;
  let f: Awaited<ReturnType<typeof hotlineFixture>>;

  beforeAll(async () => {
    t = await createTestApp(kind);
    f = await hotlineFixture(t);
  });
  afterAll(() => t.close());

  const count = async (table: string) =>
    Number(
      (
        await t.ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('takes a call: numbered, masked, sealed at rest, counted, audited and announced; once per Idempotency-Key', async () => {
    const before = { received: await f.counter('received'), tickets: await count('hotlineTickets') };
    const key = crypto.randomUUID();
    const res = await f.intake(f.operator, callBody(), key);
    expect(res.statusCode).toBe(201);
    const { ticket } = res.json();
    expect(ticket.ticketNo).toMatch(
      new RegExp(`^FS${businessDateOf(new Date()).replaceAll('-', '')}\\d{6}$`),
    );
    expect(ticket).toMatchObject({
      status: 'pending_dispatch',
      channel: 'phone',
      caller: { name: '陈**', phone: '139****0001', anonymous: false, registered: false },
      leadUnit: null,
      revision: 1,
      late: false,
      actions: expect.arrayContaining(['dispatch', 'merge']),
    });
    expect(ticket.timeline).toEqual([expect.objectContaining({ seq: 1, kind: 'intake', actor: 'hotline' })]);
    expect(Date.parse(ticket.dispatchDueAt)).toBeGreaterThan(Date.now());

    const row = await t.ctx.db
      .selectFrom('hotlineTickets')
      .selectAll()
      .where('ticketNo', '=', ticket.ticketNo)
      .executeTakeFirstOrThrow();
    const events = await t.ctx.db
      .selectFrom('hotlineTicketEvents')
      .selectAll()
      .where('ticketId', '=', row.id)
      .execute();
    for (const stored of [JSON.stringify(row), JSON.stringify(events)]) {
      expect(stored).not.toContain('13912340001');
      expect(stored).not.toContain('陈大文');
      expect(stored).not.toContain('打桩');
    }
    expect(await f.counter('received')).toBe(before.received + 1);
    const audit = await t.ctx.db
      .selectFrom('auditRecords')
      .select(['action', 'actorLabel'])
      .where('objectId', '=', ticket.ticketNo)
      .execute();
    expect(audit).toEqual([{ action: 'hotline.intake', actorLabel: 'hotline' }]);
    const outbox = await t.ctx.db
      .selectFrom('outboxEvents')
      .select('payload')
      .where('topic', '=', 'ticket.changed')
      .execute();
    expect(outbox.map((e) => JSON.parse(e.payload))).toContainEqual(
      expect.objectContaining({ ticketNo: ticket.ticketNo, kind: 'intake', status: 'pending_dispatch' }),
    );

    const again = await f.intake(f.operator, callBody(), key);
    expect([again.statusCode, again.json().ticket.ticketNo]).toEqual([200, ticket.ticketNo]);
    const other = await f.intake(f.operator, callBody({ subject: 'traffic' }), key);
    expect([other.statusCode, other.json().code]).toEqual([422, 'hotline.idempotency_mismatch']);
    const keyless = await t.app.inject({
      method: 'POST',
      url: '/api/v1/hotline/tickets',
      headers: { cookie: f.operator },
      payload: callBody(),
    });
    expect([keyless.statusCode, keyless.json().code]).toEqual([400, 'hotline.idempotency_key_required']);
    expect(await count('hotlineTickets')).toBe(before.tickets + 1);
  });

  it('refuses bad input field by field, in the language asked for, and writes nothing', async () => {
    const before = await count('hotlineTickets');
    const bad = await f.intake(
      f.operator,
      callBody({
        caller: { phone: '12345', anonymous: false },
        location: { address: ' ', districtCode: '440699', lng: 113.1 },
        content: '',
      }),
      crypto.randomUUID(),
      'en-US',
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    const fields = bad.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining(['caller.phone', 'location.address', 'location.districtCode', 'content']),
    );
    const halfPoint = await f.intake(
      f.operator,
      callBody({ location: { address: '祖庙路', districtCode: '440604', lng: 113.1 } }),
    );
    expect(halfPoint.json().errors).toEqual([
      expect.objectContaining({ field: 'location.lat', code: 'hotline.point_incomplete' }),
    ]);
    expect(bad.json().errors.find((e: { field: string }) => e.field === 'caller.phone').message).toBe(
      'Enter a valid mobile or landline number',
    );
    const notConsultation = await f.intake(
      f.operator,
      callBody({ disposition: { kind: 'direct_answer', answer: '已解答' } }),
    );
    expect(notConsultation.json().errors[0]).toMatchObject({
      field: 'disposition.kind',
      code: 'hotline.direct_answer_consultation_only',
    });
    const unknownUnit = await f.intake(
      f.operator,
      callBody({ disposition: { kind: 'dispatch', leadUnitId: crypto.randomUUID() } }),
    );
    expect(unknownUnit.json().errors[0]).toMatchObject({
      field: 'disposition.leadUnitId',
      code: 'hotline.unit_unknown',
    });
    expect(await count('hotlineTickets')).toBe(before);
  });

  it('closes a consultation answered from the knowledge base at intake, and counts it', async () => {
    const kb = await f.get(f.operator, '/api/v1/hotline/knowledge?q=社保卡');
    const entry = kb.json().items[0];
    expect(entry.title).toContain('社会保障卡');
    const before = await f.counter('direct_answered');
    const res = await f.intake(
      f.operator,
      callBody({
        type: 'consultation',
        subject: 'social_security',
        content: '咨询社保卡丢了怎么补办',
        disposition: { kind: 'direct_answer', answer: entry.answer, knowledgeId: entry.id },
      }),
    );
    expect(res.json().ticket).toMatchObject({ status: 'direct_answered', answer: entry.answer, actions: [] });
    expect(res.json().ticket.closedAt).not.toBeNull();
    expect(await f.counter('direct_answered')).toBe(before + 1);
    const after = (await f.get(f.operator, '/api/v1/hotline/knowledge?q=社保卡')).json().items[0];
    expect(after.usedCount).toBe(entry.usedCount + 1);
  });

  it('records an out-of-scope call and gives the standard wording', async () => {
    const res = await f.intake(
      f.operator,
      callBody({
        type: 'help',
        subject: 'public_order',
        disposition: { kind: 'redirect', target: 'police_110' },
      }),
      crypto.randomUUID(),
      'en-US',
    );
    expect(res.json().ticket).toMatchObject({
      status: 'redirected',
      redirect: {
        target: 'police_110',
        wording: 'This is a police emergency: please hang up and call 110 now.',
      },
    });
    const taxonomy = (await t.app.inject({ url: '/api/v1/hotline/taxonomy' })).json();
    expect(taxonomy.redirectTargets.find((r: { code: string }) => r.code === 'court').wording).toContain(
      '12368',
    );
    expect(taxonomy.types.find((r: { code: string }) => r.code === 'complaint')).toEqual({
      code: 'complaint',
      name: '投诉',
      handlingDays: 15,
    });
  });

  it('suggests duplicates (same caller, same place) and merges one into the other', async () => {
    const first = await f.take(callBody({ caller: { phone: '13800009999', anonymous: false } }));
    // Another caller, 60 m away, same subject; and the first caller again about something else.
    const near = await f.intake(
      f.operator,
      callBody({
        caller: { phone: '13700001111', anonymous: false },
        location: { address: '季华路 90 号对面', districtCode: '440604', lng: 113.1125, lat: 23.0264 },
      }),
    );
    expect(near.json().duplicates).toContainEqual(
      expect.objectContaining({
        ticketNo: first.ticketNo,
        reasons: ['same_place'],
        distanceMeters: expect.any(Number),
      }),
    );
    const probe = await t.app.inject({
      method: 'POST',
      url: '/api/v1/hotline/tickets/duplicates',
      headers: { cookie: f.operator },
      payload: { callerPhone: '138 0000 9999', subject: 'water' },
    });
    expect(
      probe.json().items.map((d: { ticketNo: string; reasons: string[] }) => [d.ticketNo, d.reasons]),
    ).toEqual([[first.ticketNo, ['same_caller']]]);

    const second = near.json().ticket.ticketNo;
    const self = await f.command(f.dispatcher, second, { type: 'merge', intoTicketNo: second });
    expect([self.statusCode, self.json().code]).toEqual([422, 'hotline.merge_target_invalid']);
    const merged = await f.command(f.dispatcher, second, { type: 'merge', intoTicketNo: first.ticketNo });
    expect(merged.json()).toMatchObject({ status: 'merged', mergedInto: first.ticketNo, actions: [] });
    expect((await f.detail(f.dispatcher, first.ticketNo)).json().mergedFrom).toEqual([second]);
    const intoMerged = await f.take();
    const refused = await f.command(f.dispatcher, intoMerged.ticketNo, {
      type: 'merge',
      intoTicketNo: second,
    });
    expect(refused.json().code).toBe('hotline.merge_target_invalid');
  });

  it('goes from call to closing: misrouted, returned, reassigned, replied, reopened on a dissatisfied follow-up, closed', async () => {
    const counters = async () =>
      Object.fromEntries(
        await Promise.all(
          ['dispatched', 'returned', 'replied', 'reopened', 'dissatisfied', 'satisfied', 'closed'].map(
            async (m) => [m, await f.counter(m)] as const,
          ),
        ),
      );
    const before = await counters();
    const { ticketNo } = await f.take();
    const routing = await f.get(f.dispatcher, `/api/v1/hotline/tickets/${ticketNo}/routing`);
    expect(routing.json()).toMatchObject({ leadUnit: { id: f.unit('FS-ST') }, basis: 'rule' });
    expect(routing.json().assistingUnits).toEqual([expect.objectContaining({ id: f.unit('FS-CG') })]);

    // The dispatcher overrides the rule and sends it to city management (城管) alone.
    const dispatched = await f.command(f.dispatcher, ticketNo, {
      type: 'dispatch',
      leadUnitId: f.unit('FS-CG'),
    });
    expect(dispatched.json()).toMatchObject({ status: 'dispatched', leadUnit: { id: f.unit('FS-CG') } });
    const calendar = await workingCalendar(t.ctx);
    const today = businessDateOf(new Date());
    expect(dispatched.json().handlingDueOn).toBe(calendar.addWorkingDays(today, 15));
    expect(dispatched.json().returnUntil).toBe(calendar.addWorkingDays(today, 2));
    expect((await f.detail(f.st, ticketNo)).statusCode).toBe(404);
    expect((await f.detail(f.cg, ticketNo)).json().actions).toEqual(['sign', 'return']);

    const returned = await f.command(f.cg, ticketNo, { type: 'return', reason: '噪音属生态环境部门职责' });
    expect(returned.json()).toMatchObject({ status: 'returned', returnCount: 1 });
    expect((await f.command(f.cg, ticketNo, { type: 'sign' })).statusCode).toBe(409);
    const reassigned = await f.command(f.dispatcher, ticketNo, {
      type: 'reassign',
      leadUnitId: f.unit('FS-ST'),
      assistingUnitIds: [f.unit('FS-CG')],
    });
    expect(reassigned.json()).toMatchObject({
      status: 'dispatched',
      leadUnit: { id: f.unit('FS-ST') },
      assistingUnits: [{ id: f.unit('FS-CG') }],
    });
    expect((await f.detail(f.cg, ticketNo)).json().actions).toEqual(['assistNote']);
    expect(
      (await f.command(f.cg, ticketNo, { type: 'assistNote', text: '城管已配合现场巡查' })).statusCode,
    ).toBe(200);

    expect((await f.command(f.st, ticketNo, { type: 'sign' })).json().status).toBe('in_progress');
    const replied = await f.command(f.st, ticketNo, {
      type: 'reply',
      content: '已责令工地停止夜间施工',
      resolved: true,
    });
    expect(replied.json()).toMatchObject({ status: 'replied', actions: [] });
    expect((await f.detail(f.dispatcher, ticketNo)).json().actions).toEqual(['followUp']);

    const reopened = await f.command(f.dispatcher, ticketNo, {
      type: 'followUp',
      result: 'dissatisfied',
      note: '仍在施工',
    });
    expect(reopened.json()).toMatchObject({
      status: 'in_progress',
      reopenCount: 1,
      satisfaction: 'dissatisfied',
    });
    await f.command(f.st, ticketNo, { type: 'reply', content: '已立案查处并处罚款', resolved: true });
    const closed = await f.command(f.dispatcher, ticketNo, { type: 'followUp', result: 'satisfied' });
    expect(closed.json()).toMatchObject({ status: 'closed', satisfaction: 'satisfied', actions: [] });
    expect(closed.json().timeline.map((e: { kind: string }) => e.kind)).toEqual([
      'intake',
      'dispatch',
      'return',
      'reassign',
      'assistNote',
      'sign',
      'reply',
      'followUp',
      'reply',
      'followUp',
    ]);
    expect(closed.json().timeline[2]).toMatchObject({
      text: '噪音属生态环境部门职责',
      unit: { id: f.unit('FS-CG') },
    });
    const after = await counters();
    expect(Object.fromEntries(Object.entries(after).map(([k, v]) => [k, v - before[k]!]))).toEqual({
      dispatched: 2,
      returned: 1,
      replied: 2,
      reopened: 1,
      dissatisfied: 1,
      satisfied: 1,
      closed: 1,
    });
    const audit = await t.ctx.db
      .selectFrom('auditRecords')
      .select('action')
      .where('objectId', '=', ticketNo)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(
      closed.json().timeline.map((e: { kind: string }) => `hotline.${e.kind}`),
    );
    for (const late of [
      await f.command(f.st, ticketNo, { type: 'reply', content: '再答复', resolved: true }),
      await f.command(f.dispatcher, ticketNo, { type: 'followUp', result: 'dissatisfied' }),
    ])
      expect(late.statusCode).toBe(409);
  });

  it('extends the handling limit on approval, by working days', async () => {
    const { ticketNo } = await f.take();
    await f.command(f.dispatcher, ticketNo, { type: 'dispatch', leadUnitId: f.unit('FS-ST') });
    const signed = await f.command(f.st, ticketNo, { type: 'sign' });
    const due = signed.json().handlingDueOn;
    const asked = await f.command(f.st, ticketNo, {
      type: 'requestExtension',
      workingDays: 5,
      reason: '需第三方检测',
    });
    expect(asked.json().extension).toMatchObject({ workingDays: 5, reason: '需第三方检测' });
    const twice = await f.command(f.st, ticketNo, {
      type: 'requestExtension',
      workingDays: 1,
      reason: '再延',
    });
    expect([twice.statusCode, twice.json().code]).toEqual([409, 'hotline.extension_pending']);
    expect((await f.command(f.st, ticketNo, { type: 'decideExtension', approve: true })).statusCode).toBe(
      403,
    );
    const approved = await f.command(f.dispatcher, ticketNo, { type: 'decideExtension', approve: true });
    const calendar = await workingCalendar(t.ctx);
    expect(approved.json()).toMatchObject({
      extension: null,
      extendedDays: 5,
      handlingDueOn: calendar.addWorkingDays(due, 5),
    });
    const tooMuch = await f.command(f.st, ticketNo, {
      type: 'requestExtension',
      workingDays: 11,
      reason: '还要更久',
    });
    expect([tooMuch.statusCode, tooMuch.json().code]).toEqual([422, 'hotline.extension_too_long']);
  });

  it('lets one of two dispatchers acting at once win; the other gets 409', async () => {
    const { ticketNo, revision } = await f.take();
    const send = (cookie: string, unit: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/hotline/tickets/${ticketNo}/commands`,
        headers: { cookie },
        payload: { type: 'dispatch', leadUnitId: f.unit(unit), expectedRevision: revision },
      });
    const results = await Promise.all([send(f.dispatcher, 'FS-ST'), send(f.operator, 'FS-CG')]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.statusCode === 200)!.json();
    const after = (await f.detail(f.dispatcher, ticketNo)).json();
    expect(after).toMatchObject({ revision: 2, leadUnit: winner.leadUnit });
    expect(after.timeline.filter((e: { kind: string }) => e.kind === 'dispatch')).toHaveLength(1);
    const stale = await f.command(f.dispatcher, ticketNo, {
      type: 'supervise',
      note: '快办',
      expectedRevision: 1,
    });
    expect([stale.statusCode, stale.json().code]).toEqual([409, 'error.conflict']);
  });

  it('supervises late units only, and refuses a return after its window', async () => {
    const { ticketNo } = await f.take();
    await f.command(f.dispatcher, ticketNo, { type: 'dispatch', leadUnitId: f.unit('FS-ST') });
    const early = await f.command(f.supervisor, ticketNo, { type: 'supervise', note: '请加快' });
    expect([early.statusCode, early.json().code]).toEqual([409, 'hotline.not_late']);
    // Time passes: the order is two weeks past its deadline and its return window.
    await t.ctx.db
      .updateTable('hotlineTickets')
      .set({ handlingDueOn: '2026-01-05', returnUntil: '2026-01-02' })
      .where('ticketNo', '=', ticketNo)
      .execute();
    const list = await f.get(f.supervisor, `/api/v1/hotline/tickets?late=true&q=${ticketNo}`);
    expect(list.json().items).toEqual([expect.objectContaining({ ticketNo, late: true })]);
    const supervised = await f.command(f.supervisor, ticketNo, {
      type: 'supervise',
      note: '已超期，请立即办理',
    });
    expect(supervised.json()).toMatchObject({ supervisionCount: 1, status: 'dispatched' });
    const lateReturn = await f.command(f.st, ticketNo, { type: 'return', reason: '不是我们的' });
    expect([lateReturn.statusCode, lateReturn.json().code]).toEqual([409, 'hotline.return_window_passed']);
  });

  it('shows the caller unmasked only on request, audited; never a confidential caller to a unit', async () => {
    const open = await f.take(callBody({ disposition: { kind: 'dispatch', leadUnitId: f.unit('FS-ST') } }));
    const secret = await f.take(
      callBody({
        caller: { phone: '13900000002', name: '欧阳娜娜', anonymous: true },
        disposition: { kind: 'dispatch', leadUnitId: f.unit('FS-ST') },
      }),
    );
    expect(open.status).toBe('dispatched');
    const caller = await f.get(f.st, `/api/v1/hotline/tickets/${open.ticketNo}/caller`);
    expect(caller.json()).toEqual({ name: '陈大文', phone: '13912340001', anonymous: false });
    const audit = await t.ctx.db
      .selectFrom('auditRecords')
      .select(['action', 'actorLabel'])
      .where('objectId', '=', open.ticketNo)
      .where('action', '=', 'hotline.caller_read')
      .execute();
    expect(audit).toEqual([{ action: 'hotline.caller_read', actorLabel: 'handler.st' }]);
    expect((await f.detail(f.st, secret.ticketNo)).json().caller).toEqual({
      name: null,
      phone: null,
      anonymous: true,
      registered: false,
    });
    const hidden = await f.get(f.st, `/api/v1/hotline/tickets/${secret.ticketNo}/caller`);
    expect([hidden.statusCode, hidden.json().code]).toEqual([403, 'hotline.caller_confidential']);
    expect((await f.detail(f.dispatcher, secret.ticketNo)).json().caller.name).toBe('欧***');
    expect((await f.get(f.dispatcher, `/api/v1/hotline/tickets/${secret.ticketNo}/caller`)).json().name).toBe(
      '欧阳娜娜',
    );
  });

  it('takes a request on the portal from a logged-in person, who alone follows it', async () => {
    const zhangsan = await login(t.app, '13800138001');
    const lisi = await login(t.app, '13800138002');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/hotline/my/tickets',
      headers: { cookie: zhangsan, 'idempotency-key': crypto.randomUUID() },
      payload: {
        location: { address: '佛山市南海区桂城街道南海大道北 1 号', districtCode: '440605' },
        type: 'suggestion',
        subject: 'traffic',
        content: '建议在南海大道北增设过街天桥',
      },
    });
    expect(res.statusCode).toBe(201);
    const ticketNo = res.json().ticketNo;
    expect(res.json()).toMatchObject({ status: 'pending_dispatch', replies: [], anonymous: false });
    const staffView = (await f.detail(f.dispatcher, ticketNo)).json();
    expect(staffView).toMatchObject({
      channel: 'portal',
      caller: { name: '张*', phone: '138****8001', registered: true },
    });
    expect(
      (await f.get(zhangsan, '/api/v1/hotline/my/tickets'))
        .json()
        .items.map((i: { ticketNo: string }) => i.ticketNo),
    ).toEqual([ticketNo]);
    expect((await f.get(lisi, `/api/v1/hotline/my/tickets/${ticketNo}`)).statusCode).toBe(404);
    expect((await f.get(lisi, '/api/v1/hotline/my/tickets')).json().total).toBe(0);
    expect((await f.get(f.dispatcher, '/api/v1/hotline/my/tickets')).json().code).toBe('hotline.person_only');

    await f.command(f.dispatcher, ticketNo, { type: 'dispatch', leadUnitId: f.unit('FS-JT') });
    const jt = await login(t.app, 'handler.jt', { staff: true });
    await f.command(jt, ticketNo, { type: 'sign' });
    await f.command(jt, ticketNo, { type: 'reply', content: '已纳入明年建设计划', resolved: true });
    const mine = (await f.get(zhangsan, `/api/v1/hotline/my/tickets/${ticketNo}`)).json();
    expect(mine).toMatchObject({ status: 'replied', leadUnit: '佛山市交通运输局' });
    expect(mine.replies).toEqual([
      expect.objectContaining({ content: '已纳入明年建设计划', unit: '佛山市交通运输局' }),
    ]);
  });

  it('keeps settings and routing rules under optimistic locks and the right roles', async () => {
    const settings = (await f.get(f.supervisor, '/api/v1/hotline/settings')).json();
    expect(settings).toMatchObject({
      revision: 0,
      handlingDays: { consultation: 2, help: 10, complaint: 15 },
    });
    const { revision, updatedAt: _, ...values } = settings;
    const put = (cookie: string, body: object) =>
      t.app.inject({ method: 'PUT', url: '/api/v1/hotline/settings', headers: { cookie }, payload: body });
    expect((await put(f.dispatcher, { ...values, expectedRevision: 0 })).statusCode).toBe(403);
    const saved = await put(f.supervisor, {
      ...values,
      handlingDays: { ...values.handlingDays, consultation: 3 },
      expectedRevision: 0,
    });
    expect(saved.json()).toMatchObject({ revision: 1, handlingDays: { consultation: 3 } });
    expect((await put(f.supervisor, { ...values, expectedRevision: 0 })).statusCode).toBe(409);
    await put(f.supervisor, { ...values, expectedRevision: 1 });
    // A revision beyond what the column holds is refused as such, not failed on in the database.
    for (const expectedRevision of [2 ** 31 - 1, 2 ** 40]) {
      const huge = await put(f.supervisor, { ...values, expectedRevision });
      expect(huge.statusCode, huge.body).toBe(400);
      expect(huge.json().errors).toEqual([
        expect.objectContaining({ field: 'expectedRevision', code: 'validation.too_big' }),
      ]);
    }

    const rule = await t.app.inject({
      method: 'POST',
      url: '/api/v1/hotline/routing-rules',
      headers: { cookie: f.sysadmin },
      payload: { subject: 'noise', type: null, districtCode: '440606', leadUnitId: f.unit('SD-ZSJ') },
    });
    expect(rule.json()).toMatchObject({
      subject: 'noise',
      districtCode: '440606',
      leadUnit: { id: f.unit('SD-ZSJ') },
    });
    const shunde = await f.take(
      callBody({ location: { address: '顺德区大良街道', districtCode: '440606' } }),
    );
    const routing = (await f.get(f.dispatcher, `/api/v1/hotline/tickets/${shunde.ticketNo}/routing`)).json();
    expect(routing).toMatchObject({ leadUnit: { id: f.unit('SD-ZSJ') }, ruleId: rule.json().id });
    const removed = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/hotline/routing-rules/${rule.json().id}`,
      headers: { cookie: f.sysadmin },
    });
    expect(removed.statusCode).toBe(204);
    const other = await f.take(
      callBody({ subject: 'other', location: { address: '高明区荷城', districtCode: '440608' } }),
    );
    expect(
      (await f.get(f.dispatcher, `/api/v1/hotline/tickets/${other.ticketNo}/routing`)).json(),
    ).toMatchObject({
      leadUnit: { id: f.unit('GM-ZSJ') },
      basis: 'district_default',
    });
  });
});
