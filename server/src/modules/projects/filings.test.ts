import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answersFor } from '../../seed/cases/sample-answers.js';
import { DEMO_ORGANIZATION, DEMO_PERSONS } from '../../seed/demo-accounts.js';
import { databaseKinds } from '../../test-support/databases.js';
import { multipartBody, samplePdf } from '../../test-support/sample-files.js';
import { createTestApp, login, type TestApp } from '../../test-support/test-app.js';

// A 200 m × 100 m block in 祖庙街道, 禅城: inside the 祖庙—张槎 area assessment.
const block = (lng = 113.112, lat = 23.026, w = 0.00196, h = 0.0009) => ({
  type: 'Polygon',
  coordinates: [
    [
      [lng, lat],
      [lng + w, lat],
      [lng + w, lat + h],
      [lng, lat + h],
      [lng, lat],
    ],
  ],
});

let serial = 500;
const projectBody = (over: Record<string, unknown> = {}) => ({
  projectCode: `2025-440604-47-03-${String(++serial).padStart(6, '0')}`,
  name: '佛山市示例科技研发楼',
  ownerCreditCode: DEMO_ORGANIZATION.creditCode,
  categoryCode: 'social_building',
  site: block(),
  investmentFen: 80_000_000_00,
  landAreaM2: 12_000,
  floorAreaM2: 36_000,
  intendedUse: 'industrial',
  contact: { name: '王五', mobile: '13800138003' },
  ...over,
});

const LAND_PLANNING_MATTERS = ['440600-FG-0001', '440600-ZRZY-0102'];

interface Requirements {
  availability: string;
  form: { fields: { name: string }[] };
  materials: {
    identity: string;
    name: string;
    requirement: string;
    source: { kind: string };
    sources: { matterCode: string; materialId: string }[];
    commitmentAllowed: boolean;
    coveredBy: unknown;
  }[];
  reduction: {
    fieldsMerged: number;
    fieldsSeparately: number;
    materialsMerged: number;
    materialsAtLeast: number;
  };
  mattersWithoutLicence: string[];
}

