import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test-support/databases.js';
import { MATERIALS_GUIDE } from '../../test-support/materials-matter.js';
import { publishMatter } from '../../test-support/matters.js';
import { multipartBody, samplePdf } from '../../test-support/sample-files.js';
import { createTestApp, login, type TestApp } from '../../test-support/test-app.js';

// The materials matter, decided by 自然资源 so that the demo's reviewer asks for the correction.
const CODE = '440600-ZRZY-9401';

describe.each(databaseKinds())('answering a correction notice online on %s', (kind) => {
  let t: TestApp;
  let versionId: string;
  let pdf: Uint8Array;
  const cookies: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp(kind);
    versionId = await publishMatter(t, CODE, { ...MATERIALS_GUIDE, department: 'FS-ZRZY' });
    pdf = await samplePdf();
    cookies.zhangsan = await login(t.app, '13800138001');
    cookies.wangwu = await login(t.app, '13800138003');
    cookies.reviewer = await login(t.app, 'reviewer.zrzy', { staff: true });
  });
  afterAll(() => t.close());

  const upload = async (who: string, materialId: string) => {
    const body = multipartBody('补正.pdf', pdf);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/uploads?matterCode=${CODE}&materialId=${materialId}`,
      headers: { cookie: cookies[who]!, ...body.headers },
      payload: body.payload,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().fileId as string;
  };
  const detail = (no: string, who = 'zhangsan') =>
    t.app.inject({ url: `/api/v1/applications/${no}`, headers: { cookie: cookies[who]! } });
  const resubmit = (no: string, payload: object, who = 'zhangsan') =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${no}/resubmit`,
      headers: { cookie: cookies[who]! },
      payload,
    });
  const count = async (table: 'applicationMaterials' | 'auditRecords') =>
    Number(
      (
        await t.ctx.db
          .selectFrom(table as 'applicationMaterials')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  /** 张三 applies; 自然资源's reviewer asks for a clearer form and an explanation, in one notice. */
  async function corrected() {
    const submitted = await t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: { cookie: cookies.zhangsan!, 'idempotency-key': randomUUID() },
      payload: {
        matterCode: CODE,
        versionId,
        formData: { reason: '火灾' },
        materials: [{ materialId: 'm1', fileIds: [await upload('zhangsan', 'm1')] }],
        declaration: true,
      },
    });
    expect(submitted.statusCode, submitted.body).toBe(201);
    const no = submitted.json().applicationNo as string;
    const view = (
      await t.app.inject({ url: `/api/v1/workbench/cases/${no}`, headers: { cookie: cookies.reviewer! } })
    ).json();
    const { choices: _choices, ...action } = view.actions.find(
      (a: { type: string }) => a.type === 'requestCorrection',
    );
    const asked = await t.app.inject({
      method: 'POST',
      url: `/api/v1/workbench/cases/${no}/commands`,
      headers: { cookie: cookies.reviewer! },
      payload: {
        ...action,
        items: [
          { material: '临时救助申请表', problem: '签名处空白' },
          { material: null, problem: '请说明火灾发生的时间' },
        ],
      },
    });
    expect(asked.statusCode, asked.body).toBe(200);
    return no;
  }

  it('shows the applicant every item of the notice, and takes the files and the note at once', async () => {
    const no = await corrected();
    const before = (await detail(no)).json();
    expect(before.status).toBe('correction_requested');
    expect(before.correction.items).toEqual([
      { material: '临时救助申请表', problem: '签名处空白' },
      { material: null, problem: '请说明火灾发生的时间' },
    ]);
    const files = before.materials.length;
    const signed = await upload('zhangsan', 'm1');
    const audits = await count('auditRecords');

    const answered = await resubmit(no, {
      materials: [{ materialId: 'm1', fileIds: [signed] }],
      note: '已补签名；火灾发生于 11 月 20 日夜间',
    });
    expect(answered.statusCode, answered.body).toBe(200);
    const after = answered.json();
    expect(after).toEqual((await detail(no)).json());
    expect(after.status).toBe('resubmitted');
    expect(after.correction).toBeNull();
    expect(after.materials).toHaveLength(files + 1);
    expect(after.timeline.at(-1)).toMatchObject({ action: 'resubmitted' });
    expect(await count('auditRecords')).toBe(audits + 1);
    // The department sees it back at intake.
    const staffView = (
      await t.app.inject({ url: `/api/v1/workbench/cases/${no}`, headers: { cookie: cookies.reviewer! } })
    ).json();
    expect(staffView.status).toBe('resubmitted');
    expect(JSON.stringify(staffView)).toContain('火灾发生于 11 月 20 日夜间');
    // Once answered, there is nothing left to answer.
    const again = await resubmit(no, { note: '再次补正' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('application.no_correction_open');
  });

  it('refuses an empty answer, a file that is not the applicant’s, and anyone else, changing nothing', async () => {
    const no = await corrected();
    const his = await upload('wangwu', 'm1');
    const materials = await count('applicationMaterials');
    const audits = await count('auditRecords');

    const empty = await resubmit(no, { materials: [] });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors).toEqual([
      expect.objectContaining({ field: 'materials', code: 'application.correction_empty' }),
    ]);
    const others = await resubmit(no, {
      materials: [{ materialId: 'm1', fileIds: [his] }],
    });
    expect(others.statusCode).toBe(422);
    expect(others.json().errors[0].field).toMatch(/^materials\.m1/);
    const unknown = await resubmit(no, { materials: [{ materialId: 'm9', fileIds: [randomUUID()] }] });
    expect(unknown.statusCode).toBe(422);
    // Another person meets no such application.
    expect((await resubmit(no, { note: '代为补正' }, 'wangwu')).statusCode).toBe(404);

    expect(await count('applicationMaterials')).toBe(materials);
    expect(await count('auditRecords')).toBe(audits);
    expect((await detail(no)).json().status).toBe('correction_requested');
  });
});
