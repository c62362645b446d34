import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, businessDateOf } from '../../platform/calendar/index.js';
import { databaseKinds } from '../../test-support/databases.js';
import { createTestApp, login, type TestApp } from '../../test-support/test-app.js';
import { badRating, evaluationFixture } from './evaluation.fixture.js';

describe.each(databaseKinds())('差评整改 on %s', (kind) => {
  let t: TestApp;
  let zrzy: string;
  let sj: string;
  let supervisor: string;
  let zhangsan: string;
  const ids: string[] = [];
  let sjId: string;
  let sjDepartment: string;

  beforeAll(async () => {
    t = await createTestApp(kind);
    const ours = await evaluationFixture(t);
    const theirs = await evaluationFixture(t, 'FS-SJ');
    sjDepartment = theirs.departmentId;
    zhangsan = await login(t.app, '13800138001');
    const rate = async (no: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/applications/${no}/evaluation`,
        headers: { cookie: zhangsan },
        payload: badRating,
      });
    for (let i = 0; i < 3; i++) await rate(await ours.application(zhangsan));
    await rate(await theirs.application(zhangsan));
    const rows = await t.ctx.db
      .selectFrom('rectifications')
      .select(['id', 'departmentId'])
      .orderBy('openedAt')
      .execute();
    for (const r of rows) if (r.departmentId === ours.departmentId) ids.push(r.id);
    sjId = rows.find((r) => r.departmentId === sjDepartment)!.id;
    zrzy = await login(t.app, 'reviewer.zrzy', { staff: true });
    sj = await login(t.app, 'reviewer.sj', { staff: true });
    supervisor = await login(t.app, 'supervisor', { staff: true });
  });
  afterAll(() => t.close());

  const get = (cookie: string, url: string) => t.app.inject({ url, headers: { cookie } });
  const post = (cookie: string, url: string, payload?: object) =>
    t.app.inject({ method: 'POST', url, headers: { cookie }, ...(payload ? { payload } : {}) });
  const list = async (cookie: string, query = '') =>
    (await get(cookie, `/api/v1/rectifications${query}`)).json();

  it("lists a department's own rectifications, paginated on the server; supervisors see every department", async () => {
    expect((await list(zrzy)).total).toBe(3);
    expect((await list(sj)).items.map((i: { id: string }) => i.id)).toEqual([sjId]);
    const page2 = await list(zrzy, '?pageSize=2&page=2');
    expect(page2).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page2.items).toHaveLength(1);
    expect((await list(supervisor)).total).toBe(4);
    expect((await list(supervisor, `?department=${sjDepartment}`)).total).toBe(1);
    expect((await get(zrzy, `/api/v1/rectifications?department=${sjDepartment}`)).statusCode).toBe(403);
    expect((await list(zrzy)).items[0]).toMatchObject({
      status: 'open',
      overdue: false,
      rectified: false,
      calledBack: false,
      level: 2,
      department: { name: '佛山市自然资源局' },
    });
  });

  it('shows the department the whole file with the phone to call back, audits the look, and hides it from others', async () => {
    const res = await get(zrzy, `/api/v1/rectifications/${ids[0]}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id: ids[0],
      applicant: { name: '张三', mobile: '13800138001' },
      evaluation: { level: 2, reasons: ['guide_inaccurate', 'multiple_visits'], comment: badRating.comment },
      rectification: null,
      callBack: null,
      onTime: null,
    });
    const audit = await t.ctx.db
      .selectFrom('auditRecords')
      .select('action')
      .where('objectId', '=', ids[0]!)
      .execute();
    expect(audit.map((a) => a.action)).toContain('rectification.read');
    expect((await get(sj, `/api/v1/rectifications/${ids[0]}`)).statusCode).toBe(404);
    expect((await get(supervisor, `/api/v1/rectifications/${ids[0]}`)).statusCode).toBe(200);
    expect((await get(zhangsan, `/api/v1/rectifications/${ids[0]}`)).statusCode).toBe(403);
    expect((await get(zhangsan, '/api/v1/rectifications')).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/v1/rectifications' })).statusCode).toBe(401);
  });

  it('closes only after the rectification and the call-back, on time, and then freezes it', async () => {
    const id = ids[0]!;
    const url = `/api/v1/rectifications/${id}`;
    const today = businessDateOf(new Date());
    expect((await post(supervisor, `${url}/rectification`, { measures: '看看' })).statusCode).toBe(403);
    expect((await post(sj, `${url}/rectification`, { measures: '不是我们的' })).statusCode).toBe(404);
    const early = await post(zrzy, `${url}/close`);
    expect([early.statusCode, early.json().code]).toEqual([409, 'rectification.incomplete']);
    expect((await post(zrzy, `${url}/rectification`, { measures: '  ' })).statusCode).toBe(400);

    const rectified = await post(zrzy, `${url}/rectification`, {
      measures: '已更正办事指南中的材料清单，并对窗口人员进行培训',
    });
    expect(rectified.json()).toMatchObject({ rectified: true, rectification: { by: '黄伟' } });
    expect((await post(zrzy, `${url}/close`)).json().code).toBe('rectification.incomplete');

    const tooEarly = await post(zrzy, `${url}/call-back`, {
      calledBackOn: addCalendarDays(today, -10),
      satisfied: true,
    });
    expect(tooEarly.statusCode).toBe(400);
    expect(tooEarly.json().errors[0]).toMatchObject({
      field: 'calledBackOn',
      code: 'rectification.call_back_date',
    });
    const future = await post(zrzy, `${url}/call-back`, {
      calledBackOn: addCalendarDays(today, 1),
      satisfied: true,
    });
    expect(future.statusCode).toBe(400);
    expect(
      (await post(zrzy, `${url}/call-back`, { calledBackOn: '2026-02-30', satisfied: true })).json().errors[0]
        .field,
    ).toBe('calledBackOn');

    const called = await post(zrzy, `${url}/call-back`, {
      calledBackOn: today,
      method: 'phone',
      satisfied: true,
      note: '申请人表示满意',
    });
    expect(called.json()).toMatchObject({
      calledBack: true,
      callBack: { calledBackOn: today, method: 'phone', satisfied: true, note: '申请人表示满意', by: '黄伟' },
    });
    const raw = await t.ctx.db
      .selectFrom('rectifications')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(raw)).not.toContain('申请人表示满意');

    const head = await login(t.app, 'head.zrzy', { staff: true });
    const closed = await post(head, `${url}/close`);
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', closedOn: today, onTime: true, overdue: false });
    for (const [path, body] of [
      ['rectification', { measures: '再改' }],
      ['call-back', { calledBackOn: today, satisfied: false }],
      ['close', undefined],
    ] as const) {
      const res = await post(zrzy, `${url}/${path}`, body);
      expect([res.statusCode, res.json().code]).toEqual([409, 'rectification.closed']);
    }

    const actions = (
      await t.ctx.db
        .selectFrom('auditRecords')
        .select('action')
        .where('objectId', '=', id)
        .orderBy('seq')
        .execute()
    ).map((a) => a.action);
    expect(actions.filter((a) => a !== 'rectification.read')).toEqual([
      'rectification.rectify',
      'rectification.call_back',
      'rectification.close',
    ]);
    const events = await t.ctx.db
      .selectFrom('outboxEvents')
      .select(['topic', 'payload'])
      .where('topic', 'like', 'evaluation.%')
      .execute();
    const forThis = events.filter((e) => JSON.parse(e.payload).rectificationId === id).map((e) => e.topic);
    expect(forThis).toEqual(
      expect.arrayContaining([
        'evaluation.rectified',
        'evaluation.called_back',
        'evaluation.rectification_closed',
      ]),
    );
    expect(
      JSON.parse(events.find((e) => e.topic === 'evaluation.rectification_closed')!.payload),
    ).toMatchObject({ rectificationId: id, onTime: true });
  });

  it('filters by status and by overdue', async () => {
    await t.ctx.db
      .updateTable('rectifications')
      .set({ deadline: '2026-01-05' })
      .where('id', '=', ids[1]!)
      .execute();
    const overdue = await list(zrzy, '?overdue=true');
    expect(overdue.items.map((i: { id: string }) => i.id)).toEqual([ids[1]]);
    expect(overdue.items[0].overdue).toBe(true);
    expect((await list(zrzy, '?overdue=false')).items.map((i: { id: string }) => i.id).sort()).toEqual(
      [ids[0], ids[2]].sort(),
    );
    expect((await list(zrzy, '?status=closed')).items.map((i: { id: string }) => i.id)).toEqual([ids[0]]);
    expect((await list(zrzy, '?status=open')).total).toBe(2);
    expect((await get(zrzy, '/api/v1/rectifications?overdue=yes')).statusCode).toBe(400);
  });
});
