import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test-support/databases.js';
import { publishMatter, testGuide } from '../../test-support/matters.js';
import { multipartBody, samplePdf } from '../../test-support/sample-files.js';
import { createTestApp, login, type TestApp } from '../../test-support/test-app.js';
import type { MaterialInput } from '../catalogue/model.js';
import { foodLicensing } from '../licenses/licenses.fixture.js';

// 食品经营许可（延续）: renewing the food business licence the company was just issued.
const RENEWAL = '440600-SJ-9107';
const material = (name: string, source: MaterialInput['source'], o: Partial<MaterialInput> = {}) =>
  ({
    name,
    form: 'electronic',
    copies: 0,
    requirement: 'required',
    key: true,
    source,
    ...o,
  }) as MaterialInput;
const RENEWAL_GUIDE = testGuide({
  name: '食品经营许可（延续）',
  type: 'license',
  department: 'FS-SJ',
  audiences: ['organization', 'person'],
  materials: [
    material('原食品经营许可证', { kind: 'license', licenseType: '食品经营许可证' }),
    material('食品经营许可延续申请书', { kind: 'applicant' }),
    material('营业执照', { kind: 'license', licenseType: '营业执照' }),
    material('法定代表人居民身份证', { kind: 'shared_data', dataset: '居民身份证' }),
    material('从业人员健康证明', { kind: 'shared_data', dataset: '健康证明信息' }),
    material(
      '受托人居民身份证',
      { kind: 'shared_data', dataset: '居民身份证' },
      {
        requirement: 'conditional',
        condition: '委托他人办理的',
      },
    ),
    // Another party's licence of a type the company holds too: its own is not this one.
    material('供餐单位食品经营许可证', {
      kind: 'license',
      licenseType: '食品经营许可证',
      holder: 'other_party',
    }),
  ],
  form: [{ name: 'reason', label: '延续理由', kind: 'text', required: true }],
});

interface Sourcing {
  materialId: string;
  sourcing: string;
  reason: string | null;
  license: { licenseNo: string; status: string } | null;
  sharedData: { subject: string; name: string; idNumber: string } | null;
}

