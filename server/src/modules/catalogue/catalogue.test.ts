import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test-support/databases.js';
import { createTestApp, login, type TestApp } from '../../test-support/test-app.js';
import type { MatterGuideInput } from './model.js';

const guide: MatterGuideInput = {
  name: '社会保障卡补领',
  type: 'public_service',
  department: 'FS-RS',
  level: 'city',
  audiences: ['person'],
  themes: ['social_security'],
  keywords: ['社保卡补办'],
  summary: '参保人社会保障卡遗失或损坏的，可申请补领。',
  conditions: ['已在佛山市参加社会保险并领取过社会保障卡'],
  legalBasis: ['《中华人民共和国社会保险法》'],
  materials: [
    {
      name: '居民身份证',
      form: 'original',
      copies: 1,
      requirement: 'required',
      key: true,
      source: { kind: 'shared_data', dataset: '居民身份证' },
    },
    {
      name: '近期免冠彩色照片',
      form: 'electronic',
      copies: 1,
      requirement: 'conditional',
      condition: '系统无照片的',
      key: false,
      source: { kind: 'applicant' },
    },
  ],
  fees: [],
  legalLimitDays: 20,
  promisedLimitDays: 5,
  onlineDepth: 'full_online',
  visits: 0,
  channels: ['online', 'mobile', 'window'],
  places: ['佛山市行政服务中心'],
  openingHours: '周一至周五 9:00–12:00，13:30–17:30',
  consultPhone: '0757-12333',
  complaintPhone: '0757-12345',
  crossRegion: 'city',
  commitment: false,
  process: ['网上申请', '受理审核', '制卡', '邮寄或窗口领取'],
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
};
const code = '440600-RS-9001';