describe.each(databaseKinds())('stage filings on %s', (kind) => {
  let t: TestApp;
  const cookies: Record<string, string> = {};
  let pdf: Uint8Array;

  const call = (
    cookie: string | undefined,
    method: 'GET' | 'POST',
    url: string,
    payload?: object,
    key?: string,
  ) =>
    t.app.inject({
      method,
      url,
      headers: { ...(cookie ? { cookie } : {}), ...(key ? { 'idempotency-key': key } : {}) },
      ...(payload ? { payload } : {}),
    });

  async function registerProject(over: Record<string, unknown> = {}) {
    const res = await call(cookies.org, 'POST', '/api/v1/projects', projectBody(over), randomUUID());
    expect(res.statusCode, res.body).toBe(201);
    return res.json().project as { id: string; projectCode: string; name: string };
  }

  async function upload(matterCode: string, materialId: string) {
    const body = multipartBody('材料.pdf', pdf);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/uploads?matterCode=${matterCode}&materialId=${materialId}`,
      headers: { cookie: cookies.org!, ...body.headers },
      payload: body.payload,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().fileId as string;
  }

  /** A complete submission of the stage: sample answers, a file for every required upload not waived. */
  async function stageBody(projectId: string, stage = 'land_planning', commitments: string[] = []) {
    const req = (
      await call(cookies.org, 'GET', `/api/v1/projects/${projectId}/stages/${stage}/requirements`)
    ).json() as Requirements;
    const sample = { ...DEMO_PERSONS[2]!, organization: DEMO_ORGANIZATION };
    const formData = answersFor(req.form.fields as never, sample, '2026-11-20');
    delete formData.projectCode;
    delete formData.projectName;
    // The first option of each choice opens conditional questions: answer them as a company would.
    if ('foreignInvestment' in formData) formData.foreignInvestment = '否';
    if ('landSupply' in formData) formData.approvalDocNo = '佛发改备〔2025〕12号';
    const materials = [];
    for (const m of req.materials)
      if (m.requirement === 'required' && !m.coveredBy && !commitments.includes(m.identity))
        materials.push({
          identity: m.identity,
          fileIds: [await upload(m.sources[0]!.matterCode, m.sources[0]!.materialId)],
        });
    return { req, body: { formData, materials, commitments, declaration: true } };
  }

  const count = async (table: string) =>
    Number(
      (
        await t.ctx.db
          .selectFrom(table as 'applications')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    t = await createTestApp(kind, {}, {}, { catalogue: true });
    pdf = await samplePdf();
    cookies.org = await login(t.app, DEMO_ORGANIZATION.creditCode);
    for (const u of [
      'reviewer.zrzy',
      'approver.zrzy',
      'reviewer.fg',
      'approver.fg',
      'reviewer.zj',
      'supervisor',
    ])
      cookies[u] = await login(t.app, u, { staff: true });
  });
  afterAll(() => t.close());

  it('shows what stage 1 asks of a project: merged form, area assessment and commitments reducing the materials', async () => {
    const project = await registerProject();
    const res = await call(
      cookies.org,
      'GET',
      `/api/v1/projects/${project.id}/stages/land_planning/requirements`,
    );
    expect(res.statusCode, res.body).toBe(200);
    const req = res.json() as Requirements;
    expect(req.availability).toBe('open');
    expect(req.reduction.fieldsMerged).toBeLessThan(req.reduction.fieldsSeparately);
    // The next stage waits for this one.
    const next = (
      await call(cookies.org, 'GET', `/api/v1/projects/${project.id}/stages/engineering_permit/requirements`)
    ).json();
    expect(next.availability).toBe('waiting');
    expect(next.reduction.materialsCoveredByArea).toBeGreaterThan(0);
    expect(next.reduction.materialsAtLeast).toBeLessThan(next.reduction.materialsMerged);
    expect(req.mattersWithoutLicence).toEqual(['440600-FG-0001']);
  });

  it('submits stage 1 in one transaction: one application per matter, each on its department, once per key', async () => {
    const project = await registerProject();
    const { body } = await stageBody(project.id);
    const before = await count('applications');
    const key = randomUUID();
    const res = await call(
      cookies.org,
      'POST',
      `/api/v1/projects/${project.id}/stages/land_planning`,
      body,
      key,
    );
    expect(res.statusCode, res.body).toBe(201);
    const filing = res.json().filing;
    expect(filing.filingNo).toBe(`${project.projectCode}-1`);
    expect(filing.leadDepartment.code).toBe('FS-ZRZY');
    expect(filing.matters.map((m: { matterCode: string }) => m.matterCode)).toEqual(LAND_PLANNING_MATTERS);
    expect(filing.matters.map((m: { department: { code: string } }) => m.department.code)).toEqual([
      'FS-FG',
      'FS-ZRZY',
    ]);
    expect(await count('applications')).toBe(before + 2);
    // The same key answers with the same filing; another key finds the stage filed.
    const again = await call(
      cookies.org,
      'POST',
      `/api/v1/projects/${project.id}/stages/land_planning`,
      body,
      key,
    );
    expect(again.statusCode).toBe(200);
    expect(again.json().filing.id).toBe(filing.id);
    const other = await call(
      cookies.org,
      'POST',
      `/api/v1/projects/${project.id}/stages/land_planning`,
      body,
      randomUUID(),
    );
    expect(other.statusCode).toBe(409);
    expect(await count('applications')).toBe(before + 2);
    // Each department finds its matter in its own inbox.
    for (const [who, matter] of [
      ['reviewer.fg', 0],
      ['reviewer.zrzy', 1],
    ] as const) {
      const tasks = (await call(cookies[who], 'GET', '/api/v1/workbench/tasks?scope=pool')).json();
      expect(JSON.stringify(tasks)).toContain(filing.matters[matter].applicationNo);
    }
  });
});