describe.each(databaseKinds())('zero submission (零提交) on %s', (kind) => {
  let t: TestApp;
  let versionId: string;
  let licence: { id: string; licenseNo: string; revision: number };
  let pdf: Buffer;
  let firstNo: string;
  const cookies: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp(kind);
    const food = await foodLicensing(t);
    cookies.org = await login(t.app, '91440604MA4W12345N');
    cookies.zhangsan = await login(t.app, '13800138001');
    for (const u of ['reviewer.sj', 'approver.sj', 'reviewer.zrzy', 'supervisor', 'head.zrzy'])
      cookies[u] = await login(t.app, u, { staff: true });
    const issuedFor = await food.apply(cookies.org);
    await food.approve(issuedFor);
    await t.ctx.outbox.drain();
    licence = (await get('/api/v1/my/licenses', 'org'))
      .json()
      .find((l: { applicationNo: string }) => l.applicationNo === issuedFor);
    versionId = await publishMatter(t, RENEWAL, RENEWAL_GUIDE);
    pdf = await samplePdf();
  }, 120_000);
  afterAll(() => t.close());

  const get = (url: string, who?: string) =>
    t.app.inject({ url, headers: who ? { cookie: cookies[who]! } : {} });
  const sources = async (who: string): Promise<Record<string, Sourcing>> => {
    const res = await get(`/api/v1/applications/material-sources?matterCode=${RENEWAL}`, who);
    expect(res.statusCode, res.body).toBe(200);
    return Object.fromEntries(res.json().materials.map((m: Sourcing) => [m.materialId, m]));
  };
  const upload = (who: string, materialId: string) => {
    const body = multipartBody(`${materialId}.pdf`, pdf);
    return t.app.inject({
      method: 'POST',
      url: `/api/v1/uploads?matterCode=${RENEWAL}&materialId=${materialId}`,
      headers: { cookie: cookies[who]!, ...body.headers },
      payload: body.payload,
    });
  };
  const submit = (who: string, materials: { materialId: string; fileIds: string[] }[], extra: object = {}) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: { cookie: cookies[who]!, 'idempotency-key': randomUUID() },
      payload: {
        matterCode: RENEWAL,
        versionId,
        formData: { reason: '到期延续' },
        materials,
        declaration: true,
        ...extra,
      },
    });
  /**
   * The files the company hands in itself: the application form, its business licence (not in
   * its wallet) and the caterer's licence (another party's).
   */
  const ownFiles = async (who = 'org') => [
    { materialId: 'm2', fileIds: [(await upload(who, 'm2')).json().fileId] },
    { materialId: 'm3', fileIds: [(await upload(who, 'm3')).json().fileId] },
    { materialId: 'm7', fileIds: [(await upload(who, 'm7')).json().fileId] },
  ];
  const problems = (res: { json(): { errors: { field: string; code: string; message: string }[] } }) =>
    res.json().errors.map((e) => [e.field, e.code, e.message]);
  const fileOf = async (no: string, who = 'reviewer.sj') => {
    const res = await get(`/api/v1/workbench/applications/${no}`, who);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const changeLicence = async (action: string) => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/licenses/${licence.id}/${action}`,
      headers: { cookie: cookies['approver.sj']! },
      payload: { reason: '测试', expectedRevision: licence.revision },
    });
    expect(res.statusCode, res.body).toBe(200);
    licence.revision = res.json().revision;
  };
  const idOf = async (no: string) =>
    (
      await t.ctx.db
        .selectFrom('applications')
        .selectAll()
        .where('applicationNo', '=', no)
        .executeTakeFirstOrThrow()
    ).id as string;

  it('tells each applicant what will be taken from licences and the registry, and what to upload', async () => {
    const org = await sources('org');
    expect(Object.keys(org)).toEqual(['m1', 'm3', 'm4', 'm5', 'm6', 'm7']);
    expect(org.m1).toMatchObject({
      sourcing: 'reused',
      license: { licenseNo: licence.licenseNo, status: 'valid', issuerName: '佛山市市场监督管理局' },
    });
    // The company holds no 营业执照 here: it uploads one.
    expect(org.m3).toMatchObject({ sourcing: 'upload', reason: 'no_license', license: null });
    // Its legal representative's ID card, from the population registry, masked.
    expect(org.m4).toMatchObject({
      sourcing: 'reused',
      sharedData: { subject: 'legal_representative', name: '李*', idNumber: '4406**********2048' },
    });
    // A data set this platform does not hold, and a conditional one about someone else: the department's.
    expect([org.m5?.sourcing, org.m6?.sourcing]).toEqual(['department', 'department']);
    // The caterer's licence: the company's own valid one of the type is not taken for it.
    expect(org.m7).toMatchObject({ sourcing: 'upload', reason: 'other_holder', license: null });

    const person = await sources('zhangsan');
    expect(person.m1).toMatchObject({ sourcing: 'upload', reason: 'no_license' });
    expect(person.m4).toMatchObject({
      sourcing: 'reused',
      sharedData: { subject: 'applicant', name: '张*' },
    });

    expect((await get(`/api/v1/applications/material-sources?matterCode=${RENEWAL}`)).statusCode).toBe(401);
    expect(
      (await get(`/api/v1/applications/material-sources?matterCode=${RENEWAL}`, 'reviewer.sj')).statusCode,
    ).toBe(403);
    expect(
      (await get('/api/v1/applications/material-sources?matterCode=440600-SJ-9999', 'org')).statusCode,
    ).toBe(404);
  });

  it('takes from the registry only the record of the one it is about: the applicant, the legal representative or the agent filing, never several people’s', async () => {
    const code = '440600-SJ-9108';
    await publishMatter(
      t,
      code,
      testGuide({
        name: '零提交测试（身份证）',
        department: 'FS-SJ',
        audiences: ['organization', 'person'],
        form: [{ name: 'reason', label: '理由', kind: 'text', required: true }],
        materials: [
          material('法定代表人居民身份证', { kind: 'shared_data', dataset: '居民身份证' }),
          material('经办人居民身份证', { kind: 'shared_data', dataset: '居民身份证', holder: 'agent' }),
          material('买卖双方居民身份证', {
            kind: 'shared_data',
            dataset: '居民身份证',
            holder: 'other_party',
          }),
        ],
      }),
    );
    const of = async (who: string) => {
      const res = await get(`/api/v1/applications/material-sources?matterCode=${code}`, who);
      expect(res.statusCode, res.body).toBe(200);
      return res
        .json()
        .materials.map((m: Sourcing) => [
          m.materialId,
          m.sourcing,
          m.reason,
          m.sharedData?.subject ?? null,
          m.sharedData?.name ?? null,
        ]);
    };
    // A person files for themselves: their own record twice; the two parties' IDs are uploaded.
    expect(await of('zhangsan')).toEqual([
      ['m1', 'reused', null, 'applicant', '张*'],
      ['m2', 'reused', null, 'applicant', '张*'],
      ['m3', 'upload', 'other_holder', null, null],
    ]);
    // 王五 files for the company: the legal representative's record, and his own as 经办人.
    cookies.wangwu = await login(t.app, '13800138003');
    const org = (await get('/api/v1/auth/session', 'wangwu')).json().organizations[0];
    const acting = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/auth/acting-for',
      headers: { cookie: cookies.wangwu! },
      payload: { organizationId: org.id },
    });
    expect(acting.statusCode, acting.body).toBe(200);
    expect(await of('wangwu')).toEqual([
      ['m1', 'reused', null, 'legal_representative', '李*'],
      ['m2', 'reused', null, 'agent', '王*'],
      ['m3', 'upload', 'other_holder', null, null],
    ]);
  });

  it('takes the licence and the record when the application is filed, and asks only for the rest', async () => {
    const missing = await submit('org', []);
    expect(missing.statusCode).toBe(422);
    expect(problems(missing)).toEqual([
      ['materials.m2', 'application.material_missing', '请上传“食品经营许可延续申请书”'],
      [
        'materials.m3',
        'application.material_missing.no_license',
        '未在您的电子证照中找到有效的证照，请上传“营业执照”',
      ],
      [
        'materials.m7',
        'application.material_missing.other_holder',
        '“供餐单位食品经营许可证”由其他当事人持有，不从您的电子证照中获取，请上传',
      ],
    ]);
    // Nothing to upload for what is taken; the rest as for any material.
    expect((await upload('org', 'm1')).statusCode).toBe(422);
    expect((await upload('org', 'm4')).statusCode).toBe(422);
    const res = await submit('org', await ownFiles());
    expect(res.statusCode, res.body).toBe(201);
    firstNo = res.json().applicationNo;

    const id = await idOf(firstNo);
    const taken = await t.ctx.db
      .selectFrom('applicationReusedMaterials')
      .selectAll()
      .where('applicationId', '=', id)
      .orderBy('position')
      .execute();
    expect(taken.map((r) => [r.materialId, r.kind, r.typeCode, r.licenseId, r.sharedSubject])).toEqual([
      ['m1', 'license', 'FOOD_BUSINESS_PERMIT', licence.id, null],
      ['m4', 'shared_data', 'RESIDENT_ID_CARD', null, 'legal_representative'],
    ]);
    const row = await t.ctx.db
      .selectFrom('applications')
      .select('reusedMaterials')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.reusedMaterials).toBe(2);
    const audit = await t.ctx.db
      .selectFrom('auditRecords')
      .select('detail')
      .where('action', '=', 'application.submit')
      .where('objectId', '=', firstNo)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(audit.detail)).toContain(licence.licenseNo);

    const file = await fileOf(firstNo);
    expect(file.reusedMaterials).toEqual([
      {
        materialId: 'm1',
        materialName: '原食品经营许可证',
        kind: 'license',
        typeName: '食品经营许可证',
        license: expect.objectContaining({
          id: licence.id,
          licenseNo: licence.licenseNo,
          issuerName: '佛山市市场监督管理局',
          status: 'valid',
        }),
        sharedData: null,
      },
      {
        materialId: 'm4',
        materialName: '法定代表人居民身份证',
        kind: 'shared_data',
        typeName: '居民身份证',
        license: null,
        sharedData: { source: 'population_registry', subject: 'legal_representative' },
      },
    ]);
    expect(file.materials.map((m: { materialId: string }) => m.materialId)).toEqual(['m2', 'm3', 'm7']);
    expect(file.declarationSeal).toBeNull();

    // The applicant sees on its own application what was taken, as the reviewer does; nobody else does.
    const mine = await get(`/api/v1/applications/${firstNo}/reused-materials`, 'org');
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json()).toEqual(file.reusedMaterials);
    expect((await get(`/api/v1/applications/${firstNo}/reused-materials`, 'zhangsan')).statusCode).toBe(404);
    expect((await get(`/api/v1/applications/${firstNo}/reused-materials`, 'reviewer.sj')).statusCode).toBe(
      403,
    );
    expect((await get(`/api/v1/applications/${firstNo}/reused-materials`)).statusCode).toBe(401);
  });

  it('does not take a suspended or an expired licence: the upload is needed, and the application is refused without it', async () => {
    await changeLicence('suspend');
    expect((await sources('org')).m1).toMatchObject({
      sourcing: 'upload',
      reason: 'license_inactive',
      license: { licenseNo: licence.licenseNo, status: 'suspended' },
    });
    const refused = await submit('org', await ownFiles());
    expect(refused.statusCode).toBe(422);
    expect(problems(refused)).toEqual([
      [
        'materials.m1',
        'application.material_missing.license_inactive',
        `您的证照 ${licence.licenseNo} 已暂停、撤销或过期，不能自动获取，请上传“原食品经营许可证”`,
      ],
    ]);
    // The reviewer of the application filed before sees the licence as it stands now.
    expect((await fileOf(firstNo)).reusedMaterials[0].license).toMatchObject({
      status: 'suspended',
      statusReason: '测试',
    });
    // Uploaded instead, the application goes in, taking only the registry record.
    const withCopy = await submit('org', [
      ...(await ownFiles()),
      { materialId: 'm1', fileIds: [(await upload('org', 'm1')).json().fileId] },
    ]);
    expect(withCopy.statusCode, withCopy.body).toBe(201);
    expect(
      (await fileOf(withCopy.json().applicationNo)).reusedMaterials.map(
        (r: { materialId: string }) => r.materialId,
      ),
    ).toEqual(['m4']);

    await changeLicence('reinstate');
    expect((await sources('org')).m1?.sourcing).toBe('reused');
    const expire = (validUntil: string | null) =>
      t.ctx.db.updateTable('licenses').set({ validUntil }).where('id', '=', licence.id).execute();
    const { validUntil } = await t.ctx.db
      .selectFrom('licenses')
      .select('validUntil')
      .where('id', '=', licence.id)
      .executeTakeFirstOrThrow();
    await expire('2020-01-01');
    expect((await sources('org')).m1).toMatchObject({ sourcing: 'upload', license: { status: 'expired' } });
    expect((await submit('org', await ownFiles())).statusCode).toBe(422);
    await expire(validUntil);
  });

  it('signs the declaration with the organisation’s own seal: it verifies, and a changed answer does not', async () => {
    const res = await submit('org', await ownFiles(), { signWithOrganizationSeal: true });
    expect(res.statusCode, res.body).toBe(201);
    const no = res.json().applicationNo;
    const verified = (
      await get(`/api/v1/workbench/applications/${no}/declaration-seal`, 'reviewer.sj')
    ).json();
    expect(verified).toMatchObject({
      status: 'valid',
      signer: '佛山市示例科技有限公司',
      algorithm: 'SM2-SM3',
    });
    expect(JSON.parse(verified.content)).toMatchObject({
      applicationNo: no,
      matterCode: RENEWAL,
      matterVersionId: versionId,
      reused: [
        { materialId: 'm1', kind: 'license', licenseNo: licence.licenseNo },
        { materialId: 'm4', kind: 'shared_data', licenseNo: null },
      ],
    });
    // The key is the company's: anyone may read its public part.
    const key = (await get(`/api/v1/seals/public-keys/${verified.keyId}`)).json();
    expect(key).toMatchObject({ ownerType: 'organization', ownerName: '佛山市示例科技有限公司' });
    expect((await get(`/api/v1/applications/${no}/declaration-seal`, 'org')).json().status).toBe('valid');
    expect((await fileOf(no)).declarationSeal).toMatchObject({ status: 'valid', keyId: verified.keyId });
    const uses = await t.ctx.db
      .selectFrom('auditRecords')
      .select('detail')
      .where('action', '=', 'seal.sign')
      .where('objectId', '=', verified.keyId)
      .execute();
    expect(uses).toHaveLength(1);

    // One changed answer in the stored application: the seal no longer covers it.
    const id = await idOf(no);
    await t.ctx.db
      .updateTable('applications')
      .set({ formDataEnc: t.ctx.cipher.encrypt(JSON.stringify({ reason: '篡改后的理由' })) })
      .where('id', '=', id)
      .execute();
    expect(
      (await get(`/api/v1/workbench/applications/${no}/declaration-seal`, 'reviewer.sj')).json().status,
    ).toBe('invalid');
    expect((await fileOf(no)).declarationSeal.status).toBe('invalid');

    // Only for those on the case or the applicant; a declaration signed without a seal has none.
    expect(
      (await get(`/api/v1/workbench/applications/${no}/declaration-seal`, 'reviewer.zrzy')).statusCode,
    ).toBe(404);
    expect((await get(`/api/v1/applications/${no}/declaration-seal`, 'zhangsan')).statusCode).toBe(404);
    expect(
      (await get(`/api/v1/workbench/applications/${firstNo}/declaration-seal`, 'reviewer.sj')).statusCode,
    ).toBe(404);
  });

  it('signs only for an organisation, and says so when it has no seal key', async () => {
    const person = await submit('zhangsan', [], { signWithOrganizationSeal: true });
    expect(person.statusCode).toBe(422);
    expect(problems(person)).toEqual([
      [
        'signWithOrganizationSeal',
        'application.seal_not_organization',
        '只有以单位身份办事时才能以单位电子印章签署',
      ],
    ]);
    const before = await t.ctx.db
      .selectFrom('applications')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const slot = await t.ctx.db
      .selectFrom('sealKeys')
      .select(['id', 'activeSlot'])
      .where('ownerType', '=', 'organization')
      .where('activeSlot', 'is not', null)
      .executeTakeFirstOrThrow();
    // As if the security administrator had not made one yet: the key is retired.
    await t.ctx.db
      .updateTable('sealKeys')
      .set({ activeSlot: null, retiredAt: new Date().toISOString() })
      .where('id', '=', slot.id)
      .execute();
    try {
      const none = await submit('org', await ownFiles(), { signWithOrganizationSeal: true });
      expect(none.statusCode).toBe(422);
      expect(problems(none)[0]?.slice(0, 2)).toEqual([
        'signWithOrganizationSeal',
        'application.seal_unavailable',
      ]);
    } finally {
      await t.ctx.db
        .updateTable('sealKeys')
        .set({ activeSlot: slot.activeSlot, retiredAt: null })
        .where('id', '=', slot.id)
        .execute();
    }
    const after = await t.ctx.db
      .selectFrom('applications')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('keeps the 零提交 counters in step with the applications, and shows them to supervisors', async () => {
    const sum = async (column: string) =>
      Number(
        (
          await t.ctx.db
            .selectFrom('zeroSubmissionCounters')
            .select((eb) => eb.fn.sum<number>(column).as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const count = async (table: string) =>
      Number(
        (
          await t.ctx.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const applications = await t.ctx.db
      .selectFrom('applications')
      .select(['id', 'reusedMaterials'])
      .execute();
    const handedIn = await t.ctx.db
      .selectFrom('applicationMaterials')
      .select(['applicationId', 'materialId'])
      .distinct()
      .execute();
    expect(await sum('applications')).toBe(applications.length);
    expect(await sum('materialsReused')).toBe(await count('applicationReusedMaterials'));
    expect(await sum('materialsReused')).toBe(
      applications.reduce((n, a) => n + Number(a.reusedMaterials), 0),
    );
    expect(await sum('materialsHandedIn')).toBe(handedIn.length);
    expect(await sum('applicationsWithReuse')).toBe(
      applications.filter((a) => Number(a.reusedMaterials) > 0).length,
    );

    const stats = await get('/api/v1/supervision/zero-submission', 'supervisor');
    expect(stats.statusCode, stats.body).toBe(200);
    const { total, departments } = stats.json();
    // Two renewals took the licence and the record, one the record only; the food applications took nothing.
    expect(total).toMatchObject({
      applications: applications.length,
      applicationsWithReuse: 3,
      materialsReused: 5,
    });
    expect(total.reuseRate).toBeCloseTo(5 / (5 + handedIn.length));
    expect(departments).toEqual([
      expect.objectContaining({
        departmentCode: 'FS-SJ',
        departmentName: '佛山市市场监督管理局',
        shareOfReused: 1,
      }),
    ]);

    // A head of department sees their own department only; others see nothing.
    const own = (await get('/api/v1/supervision/zero-submission', 'head.zrzy')).json();
    expect(own.total.applications).toBe(0);
    expect(own.departments).toEqual([]);
    expect((await get('/api/v1/supervision/zero-submission', 'reviewer.sj')).statusCode).toBe(403);
    expect((await get('/api/v1/supervision/zero-submission', 'zhangsan')).statusCode).toBe(403);
    expect((await get('/api/v1/supervision/zero-submission')).statusCode).toBe(401);
    const past = (
      await get('/api/v1/supervision/zero-submission?from=2020-01-01&to=2020-12-31', 'supervisor')
    ).json();
    expect(past.total.applications).toBe(0);
    const backwards = await get(
      '/api/v1/supervision/zero-submission?from=2026-02-01&to=2026-01-01',
      'supervisor',
    );
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors[0]).toMatchObject({
      field: 'from',
      code: 'application.zero_submission_range',
    });
    // A date that is none, alone (the default start is counted back from it) or with another.
    for (const [query, fields] of [
      ['to=2026-13-45', ['to']],
      [`to=${encodeURIComponent('𝟺')}`, ['to']],
      ['from=2026-02-30&to=yesterday', ['from', 'to']],
    ] as const) {
      const bad = await get(`/api/v1/supervision/zero-submission?${query}`, 'supervisor');
      expect(bad.statusCode, bad.body).toBe(400);
      expect(bad.headers['content-type']).toContain('application/problem+json');
      expect(bad.json().errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual(
        fields.map((f) => [f, 'calendar.invalid_date']),
      );
    }
  });

  it('shows the reviewer a revoked licence as revoked, and a changed one as tampered', async () => {
    await changeLicence('revoke');
    expect((await fileOf(firstNo)).reusedMaterials[0].license.status).toBe('revoked');
    expect((await sources('org')).m1).toMatchObject({ sourcing: 'upload', license: { status: 'revoked' } });
    await t.ctx.db
      .updateTable('licenses')
      .set({ validFrom: '2000-01-01' })
      .where('id', '=', licence.id)
      .execute();
    expect((await fileOf(firstNo)).reusedMaterials[0].license.status).toBe('tampered');
  });
});
