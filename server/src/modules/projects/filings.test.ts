import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answersFor } from '../../seed/cases/sample-answers.js';
import { DEMO_ORGANIZATION, DEMO_PERSONS } from '../../seed/demo-accounts.js';
import { databaseKinds } from '../../test-support/databases.js';
import { multipartBody, samplePdf } from '../../test-support/sample-files.js';
import { createTestApp, login, type TestApp } from '../../test-support/test-app.js';
import { projectBody } from './projects.fixture.js';

// Social investment (立项用地规划许可 led by 自然资源, with 发改 and 水利 alongside); the block lies
// in the 祖庙—张槎 area assessment.
const socialProject = (over: Record<string, unknown> = {}) =>
  projectBody({ name: '佛山市示例科技研发楼', categoryCode: 'social_building', ...over });

const LAND_PLANNING_MATTERS = ['440600-FG-0001', '440600-ZRZY-0102', '440600-SL-0001'];

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
    issuedInStage: { code: string; name: string } | null;
  }[];
  reduction: {
    fieldsMerged: number;
    fieldsSeparately: number;
    materialsCoveredByArea: number;
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
    const res = await call(cookies.org, 'POST', '/api/v1/projects', socialProject(over), randomUUID());
    expect(res.statusCode, res.body).toBe(201);
    return res.json().project as { id: string; projectCode: string; name: string };
  }

  function postUpload(matterCode: string, materialId: string, projectId?: string) {
    const body = multipartBody('材料.pdf', pdf);
    const scope = projectId ? `&projectId=${projectId}` : '';
    return t.app.inject({
      method: 'POST',
      url: `/api/v1/uploads?matterCode=${matterCode}&materialId=${materialId}${scope}`,
      headers: { cookie: cookies.org!, ...body.headers },
      payload: body.payload,
    });
  }

  async function upload(matterCode: string, materialId: string) {
    const res = await postUpload(matterCode, materialId);
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
    if ('planType' in formData) formData.soilConservationInvestment = 85;
    const materials = [];
    for (const m of req.materials)
      if (
        m.requirement === 'required' &&
        !m.coveredBy &&
        !m.issuedInStage &&
        !commitments.includes(m.identity)
      )
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
    cookies.person = await login(t.app, '13800138001');
    for (const u of [
      'reviewer.zrzy',
      'approver.zrzy',
      'reviewer.fg',
      'approver.fg',
      'reviewer.sl',
      'approver.sl',
      'reviewer.zj',
      'reviewer.rs',
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
    // The area's 水土保持 assessment stands for the site's own 水土保持方案.
    expect(req.reduction.materialsCoveredByArea).toBeGreaterThan(0);
    expect(req.reduction.materialsAtLeast).toBeLessThan(req.reduction.materialsMerged);
    // The next stage waits for this one.
    const next = (
      await call(cookies.org, 'GET', `/api/v1/projects/${project.id}/stages/engineering_permit/requirements`)
    ).json();
    expect(next.availability).toBe('waiting');
    // Stage 1 yields a licence per matter; only 质量安全监督登记 at 施工许可 issues none.
    expect(req.mattersWithoutLicence).toEqual([]);
    const third = (
      await call(cookies.org, 'GET', `/api/v1/projects/${project.id}/stages/construction_permit/requirements`)
    ).json();
    expect(third.mattersWithoutLicence).toEqual(['440600-ZJ-0203']);
  });

  it('does not ask stage 1 of a government project for the 选址意见书 its own 用地预审与选址 matter issues, and files it without', async () => {
    const project = await registerProject({ categoryCode: 'gov_building' });
    const { req, body } = await stageBody(project.id);
    const siting = req.materials.find((m) => m.name.includes('用地预审与选址意见书'));
    expect(siting?.issuedInStage).toMatchObject({ code: '440600-ZRZY-0101' });
    expect(req.materials.filter((m) => m.issuedInStage)).toHaveLength(1);
    // Handed in all the same, it is refused as not asked.
    const handedIn = await call(
      cookies.org,
      'POST',
      `/api/v1/projects/${project.id}/stages/land_planning`,
      { ...body, materials: [...body.materials, { identity: siting!.identity, fileIds: [] }] },
      randomUUID(),
    );
    expect(handedIn.statusCode).toBe(400);
    expect(handedIn.json().errors).toEqual([
      expect.objectContaining({ field: `materials.${siting!.identity}`, code: 'project.material_not_asked' }),
    ]);
    // 用地预审 asks why farmland is used when the first answer says it is.
    body.formData.farmlandJustification = '选址无法避让，已落实占补平衡';
    const filed = await call(
      cookies.org,
      'POST',
      `/api/v1/projects/${project.id}/stages/land_planning`,
      body,
      randomUUID(),
    );
    expect(filed.statusCode, filed.body).toBe(201);
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
      'FS-SL',
    ]);
    expect(await count('applications')).toBe(before + 3);
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
    expect(await count('applications')).toBe(before + 3);
    // Each department finds its matter in its own inbox.
    for (const [who, matter] of [
      ['reviewer.fg', 0],
      ['reviewer.zrzy', 1],
      ['reviewer.sl', 2],
    ] as const) {
      const tasks = (await call(cookies[who], 'GET', '/api/v1/workbench/tasks?scope=pool')).json();
      expect(JSON.stringify(tasks)).toContain(filing.matters[matter].applicationNo);
    }
  });

  const caseOf = (no: string, who: string) =>
    call(cookies[who], 'GET', `/api/v1/workbench/cases/${no}`).then((r) => r.json());
  /** Sends the command the case offers `who` now, with extra fields. */
  async function perform(no: string, who: string, type: string, extra: object = {}) {
    const view = await caseOf(no, who);
    const action = view.actions.find((a: { type: string }) => a.type === type);
    if (!action)
      throw new Error(`${who} may not ${type} ${no}: ${view.actions.map((a: { type: string }) => a.type)}`);
    const { choices: _choices, ...command } = action;
    const res = await call(cookies[who], 'POST', `/api/v1/workbench/cases/${no}/commands`, {
      ...command,
      ...extra,
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  }
  async function approve(no: string, department: 'fg' | 'zrzy' | 'sl') {
    await perform(no, `reviewer.${department}`, 'accept', { note: '材料齐全' });
    await perform(no, `reviewer.${department}`, 'review', { verdict: 'agree', opinion: '符合条件' });
    await perform(no, `approver.${department}`, 'decide', { outcome: 'approve', opinion: '准予许可' });
  }
  const filingOf = (id: string, who = 'org') =>
    call(cookies[who], 'GET', `/api/v1/projects/filings/${id}`).then((r) => r.json().filing);

  async function submitStage1() {
    const project = await registerProject();
    const { body } = await stageBody(project.id);
    const res = await call(
      cookies.org,
      'POST',
      `/api/v1/projects/${project.id}/stages/land_planning`,
      body,
      randomUUID(),
    );
    expect(res.statusCode, res.body).toBe(201);
    return { project, filing: res.json().filing };
  }

  it('answers racing submissions with one key with one filing and one set of applications', async () => {
    const project = await registerProject();
    const { body } = await stageBody(project.id);
    const before = await count('applications');
    const key = randomUUID();
    const url = `/api/v1/projects/${project.id}/stages/land_planning`;
    // Four at once: a retry may lose at the insert, or find the stage taken before it gets there.
    const answers = await Promise.all([1, 2, 3, 4].map(() => call(cookies.org, 'POST', url, body, key)));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 200, 200, 201]);
    expect(new Set(answers.map((a) => a.json().filing.id)).size).toBe(1);
    expect(await count('applications')).toBe(before + 3);
    // The same key with another body is refused.
    const other = await call(
      cookies.org,
      'POST',
      url,
      { ...body, commitments: [], formData: { ...body.formData, scale: '改' } },
      key,
    );
    expect(other.statusCode).toBe(422);
  });

  it('refuses a bad stage submission whole: nothing of any matter is left behind', async () => {
    const project = await registerProject();
    const { req, body } = await stageBody(project.id);
    const before = [
      await count('applications'),
      await count('projectFilings'),
      await count('workflowInstances'),
    ];
    const url = `/api/v1/projects/${project.id}/stages/land_planning`;
    // A required file missing: the second matter's problem refuses the first matter's application too.
    const missing = { ...body, materials: body.materials.slice(0, -1) };
    const res = await call(cookies.org, 'POST', url, missing, randomUUID());
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().errors[0].field).toBe(`materials.${body.materials.at(-1)!.identity}`);
    const badForm = await call(
      cookies.org,
      'POST',
      url,
      { ...body, formData: { ...body.formData, creditCode: '123' } },
      randomUUID(),
    );
    expect(badForm.statusCode).toBe(400);
    expect(badForm.json().errors.map((e: { field: string }) => e.field)).toContain('formData.creditCode');
    const notCommitment = req.materials.find((m) => !m.commitmentAllowed)!.identity;
    const badCommitment = await call(
      cookies.org,
      'POST',
      url,
      { ...body, commitments: [notCommitment] },
      randomUUID(),
    );
    expect(badCommitment.statusCode).toBe(400);
    expect(badCommitment.json().errors[0]).toMatchObject({
      field: 'commitments.0',
      code: 'project.commitment_not_allowed',
    });
    expect((await call(cookies.org, 'POST', url, body)).json().code).toBe('project.idempotency_key_required');
    expect([
      await count('applications'),
      await count('projectFilings'),
      await count('workflowInstances'),
    ]).toEqual(before);
    // Another company's agent, staff and the public meet no such project.
    expect((await call(cookies['reviewer.zrzy'], 'POST', url, body, randomUUID())).statusCode).toBe(403);
    expect((await call(undefined, 'POST', url, body, randomUUID())).statusCode).toBe(401);
  });

  it('coordinates stage 1: one combined correction answered once, a joint review, no close while a matter is open, the 备案证 and the 建设用地规划许可证 issued to the owner on approval, then the next stage opens', async () => {
    const { project, filing } = await submitStage1();
    const [fg, zrzy, sl] = filing.matters.map((m: { applicationNo: string }) => m.applicationNo) as [
      string,
      string,
      string,
    ];
    const url = `/api/v1/projects/filings/${filing.id}`;
    // Each department proposes its own matter's items; not another's.
    const propose = (who: string, matterCode: string, problem: string) =>
      call(cookies[who], 'POST', `${url}/correction-items`, {
        matterCode,
        items: [{ material: null, problem }],
      });
    expect((await propose('reviewer.zrzy', '440600-FG-0001', '不属于本部门')).statusCode).toBe(403);
    expect((await propose('reviewer.zj', '440600-FG-0001', '无关部门')).statusCode).toBe(404);
    expect((await propose('reviewer.fg', '440600-FG-0001', '建设规模及内容填写不完整')).statusCode).toBe(200);
    const proposed = await propose('reviewer.zrzy', '440600-ZRZY-0102', '宗地图未标注用地红线坐标');
    expect(proposed.statusCode, proposed.body).toBe(200);
    expect(proposed.json().filing.actions).toContain('requestCorrection');
    // Only the lead department (自然资源 leads 立项用地规划许可 of social investment) sends it, once.
    const revision = proposed.json().filing.revision;
    expect(
      (await call(cookies['reviewer.fg'], 'POST', `${url}/correction`, { expectedRevision: revision }))
        .statusCode,
    ).toBe(403);
    const sent = await call(cookies['reviewer.zrzy'], 'POST', `${url}/correction`, {
      expectedRevision: revision,
    });
    expect(sent.statusCode, sent.body).toBe(200);
    const corrected = sent.json().filing;
    expect(corrected.status).toBe('correction_requested');
    expect(corrected.corrections).toHaveLength(1);
    // 水利, which asked for nothing, goes on with its matter.
    expect(corrected.corrections[0].items.map((i: { matterCode: string }) => i.matterCode).sort()).toEqual(
      LAND_PLANNING_MATTERS.slice(0, 2),
    );
    expect(corrected.matters.map((m: { status: string }) => m.status)).toEqual([
      'correction_requested',
      'correction_requested',
      filing.matters[2].status,
    ]);
    expect(
      (await call(cookies['reviewer.zrzy'], 'POST', `${url}/correction`, { expectedRevision: revision }))
        .statusCode,
    ).toBe(409);
    // The applicant answers once for both matters.
    expect(corrected.actions).not.toContain('requestCorrection');
    const mine = await filingOf(filing.id);
    expect(mine.actions).toContain('resubmit');
    // With the corrected 宗地图, which goes to 自然资源's matter (the only one asking for it).
    const plot = 'document:宗地图或用地红线图';
    const linked = async (no: string) =>
      Number(
        (
          await t.ctx.db
            .selectFrom('applicationMaterials')
            .innerJoin('applications', 'applications.id', 'applicationMaterials.applicationId')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('applications.applicationNo', '=', no)
            .executeTakeFirstOrThrow()
        ).n,
      );
    const [fgFiles, zrzyFiles, slFiles] = [await linked(fg), await linked(zrzy), await linked(sl)];
    const answered = await call(cookies.org, 'POST', `${url}/resubmit`, {
      expectedRevision: mine.revision,
      note: '已按要求补正',
      materials: [{ identity: plot, fileIds: [await upload('440600-ZRZY-0102', 'm4')] }],
    });
    expect([await linked(fg), await linked(zrzy), await linked(sl)]).toEqual([
      fgFiles,
      zrzyFiles + 1,
      slFiles,
    ]);
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json().filing.status).toBe('in_progress');
    expect(answered.json().filing.matters.map((m: { status: string }) => m.status)).toEqual([
      'resubmitted',
      'resubmitted',
      filing.matters[2].status,
    ]);
    expect(answered.json().filing.corrections[0].answeredAt).not.toBeNull();

    // 发改 decides first; the stage cannot close while 自然资源's and 水利's matters are open.
    await approve(fg, 'fg');
    const early = await call(cookies['reviewer.zrzy'], 'POST', `${url}/close`, {
      expectedRevision: answered.json().filing.revision,
    });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({
      code: 'project.stage_matters_open',
      errors: [{ field: 'matters.440600-ZRZY-0102' }, { field: 'matters.440600-SL-0001' }],
    });
    await approve(zrzy, 'zrzy');
    await approve(sl, 'sl');

    // 联合评审: every opinion's department takes part in the stage.
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const review = {
      kind: 'review',
      heldOn: today,
      opinions: [
        { departmentCode: 'FS-FG', verdict: 'agree', opinion: '同意备案' },
        { departmentCode: 'FS-ZRZY', verdict: 'agree_with_conditions', opinion: '按规划条件建设' },
        { departmentCode: 'FS-SL', verdict: 'agree', opinion: '水土保持措施可行' },
      ],
      conclusion: 'agree_with_conditions',
      summary: '联合评审通过，按规划条件实施',
    };
    expect((await call(cookies['reviewer.zrzy'], 'POST', `${url}/joint-reviews`, review)).statusCode).toBe(
      201,
    );
    const stranger = {
      ...review,
      opinions: [{ departmentCode: 'FS-ZJ', verdict: 'agree', opinion: '同意' }],
    };
    const refused = await call(cookies['reviewer.zrzy'], 'POST', `${url}/joint-reviews`, stranger);
    expect(refused.json().errors[0]).toMatchObject({
      field: 'opinions.0.departmentCode',
      code: 'project.department_not_in_stage',
    });

    // Each approval issues its matter's licence through the licences module (application.approved).
    await t.ctx.outbox.drain();
    const decided = await filingOf(filing.id, 'reviewer.zrzy');
    expect(decided.jointReviews).toHaveLength(1);
    const issued = decided.matters.map((m: { licenceTypes: string[]; licences: { typeName: string }[] }) => [
      m.licenceTypes,
      m.licences.map((l) => l.typeName),
    ]);
    expect(issued).toEqual([
      [['广东省企业投资项目备案证'], ['广东省企业投资项目备案证']],
      [['建设用地规划许可证'], ['建设用地规划许可证']],
      [['生产建设项目水土保持方案审批决定书'], ['生产建设项目水土保持方案审批决定书']],
    ]);
    // The 备案证 (a type of the construction stages' 证照目录) is the company's, in its wallet.
    const filingCert = decided.matters[0].licences[0].licenseNo as string;
    expect(filingCert).toMatch(/^BA440600\d{10}.$/);
    const wallet = (await call(cookies.org, 'GET', '/api/v1/my/licenses')).json() as {
      id: string;
      licenseNo: string;
      applicationNo: string;
    }[];
    const held = wallet.find((l) => l.licenseNo === filingCert);
    expect(held?.applicationNo).toBe(fg);
    const detail = (await call(cookies.org, 'GET', `/api/v1/my/licenses/${held!.id}`)).json();
    expect(detail).toMatchObject({
      typeCode: 'INVESTMENT_FILING_CERT',
      holder: DEMO_ORGANIZATION.name,
      issuerName: '佛山市发展和改革局',
      validUntil: null,
    });
    expect(detail.fields).toEqual(
      expect.arrayContaining([
        { label: '项目单位', value: DEMO_ORGANIZATION.name },
        { label: '项目名称', value: project.name },
        { label: '建设地点', value: '佛山市禅城区季华五路18号' },
        { label: '有效期限', value: '长期' },
      ]),
    );
    expect(decided.actions).toContain('close');
    const closed = await call(cookies['reviewer.zrzy'], 'POST', `${url}/close`, {
      expectedRevision: decided.revision,
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json().filing.status).toBe('closed');
    const next = (
      await call(cookies.org, 'GET', `/api/v1/projects/${project.id}/stages/engineering_permit/requirements`)
    ).json();
    expect(next.availability).toBe('open');
    // Stage 2 takes this project's 建设用地规划许可证 (零提交); another project of the company,
    // without one of its own, is asked to upload it instead of being handed this one.
    const landPermit = 'license:建设用地规划许可证:applicant';
    const sourcingOf = (requirements: { materials: { identity: string; sourcing: unknown }[] }) =>
      requirements.materials.find((m) => m.identity === landPermit)?.sourcing;
    expect(sourcingOf(next)).toEqual({
      kind: 'reused',
      licenseNo: decided.matters[1].licences[0].licenseNo,
      reason: null,
    });
    const other = await registerProject();
    const otherNext = (
      await call(cookies.org, 'GET', `/api/v1/projects/${other.id}/stages/engineering_permit/requirements`)
    ).json();
    expect(sourcingOf(otherNext)).toEqual({ kind: 'upload', licenseNo: null, reason: 'no_license' });
    // So the file is taken for that project, and only for it: the company's wallet has one.
    const permit = otherNext.materials.find((m: { identity: string }) => m.identity === landPermit)
      .sources[0];
    expect((await postUpload(permit.matterCode, permit.materialId)).statusCode).toBe(422);
    expect((await postUpload(permit.matterCode, permit.materialId, project.id)).statusCode).toBe(422);
    expect((await postUpload(permit.matterCode, permit.materialId, other.id)).statusCode).toBe(201);
    expect((await postUpload(permit.matterCode, permit.materialId, randomUUID())).statusCode).toBe(404);
    const asStaff = (
      await call(
        cookies['reviewer.zrzy'],
        'GET',
        `/api/v1/projects/${project.id}/stages/engineering_permit/requirements`,
      )
    ).json();
    expect(sourcingOf(asStaff)).toBeNull();

    // Every stage-level write left its audit record and its outbox event.
    const actions = (
      await t.ctx.db
        .selectFrom('auditRecords' as 'applications')
        .select('action' as never)
        .where('objectId' as never, '=', filing.filingNo as never)
        .execute()
    ).map((r) => (r as { action: string }).action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'project.stage_submit',
        'project.correction_propose',
        'project.stage_request_correction',
        'project.stage_resubmit',
        'project.joint_review_record',
        'project.stage_close',
      ]),
    );
    const topics = (await t.ctx.db.selectFrom('outboxEvents').select('topic').execute()).map((r) => r.topic);
    for (const topic of [
      'project.stage_submitted',
      'project.stage_correction_requested',
      'project.stage_resubmitted',
      'project.joint_review_recorded',
      'project.stage_closed',
    ])
      expect(topics).toContain(topic);

    // The timeline: stage 1 closed with a bar per department, the others not started.
    const timeline = (await call(cookies.org, 'GET', `/api/v1/projects/${project.id}/timeline`)).json();
    expect(timeline.stages.map((s: { status: string }) => s.status)).toEqual([
      'closed',
      'not_started',
      'not_started',
      'not_started',
    ]);
    expect(
      timeline.stages[0].departments.map((d: { department: { code: string } }) => d.department.code),
    ).toEqual(['FS-FG', 'FS-ZRZY', 'FS-SL']);
    expect(timeline.capWorkingDays).toBe(45);
    // The statistics show the project with its working days so far.
    const stats = (await call(cookies.supervisor, 'GET', '/api/v1/projects/statistics')).json();
    expect(stats.recentProjects.find((p: { id: string }) => p.id === project.id)).toMatchObject({
      workingDays: timeline.workingDays,
      stagesClosed: 1,
      stages: 4,
      completed: false,
    });
  });

  it('lets only the owner, the stage’s departments and supervisors see a filing; statistics for supervisors and heads', async () => {
    const { project, filing } = await submitStage1();
    const url = `/api/v1/projects/filings/${filing.id}`;
    for (const who of ['org', 'reviewer.fg', 'reviewer.zrzy', 'supervisor'])
      expect((await call(cookies[who], 'GET', url)).statusCode, who).toBe(200);
    expect((await call(cookies['reviewer.zj'], 'GET', url)).statusCode).toBe(404);
    expect((await call(cookies.person, 'GET', url)).statusCode).toBe(403);
    expect((await call(undefined, 'GET', url)).statusCode).toBe(401);
    expect(
      (await call(cookies['reviewer.rs'], 'GET', `/api/v1/projects/${project.id}/timeline`)).statusCode,
    ).toBe(404);
    // The lead department's list holds it; another department's does not.
    const lead = (await call(cookies['reviewer.zrzy'], 'GET', '/api/v1/projects/filings?role=lead')).json();
    expect(lead.items.map((f: { id: string }) => f.id)).toContain(filing.id);
    const fgLead = (await call(cookies['reviewer.fg'], 'GET', '/api/v1/projects/filings?role=lead')).json();
    expect(fgLead.items.map((f: { id: string }) => f.id)).not.toContain(filing.id);
    const fgPart = (
      await call(cookies['reviewer.fg'], 'GET', '/api/v1/projects/filings?role=department')
    ).json();
    expect(fgPart.items.map((f: { id: string }) => f.id)).toContain(filing.id);
    // Writes by those who only see it.
    expect((await call(cookies.supervisor, 'POST', `${url}/close`, { expectedRevision: 1 })).statusCode).toBe(
      403,
    );
    const service = {
      service: 'surveying',
      provider: '佛山市测绘院',
      startedOn: filing.submittedAt.slice(0, 10),
    };
    expect((await call(cookies['reviewer.fg'], 'POST', `${url}/intermediaries`, service)).statusCode).toBe(
      403,
    );
    const recorded = await call(cookies.org, 'POST', `${url}/intermediaries`, service);
    expect(recorded.statusCode).toBe(201);
    // The lead department sees it end; it cannot end before it began, nor twice.
    const finish = `${url}/intermediaries/${recorded.json().id}/finish`;
    const early = await call(cookies['reviewer.zrzy'], 'POST', finish, { endedOn: '2020-01-01' });
    expect(early.json().errors[0]).toMatchObject({ field: 'endedOn', code: 'project.end_before_start' });
    expect(
      (await call(cookies['reviewer.fg'], 'POST', finish, { endedOn: service.startedOn })).statusCode,
    ).toBe(403);
    expect(
      (await call(cookies['reviewer.zrzy'], 'POST', finish, { endedOn: service.startedOn })).statusCode,
    ).toBe(204);
    expect(
      (await call(cookies['reviewer.zrzy'], 'POST', finish, { endedOn: service.startedOn })).statusCode,
    ).toBe(409);
    const bars = (await call(cookies.org, 'GET', `/api/v1/projects/${project.id}/timeline`)).json().stages[0];
    expect(bars.intermediaries).toEqual([
      expect.objectContaining({
        service: 'surveying',
        startedOn: service.startedOn,
        endedOn: service.startedOn,
      }),
    ]);
    expect((await call(cookies.org, 'GET', '/api/v1/projects/statistics')).statusCode).toBe(403);
    const stats = await call(cookies.supervisor, 'GET', '/api/v1/projects/statistics');
    expect(stats.statusCode).toBe(200);
    expect(stats.json().projectsOnline).toBe(await count('projects'));
  });
});
