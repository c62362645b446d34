import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditCodeCheckChar } from '../../platform/validation/index.js';
import { DEMO_ORGANIZATION } from '../../seed/demo-accounts.js';
import { databaseKinds } from '../../test-support/databases.js';
import { createTestApp, login, sessionCookie, type TestApp } from '../../test-support/test-app.js';
import { FOSHAN_PROJECT_CATEGORIES } from './categories.js';
import { projectMigrations } from './migrations.js';
import { block, projectBody } from './projects.fixture.js';
import { STAGES } from './vocabulary.js';

describe.each(databaseKinds())('construction projects on %s', (kind) => {
  let t: TestApp;
  type Who =
    | 'org'
    | 'other'
    | 'otherCreditCode'
    | 'person'
    | 'reviewer.zj'
    | 'reviewer.sj'
    | 'handler.st'
    | 'supervisor'
    | 'clerk.city';
  const cookies = {} as Record<Who, string>;

  const register = (
    cookie: string | undefined,
    body: object,
    key: string | null = randomUUID(),
    lang = 'zh-CN',
  ) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/projects',
      headers: {
        ...(cookie ? { cookie } : {}),
        ...(key ? { 'idempotency-key': key } : {}),
        'accept-language': lang,
      },
      payload: body,
    });
  const get = (cookie: string | undefined, url: string, lang = 'zh-CN') =>
    t.app.inject({ url, headers: { ...(cookie ? { cookie } : {}), 'accept-language': lang } });

  beforeAll(async () => {
    t = await createTestApp(kind, {}, {}, { catalogue: true });
    cookies.org = await login(t.app, DEMO_ORGANIZATION.creditCode);
    cookies.person = await login(t.app, '13800138001');
    for (const u of ['reviewer.zj', 'reviewer.sj', 'handler.st', 'supervisor', 'clerk.city'] as const)
      cookies[u] = await login(t.app, u, { staff: true });
    // A second company, to hold its own projects and see none of the first one's.
    const other = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: {
        kind: 'organization',
        name: '佛山市三水区测试建材有限公司',
        creditCode: `91440607MA51ABCD1${creditCodeCheckChar('91440607MA51ABCD1')}`,
        legalRepresentativeName: '陈小明',
        legalRepresentativeIdNumber: '440607198811114024',
        mobile: '13512345679',
        password: 'Sanshui#2026',
      },
    });
    cookies.other = sessionCookie(other);
    cookies.otherCreditCode = other.json().account.creditCode;
  });
  afterAll(() => t.close());

  it('moves 社会投资房屋建筑类’s 水土保持方案 to stage 1 in a database configured before, once', async () => {
    const rows = () =>
      t.ctx.db
        .selectFrom('projectStageMatters')
        .select(['stage', 'matterCode', 'position'])
        .where('categoryCode', '=', 'social_building')
        .where('stage', 'in', ['land_planning', 'engineering_permit'])
        .orderBy('stage')
        .orderBy('position')
        .execute();
    const now = await rows();
    expect(now.filter((r) => r.stage === 'land_planning').map((r) => r.matterCode)).toEqual([
      '440600-FG-0001',
      '440600-ZRZY-0102',
      '440600-SL-0001',
    ]);
    // As 1200_projects first configured it: the plan at 工程建设许可, after the three others.
    const soilPlan = { categoryCode: 'social_building', matterCode: '440600-SL-0001' } as const;
    await t.ctx.db
      .deleteFrom('projectStageMatters')
      .where('categoryCode', '=', soilPlan.categoryCode)
      .where('matterCode', '=', soilPlan.matterCode)
      .execute();
    await t.ctx.db
      .insertInto('projectStageMatters')
      .values({ ...soilPlan, stage: 'engineering_permit', position: 3 })
      .execute();
    const migration = projectMigrations.find(
      (m) => m.name === '1230_social_building_soil_plan_at_stage_one',
    )!;
    await migration.up(t.ctx.db, kind);
    expect(await rows()).toEqual(now);
    await migration.up(t.ctx.db, kind);
    expect(await rows()).toEqual(now);
  });

  it('seeds the Foshan categories: stages in order, each led by a department, every matter published, the caps', async () => {
    const res = await get(undefined, '/api/v1/projects/categories');
    expect(res.statusCode).toBe(200);
    const { items } = res.json();
    expect(items.length).toBeGreaterThanOrEqual(9);
    expect(items.map((c: { code: string }) => c.code)).toEqual(FOSHAN_PROJECT_CATEGORIES.map((c) => c.code));
    const cap = (code: string) => items.find((c: { code: string }) => c.code === code).capWorkingDays;
    expect([cap('gov_building'), cap('gov_road')]).toEqual([45, 45]);
    expect([cap('social_planned_land_industry'), cap('fit_out')]).toEqual([15, 15]);
    expect([cap('small'), cap('industrial'), cap('other')]).toEqual([20, 30, 45]);
    for (const category of items) {
      const order = category.stages.map((s: { stage: string }) => STAGES.indexOf(s.stage as never));
      expect(order).toEqual([...order].sort());
      for (const stage of category.stages) {
        expect(stage.leadDepartment).not.toBeNull();
        expect(stage.unpublishedMatterCodes).toEqual([]);
        expect(stage.matters.length).toBeGreaterThan(0);
        for (const m of stage.matters) expect(m.department).not.toBeNull();
      }
    }
    const building = items.find((c: { code: string }) => c.code === 'gov_building');
    expect(building.stages.map((s: { name: string }) => s.name)).toEqual([
      '立项用地规划许可',
      '工程建设许可',
      '施工许可',
      '竣工验收',
    ]);
    expect(building.stages[0].leadDepartment).toEqual({ code: 'FS-FG', name: '佛山市发展和改革局' });
    expect(building.stages[2].matters[0]).toMatchObject({
      code: '440600-ZJ-0201',
      name: '建筑工程施工许可证核发',
      department: { code: 'FS-ZJ' },
      legalLimitDays: 7,
    });
    const openapi = (await get(undefined, '/api/openapi.json')).json();
    expect(Object.keys(openapi.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/projects',
        '/api/v1/projects/{id}',
        '/api/v1/projects/categories',
        '/api/v1/projects/categories/{code}/stages/{stage}/form',
      ]),
    );
    const english = (await get(undefined, '/api/v1/projects/categories', 'en-US')).json().items[0];
    expect(english).toMatchObject({ name: 'Government-invested buildings' });
    expect(english.stages[2].name).toBe('Construction permit');
  });

  it('merges a stage’s forms into one: shared fields asked once, materials once, savings counted', async () => {
    const res = await get(
      undefined,
      '/api/v1/projects/categories/gov_building/stages/construction_permit/form',
    );
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.stage.matters.map((m: { code: string }) => m.code)).toEqual([
      '440600-ZJ-0201',
      '440600-ZJ-0202',
      '440600-ZJ-0203',
      '440600-CG-0001',
    ]);
    // The applicant and project blocks every matter asks for are asked once, for all four.
    expect(body.fieldSources.creditCode).toHaveLength(4);
    expect(body.fieldSources.projectCode.map((s: { matterCode: string }) => s.matterCode)).toEqual(
      body.stage.matters.map((m: { code: string }) => m.code),
    );
    expect(Object.keys(body.form.schema.properties)).toContain('creditCode');
    expect(body.form.uiSchema['ui:order'].filter((n: string) => n === 'creditCode')).toHaveLength(1);
    const { savings } = body;
    expect(savings.fieldsSaved).toBeGreaterThan(0);
    expect(savings.fieldsSaved).toBe(savings.fieldsSeparately - savings.fieldsMerged);
    expect(savings.materialsMerged).toBe(body.materials.length);
    // 建设工程规划许可证 is asked by 施工许可 and 消防设计审查: one material, taken from the wallet.
    const planningPermit = body.materials.filter((m: { name: string }) => m.name === '建设工程规划许可证');
    expect(planningPermit).toHaveLength(1);
    expect(planningPermit[0].sources.map((s: { matterCode: string }) => s.matterCode)).toEqual([
      '440600-ZJ-0201',
      '440600-ZJ-0202',
    ]);
    expect(savings.materialsSaved).toBeGreaterThanOrEqual(1);

    expect(
      (await get(undefined, '/api/v1/projects/categories/fit_out/stages/land_planning/form')).statusCode,
    ).toBe(404);
    expect(
      (await get(undefined, '/api/v1/projects/categories/nope/stages/land_planning/form')).statusCode,
    ).toBe(404);
    expect(
      (await get(undefined, '/api/v1/projects/categories/gov_building/stages/nope/form')).statusCode,
    ).toBe(400);
  });

  it('registers a project for the organisation: one transaction with its audit record and event, once per key', async () => {
    const key = randomUUID();
    const body = projectBody();
    const res = await register(cookies.org, body, key);
    expect(res.statusCode).toBe(201);
    const { project } = res.json();
    expect(project).toMatchObject({
      projectCode: body.projectCode,
      name: body.name,
      owner: { name: DEMO_ORGANIZATION.name, creditCode: DEMO_ORGANIZATION.creditCode },
      category: { code: 'gov_building', capWorkingDays: 45 },
      investmentFen: body.investmentFen,
      landAreaM2: 20_000,
      floorAreaM2: 56_000.5,
      intendedUse: 'industrial',
      contact: { name: '王五', mobile: '13800138003' },
      site: body.site,
    });
    expect(project.siteAreaM2).toBeGreaterThan(18_000);
    expect(project.siteAreaM2).toBeLessThan(22_000);
    expect(project.stages).toHaveLength(4);

    const row = await t.ctx.db
      .selectFrom('projects')
      .selectAll()
      .where('id', '=', project.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain('13800138003');
    expect(JSON.stringify(row)).not.toContain('王五');
    const audit = await t.ctx.db
      .selectFrom('auditRecords')
      .selectAll()
      .where('objectId', '=', project.id)
      .execute();
    expect(audit).toEqual([expect.objectContaining({ action: 'project.register', objectType: 'project' })]);
    const events = await t.ctx.db
      .selectFrom('outboxEvents')
      .selectAll()
      .where('topic', '=', 'project.registered')
      .execute();
    expect(events.map((e) => JSON.parse(e.payload).projectId)).toContain(project.id);

    const again = await register(cookies.org, body, key);
    expect(again.statusCode).toBe(200);
    expect(again.json().project.id).toBe(project.id);
    const other = await register(cookies.org, { ...body, name: '另一个项目' }, key);
    expect(other.statusCode).toBe(422);
    expect(other.json().code).toBe('project.idempotency_mismatch');
    expect(
      await t.ctx.db
        .selectFrom('projects')
        .select('id')
        .where('projectCode', '=', body.projectCode)
        .execute(),
    ).toHaveLength(1);

    const taken = await register(cookies.org, body);
    expect(taken.statusCode).toBe(409);
    expect(taken.json().errors).toEqual([
      expect.objectContaining({ field: 'projectCode', code: 'project.code_taken' }),
    ]);
  });

  it('answers racing registrations with one key with one project', async () => {
    const key = randomUUID();
    const body = projectBody();
    // Four at once: a retry may lose at the insert, or find the code taken before it gets there.
    const answers = await Promise.all([1, 2, 3, 4].map(() => register(cookies.org, body, key)));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 200, 200, 201]);
    expect(new Set(answers.map((a) => a.json().project.id)).size).toBe(1);
  });

  it('refuses a malformed project code, naming the segment, in the caller’s language', async () => {
    const res = await register(
      cookies.org,
      projectBody({ projectCode: '2020-110105-47-01-123456' }),
      randomUUID(),
      'en-US',
    );
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().errors).toEqual([
      {
        field: 'projectCode',
        code: 'project.code.division',
        message: 'The division in the project code must be Guangdong, Foshan or one of its districts',
      },
    ]);
    const zh = await register(cookies.org, projectBody({ projectCode: '2020-440604-47-01' }));
    expect(zh.json().errors[0]).toMatchObject({ field: 'projectCode', code: 'project.code.format' });
    expect(zh.json().errors[0].message).toContain('年份-行政区划-行业-类型-流水号');
  });

  it('refuses a red line that crosses itself, is open or lies outside Foshan', async () => {
    const bowtie = block();
    const ring = bowtie.coordinates[0]!;
    [ring[1], ring[2]] = [ring[2]!, ring[1]!];
    const crossing = await register(cookies.org, projectBody({ site: bowtie }));
    expect(crossing.statusCode).toBe(400);
    expect(crossing.json().errors).toEqual([
      expect.objectContaining({ field: 'site.coordinates.0', code: 'project.site.self_intersecting' }),
    ]);
    const open = block();
    open.coordinates[0]!.pop();
    expect((await register(cookies.org, projectBody({ site: open }))).json().errors).toEqual([
      expect.objectContaining({ field: 'site.coordinates.0', code: 'project.site.ring_not_closed' }),
    ]);
    const shenzhen = await register(cookies.org, projectBody({ site: block(114.06, 22.54) }));
    expect(shenzhen.json().errors[0]).toMatchObject({
      field: 'site.coordinates.0.0',
      code: 'project.site.outside_foshan',
      message: '坐标点超出佛山市范围',
    });
    const point = await register(
      cookies.org,
      projectBody({ site: { type: 'Point', coordinates: [113.1, 23.0] } }),
    );
    expect(point.statusCode).toBe(400);
    expect(point.json().errors[0].field).toBe('site.type');
  });

  it('registers only for the organisation the caller acts for, and only as an organisation', async () => {
    const wrongOwner = await register(cookies.other, projectBody());
    expect(wrongOwner.statusCode).toBe(403);
    expect(wrongOwner.json()).toMatchObject({
      code: 'project.owner_not_represented',
      errors: [expect.objectContaining({ field: 'ownerCreditCode' })],
    });
    expect((await register(cookies.person, projectBody())).statusCode).toBe(403);
    expect((await register(cookies['reviewer.zj'], projectBody())).statusCode).toBe(403);
    expect((await register(undefined, projectBody())).statusCode).toBe(401);
    const unknown = await register(cookies.org, projectBody({ categoryCode: 'castle' }));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([
      expect.objectContaining({ field: 'categoryCode', code: 'project.category_unknown' }),
    ]);
    const noKey = await register(cookies.org, projectBody(), null);
    expect(noKey.statusCode).toBe(400);
    expect(noKey.json().code).toBe('project.idempotency_key_required');
  });

  it('inherits its organisation’s planning (项目策划): the check’s result and the pre-opinions; not another’s, not of another category', async () => {
    const plan = (cookie: string, categoryCode: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/blueprint/plannings',
        headers: { cookie },
        payload: { name: '佛山市示例科技研发中心', site: block(), categoryCode, intendedUse: 'M1' },
      });
    const planned = await plan(cookies.org, 'gov_building');
    expect(planned.statusCode, planned.body).toBe(201);
    const planning = planned.json();

    const res = await register(cookies.org, projectBody({ planningId: planning.id }));
    expect(res.statusCode, res.body).toBe(201);
    const { project } = res.json();
    expect(project.planning).toMatchObject({
      id: planning.id,
      result: planning.result,
      checkId: planning.checkId,
      preOpinions: planning.preOpinions.map(({ id: _id, ...o }: { id: string }) => o),
    });
    expect(project.planning.preOpinions.length).toBeGreaterThan(0);
    const read = (await get(cookies.org, `/api/v1/projects/${project.id}`)).json();
    expect(read.planning.id).toBe(planning.id);
    const unplanned = (await register(cookies.org, projectBody())).json().project;
    expect(unplanned.planning).toBeNull();

    const mismatch = await register(
      cookies.org,
      projectBody({ planningId: planning.id, categoryCode: 'small' }),
    );
    expect(mismatch.statusCode).toBe(422);
    expect(mismatch.json().errors).toEqual([
      expect.objectContaining({ field: 'planningId', code: 'project.planning_category_mismatch' }),
    ]);
    // Another company's planning, and a made-up id, answer alike: no hint that it exists.
    const theirs = (await plan(cookies.other, 'small')).json();
    for (const planningId of [theirs.id, randomUUID()]) {
      const refused = await register(
        cookies.org,
        projectBody({ planningId, categoryCode: 'small' }),
        randomUUID(),
        'en-US',
      );
      expect(refused.statusCode).toBe(422);
      expect(refused.json().errors).toEqual([
        expect.objectContaining({ field: 'planningId', code: 'project.planning_unknown' }),
      ]);
    }
  });

  it('shows a project to its organisation, to the departments its stages involve (masked) and to supervisors', async () => {
    const mine = (await register(cookies.org, projectBody({ categoryCode: 'fit_out' }))).json().project;
    const theirs = (
      await register(
        cookies.other,
        projectBody({ ownerCreditCode: cookies.otherCreditCode, categoryCode: 'small' }),
      )
    ).json().project;

    const list = async (cookie: string) => (await get(cookie, '/api/v1/projects?pageSize=100')).json();
    const ids = async (cookie: string) => (await list(cookie)).items.map((p: { id: string }) => p.id);

    expect(await ids(cookies.org)).toContain(mine.id);
    expect(await ids(cookies.org)).not.toContain(theirs.id);
    expect(await ids(cookies.other)).toEqual([theirs.id]);
    expect((await get(cookies.other, `/api/v1/projects/${mine.id}`)).statusCode).toBe(404);

    // 住建 leads 施工许可 in every category; 生态环境 has a matter in 政府投资房屋建筑类 only
    // of these three (环评审批), none in 装饰装修工程 or 社会投资小型工程.
    const building = (await register(cookies.org, projectBody())).json().project;
    expect(await ids(cookies['reviewer.zj'])).toEqual(
      expect.arrayContaining([mine.id, theirs.id, building.id]),
    );
    const st = await ids(cookies['handler.st']);
    expect(st).toContain(building.id);
    expect(st).not.toContain(mine.id);
    expect(st).not.toContain(theirs.id);
    expect((await get(cookies['handler.st'], `/api/v1/projects/${mine.id}`)).statusCode).toBe(404);
    expect((await get(cookies['handler.st'], `/api/v1/projects/${building.id}`)).statusCode).toBe(200);
    expect(await ids(cookies['reviewer.sj'])).toEqual([]);

    const seenByStaff = (await get(cookies['reviewer.zj'], `/api/v1/projects/${mine.id}`)).json();
    expect(seenByStaff.contact).toEqual({ name: '王*', mobile: '138****8003' });
    const seenByOwner = (await get(cookies.org, `/api/v1/projects/${mine.id}`)).json();
    expect(seenByOwner.contact).toEqual({ name: '王五', mobile: '13800138003' });

    const all = await list(cookies.supervisor);
    expect(all.items.map((p: { id: string }) => p.id)).toEqual(expect.arrayContaining([mine.id, theirs.id]));
    expect(all.total).toBe(all.items.length);
    const filtered = (await get(cookies.supervisor, '/api/v1/projects?categoryCode=small')).json();
    expect(filtered.items.map((p: { id: string }) => p.id)).toEqual([theirs.id]);

    expect((await get(cookies['clerk.city'], '/api/v1/projects')).statusCode).toBe(403);
    expect((await get(cookies.person, '/api/v1/projects')).statusCode).toBe(403);
    expect((await get(undefined, '/api/v1/projects')).statusCode).toBe(401);
  });
});
