import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test-support/databases.js';
import { publishMatter, testGuide } from '../../test-support/matters.js';
import { createTestApp, login, type TestApp } from '../../test-support/test-app.js';
import { parseApplicationNo } from './numbering/index.js';

const guide = testGuide({
  name: '社会保障卡补领',
  department: 'FS-RS',
  themes: ['social_security'],
  summary: '参保人社会保障卡遗失或损坏的，可申请补领。',
  legalBasis: ['《中华人民共和国社会保险法》'],
  result: '社会保障卡',
  form: [
    { name: 'applicantName', label: '申请人姓名', kind: 'text', required: true },
    { name: 'idNumber', label: '身份证号', kind: 'idNumber', required: true },
    { name: 'delivery', label: '领取方式', kind: 'radio', options: ['窗口领取', '邮寄'], required: true },
    {
      name: 'address',
      label: '邮寄地址',
      kind: 'address',
      required: true,
      visibleIf: { field: 'delivery', equals: '邮寄' },
    },
  ],
});
const code = '440600-RS-9101';
const answers = { applicantName: '张三', idNumber: '44060419900101123X', delivery: '窗口领取' };

describe.each(databaseKinds())('applying online on %s', (kind) => {
  let t: TestApp;
  let zhangsan: string;
  let wangwu: string;
  let versionId: string;

  beforeAll(async () => {
    t = await createTestApp(kind);
    versionId = await publishMatter(t, code, guide);
    zhangsan = await login(t.app, '13800138001');
    wangwu = await login(t.app, '13800138003');
  });
  afterAll(() => t.close());

  const submit = (cookie: string, key: string | null, body: object) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: { cookie, ...(key ? { 'idempotency-key': key } : {}) },
      payload: { matterCode: code, versionId, formData: answers, declaration: true, ...body },
    });
  const count = async () =>
    Number(
      (
        await t.ctx.db
          .selectFrom('applications')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('refuses wrong answers field by field and stores nothing', async () => {
    const res = await submit(zhangsan, randomUUID(), {
      formData: { ...answers, idNumber: '440604199001011231', delivery: '邮寄' },
    });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .errors.map((e: { field: string; code: string }) => [e.field, e.code])
        .sort(),
    ).toEqual([
      ['formData.address', 'validation.required'],
      ['formData.idNumber', 'idNumber.check_char'],
    ]);
    expect((await submit(zhangsan, null, {})).json().code).toBe('application.idempotency_key_required');
    expect((await submit(zhangsan, randomUUID(), { declaration: false })).json().errors[0].field).toBe(
      'declaration',
    );
    expect(await count()).toBe(0);
  });

  it('answers with a checked, readable application number, and a retry creates nothing new', async () => {
    const key = randomUUID();
    const first = await submit(zhangsan, key, {});
    expect(first.statusCode).toBe(201);
    const { applicationNo } = first.json();
    expect(parseApplicationNo(applicationNo)).toMatchObject({ ok: true });
    expect(applicationNo.slice(0, 6)).toBe('440600');
    const retry = await submit(zhangsan, key, {});
    expect(retry.json().applicationNo).toBe(applicationNo);
    expect(await count()).toBe(1);
    const reused = await submit(zhangsan, key, { formData: { ...answers, applicantName: '张叁' } });
    expect(reused.statusCode).toBe(422);
    expect(reused.json().code).toBe('application.idempotency_mismatch');
  });

  it('creates one application when the same submission races itself', async () => {
    const key = randomUUID();
    const before = await count();
    const [a, b] = await Promise.all([submit(zhangsan, key, {}), submit(zhangsan, key, {})]);
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect(a.json().applicationNo).toBe(b.json().applicationNo);
    expect(await count()).toBe(before + 1);
  });

  it('commits the application, its audit record and its event together, and seals the answers', async () => {
    const { applicationNo } = (await submit(zhangsan, randomUUID(), {})).json();
    const audit = await t.ctx.db
      .selectFrom('auditRecords')
      .selectAll()
      .where('objectId', '=', applicationNo)
      .execute();
    expect(audit.map((r) => r.action)).toEqual(['application.submit']);
    const events = await t.ctx.db
      .selectFrom('outboxEvents')
      .select('payload')
      .where('topic', '=', 'application.submitted')
      .execute();
    expect(events.some((e) => JSON.parse(e.payload).applicationNo === applicationNo)).toBe(true);
    const row = await t.ctx.db
      .selectFrom('applications')
      .selectAll()
      .where('applicationNo', '=', applicationNo)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain('44060419900101123X');
  });

  it('lets an online applicant choose the service centre to collect the result at (通办)', async () => {
    const shunde = await t.ctx.db
      .selectFrom('serviceCenters')
      .select('id')
      .where('name', '=', '顺德区行政服务中心')
      .executeTakeFirstOrThrow();
    const before = await count();
    const unknown = await submit(zhangsan, randomUUID(), { collectAt: randomUUID() });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toMatchObject([
      { field: 'collectAt', code: 'application.unknown_service_center' },
    ]);
    expect(await count()).toBe(before);

    const { applicationNo } = (await submit(zhangsan, randomUUID(), { collectAt: shunde.id })).json();
    const mine = await t.app.inject({
      url: `/api/v1/applications/${applicationNo}`,
      headers: { cookie: zhangsan },
    });
    expect(mine.json().collectAt).toBe('顺德区行政服务中心');
    const electronic = (await submit(zhangsan, randomUUID(), {})).json();
    const theirs = await t.app.inject({
      url: `/api/v1/applications/${electronic.applicationNo}`,
      headers: { cookie: zhangsan },
    });
    expect(theirs.json().collectAt).toBeNull();
  });

  it('refuses a form of an older version of the matter', async () => {
    expect((await submit(zhangsan, randomUUID(), { versionId: randomUUID() })).json().code).toBe(
      'application.version_outdated',
    );
  });

  it("shows applicants their own applications only, and another's as missing", async () => {
    const mine = (await t.app.inject({ url: '/api/v1/applications', headers: { cookie: zhangsan } })).json();
    expect(mine.total).toBeGreaterThanOrEqual(3);
    const no = mine.items[0].applicationNo;
    const detail = (
      await t.app.inject({ url: `/api/v1/applications/${no}`, headers: { cookie: zhangsan } })
    ).json();
    expect(detail).toMatchObject({
      applicationNo: no,
      // Online: the department's 网上预审 comes first.
      status: 'pre_review',
      formData: answers,
      timeline: [{ action: 'submitted' }],
    });
    expect(
      (await t.app.inject({ url: `/api/v1/applications/${no}`, headers: { cookie: wangwu } })).statusCode,
    ).toBe(404);
    expect(
      (await t.app.inject({ url: '/api/v1/applications', headers: { cookie: wangwu } })).json().total,
    ).toBe(0);
  });

  it("keeps an agent's own applications apart from their organisation's, newest first", async () => {
    const forBoth = '440600-RS-9102';
    const bothVersion = await publishMatter(t, forBoth, { ...guide, audiences: ['person', 'organization'] });
    const lisi = await login(t.app, '13800138002');
    const file = async () => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/applications',
        headers: { cookie: lisi, 'idempotency-key': randomUUID() },
        payload: { matterCode: forBoth, versionId: bothVersion, formData: answers, declaration: true },
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().applicationNo as string;
    };
    const actFor = (organizationId: string | null) =>
      t.app.inject({
        method: 'PUT',
        url: '/api/v1/auth/acting-for',
        headers: { cookie: lisi },
        payload: { organizationId },
      });
    const list = async () =>
      (await t.app.inject({ url: '/api/v1/applications?pageSize=2', headers: { cookie: lisi } })).json();
    const [organization] = (
      await t.app.inject({ url: '/api/v1/auth/session', headers: { cookie: lisi } })
    ).json().organizations;

    const own = [await file(), await file()];
    expect((await actFor(organization.id)).statusCode).toBe(200);
    const forOrganization = [await file(), await file(), await file()];
    expect(await list()).toMatchObject({
      total: 3,
      totalCapped: false,
      items: [{ applicationNo: forOrganization[2] }, { applicationNo: forOrganization[1] }],
    });
    expect((await actFor(null)).statusCode).toBe(200);
    const mine = await list();
    expect(mine).toMatchObject({ total: 2, totalCapped: false });
    expect(mine.items.map((i: { applicationNo: string }) => i.applicationNo)).toEqual([own[1], own[0]]);
  });

  it('answers the public progress query with masked data, and a wrong name like a wrong number', async () => {
    const { applicationNo } = (await submit(zhangsan, randomUUID(), {})).json();
    const ok = await t.app.inject({
      url: `/api/v1/progress?applicationNo=${applicationNo}&name=${encodeURIComponent('张三')}`,
    });
    expect(ok.json()).toMatchObject({ applicationNo, applicantName: '张*', status: 'pre_review' });
    expect(ok.body).not.toContain('44060419900101123X');
    const wrongName = await t.app.inject({
      url: `/api/v1/progress?applicationNo=${applicationNo}&name=${encodeURIComponent('李四')}`,
    });
    const otherNo = `${applicationNo.slice(0, 14)}99999999${applicationNo.slice(22)}`;
    const wrongNo = await t.app.inject({
      url: `/api/v1/progress?applicationNo=${otherNo}&name=${encodeURIComponent('张三')}`,
    });
    expect(wrongName.statusCode).toBe(404);
    expect({ ...wrongName.json(), instance: null }).toEqual({ ...wrongNo.json(), instance: null });
  });

  it('lets the applicant withdraw before a decision, once', async () => {
    const { applicationNo } = (await submit(zhangsan, randomUUID(), {})).json();
    const url = `/api/v1/applications/${applicationNo}/withdraw`;
    const res = await t.app.inject({
      method: 'POST',
      url,
      headers: { cookie: zhangsan },
      payload: { reason: '材料准备不全，稍后再申请' },
    });
    expect(res.json()).toMatchObject({
      status: 'withdrawn',
      timeline: [{ action: 'submitted' }, { action: 'withdrawn', note: '材料准备不全，稍后再申请' }],
    });
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url,
          headers: { cookie: zhangsan },
          payload: { reason: '再撤一次' },
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url,
          headers: { cookie: wangwu },
          payload: { reason: '不是我的' },
        })
      ).statusCode,
    ).toBe(404);
  });

  it('keeps drafts per applicant and removes the draft on submission', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/application-drafts',
      headers: { cookie: zhangsan },
      payload: { matterCode: code, versionId, formData: { applicantName: '张三' } },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    await t.app.inject({
      method: 'PUT',
      url: `/api/v1/application-drafts/${id}`,
      headers: { cookie: zhangsan },
      payload: { formData: answers },
    });
    expect(
      (await t.app.inject({ url: `/api/v1/application-drafts/${id}`, headers: { cookie: zhangsan } })).json()
        .formData,
    ).toEqual(answers);
    expect(
      (await t.app.inject({ url: `/api/v1/application-drafts/${id}`, headers: { cookie: wangwu } }))
        .statusCode,
    ).toBe(404);
    expect((await submit(zhangsan, randomUUID(), { draftId: id })).statusCode).toBe(201);
    expect(
      (await t.app.inject({ url: '/api/v1/application-drafts', headers: { cookie: zhangsan } })).json().items,
    ).toEqual([]);
  });

  it('is closed to staff and to the anonymous', async () => {
    const clerk = await login(t.app, 'clerk.city', { staff: true });
    expect((await submit(clerk, randomUUID(), {})).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/v1/applications' })).statusCode).toBe(401);
  });
});