describe.each(databaseKinds())('the service catalogue on %s', (kind) => {
  let t: TestApp;
  let admin: string;
  const as = (cookie: string) => ({ cookie });
  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await login(t.app, 'sysadmin', { staff: true });
  });
  afterAll(() => t.close());

  const api = (method: 'GET' | 'POST' | 'PUT', url: string, cookie?: string, payload?: object) =>
    t.app.inject({ method, url, headers: cookie ? as(cookie) : {}, ...(payload ? { payload } : {}) });

  it('refuses an invalid guide with field errors and stores nothing', async () => {
    const bad = {
      ...guide,
      promisedLimitDays: 30,
      form: [
        ...guide.form,
        { name: 'x', label: '附加', kind: 'text', visibleIf: { field: 'nope', equals: 1 } },
      ],
    };
    const res = await api('POST', '/api/v1/admin/matters', admin, { code, guide: bad });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([
      ['guide.promisedLimitDays', 'catalogue.promised_exceeds_legal'],
      ['guide.form.4.visibleIf', 'catalogue.bad_condition'],
    ]);
    expect((await api('GET', `/api/v1/admin/matters/${code}`, admin)).statusCode).toBe(404);
  });

  it('publishes a new matter with a conditional field, and the hall shows it at once', async () => {
    expect((await api('POST', '/api/v1/admin/matters', admin, { code, guide })).statusCode).toBe(201);
    expect((await api('GET', `/api/v1/matters/${code}`)).statusCode).toBe(404);
    expect((await api('POST', `/api/v1/admin/matters/${code}/publish`, admin)).json()).toEqual({
      version: 1,
    });

    for (const q of ['社保卡补', 'sbk', 'shebaoka']) {
      const found = (await api('GET', `/api/v1/matters?q=${q}`)).json();
      expect(
        found.items.map((m: { code: string }) => m.code),
        q,
      ).toContain(code);
    }
    const detail = (await api('GET', `/api/v1/matters/${code}`)).json();
    expect(detail).toMatchObject({
      code,
      version: 1,
      departmentName: '佛山市人力资源和社会保障局',
      guide: { name: '社会保障卡补领' },
    });
    expect(detail.promisedCompletionDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const form = (await api('GET', `/api/v1/matters/${code}/form`)).json();
    expect(form.schema.allOf[0].then.required).toEqual(['address']);
    const missing = await api('POST', `/api/v1/matters/${code}/form/check`, undefined, {
      data: { applicantName: '张三', idNumber: '44060419900101123X', delivery: '邮寄' },
    });
    expect(missing.json().errors).toEqual([
      { field: 'address', code: 'validation.required', message: '此项为必填项' },
    ]);
  });

  it('keeps the published version while a new one is drafted', async () => {
    const edited = { ...guide, promisedLimitDays: 3 };
    expect(
      (await api('PUT', `/api/v1/admin/matters/${code}/draft`, admin, { guide: edited })).json(),
    ).toEqual({ version: 2 });
    expect((await api('GET', `/api/v1/matters/${code}`)).json().guide.promisedLimitDays).toBe(5);
    await api('POST', `/api/v1/admin/matters/${code}/publish`, admin);
    expect((await api('GET', `/api/v1/matters/${code}`)).json()).toMatchObject({
      version: 2,
      guide: { promisedLimitDays: 3 },
    });
    const versions = (await api('GET', `/api/v1/admin/matters/${code}`, admin)).json().versions;
    expect(versions.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual([
      [2, 'published'],
      [1, 'superseded'],
    ]);
  });

  it('lets a department maintainer edit only their own department’s matters', async () => {
    const sec = await login(t.app, 'secadmin', { staff: true });
    const staff = (await api('GET', '/api/v1/staff?q=reviewer.zj', sec)).json().items[0];
    await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/staff/${staff.id}`,
      headers: as(sec),
      payload: { roles: ['catalogue_maintainer'] },
    });
    const maintainer = await login(t.app, 'reviewer.zj', { staff: true });
    expect((await api('GET', `/api/v1/admin/matters/${code}`, maintainer)).statusCode).toBe(404);
    expect((await api('PUT', `/api/v1/admin/matters/${code}/draft`, maintainer, { guide })).statusCode).toBe(
      404,
    );
    const own = { ...guide, name: '建筑业企业资质证书遗失补办', department: 'FS-ZJ', themes: [] };
    expect(
      (await api('POST', '/api/v1/admin/matters', maintainer, { code: '440600-ZJ-9001', guide: own }))
        .statusCode,
    ).toBe(201);
    expect(
      (await api('GET', '/api/v1/admin/matters', maintainer))
        .json()
        .items.map((m: { code: string }) => m.code),
    ).toEqual(['440600-ZJ-9001']);
    const clerk = await login(t.app, 'clerk.city', { staff: true });
    expect((await api('GET', '/api/v1/admin/matters', clerk)).statusCode).toBe(403);
  });

  it('withdraws a matter from the hall, and exports and re-imports the catalogue unchanged', async () => {
    await api('POST', `/api/v1/admin/matters/${code}/withdraw`, admin);
    expect((await api('GET', `/api/v1/matters/${code}`)).statusCode).toBe(404);
    expect(
      (await api('GET', '/api/v1/matters?q=sbk')).json().items.map((m: { code: string }) => m.code),
    ).not.toContain(code);

    const exported = (await api('GET', '/api/v1/admin/catalogue/export', admin)).json();
    expect(exported.matters.find((m: { code: string }) => m.code === code)).toMatchObject({
      status: 'withdrawn',
    });
    const again = await api('POST', '/api/v1/admin/catalogue/import', admin, exported);
    expect(again.json()).toMatchObject({ created: 0, updated: 0 });
    expect(again.json().unchanged).toBe(exported.matters.length);
  });

  it('records every catalogue change in the audit log', async () => {
    const auditor = await login(t.app, 'auditadmin', { staff: true });
    const actions = (await api('GET', '/api/v1/audit/records?action=catalogue.&pageSize=100', auditor))
      .json()
      .items.map((r: { action: string }) => r.action);
    for (const a of [
      'catalogue.create',
      'catalogue.publish',
      'catalogue.save_draft',
      'catalogue.withdraw',
      'catalogue.export',
      'catalogue.import',
    ])
      expect(actions).toContain(a);
  });
});
