import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessDateOf } from '../../platform/calendar/index.js';
import { tablesOf } from '../../platform/db/index.js';
import { DEMO_ORGANIZATION } from '../../seed/demo-accounts.js';
import { databaseKinds } from '../../test-support/databases.js';
import { createTestApp, login, type TestApp } from '../../test-support/test-app.js';
import { workingCalendar } from '../calendar/index.js';
import { box, importLayerFile, TEST_LAYERS } from './blueprint.fixture.js';
import { planningOf } from './index.js';

type Who = 'admin' | 'org' | 'person' | 'zrzy' | 'sl' | 'zj' | 'supervisor' | 'fg';

describe.each(databaseKinds())('project planning on %s', (kind) => {
  let t: TestApp;
  const cookies = {} as Record<Who, string>;
  const get = (who: Who, url: string) => t.app.inject({ url, headers: { cookie: cookies[who] } });
  const post = (who: Who, url: string, payload: object) =>
    t.app.inject({ method: 'POST', url, headers: { cookie: cookies[who] }, payload });

  beforeAll(async () => {
    t = await createTestApp(kind);
    cookies.org = await login(t.app, DEMO_ORGANIZATION.creditCode);
    cookies.person = await login(t.app, '13800138001');
    for (const [who, user] of [
      ['admin', 'sysadmin'],
      ['zrzy', 'reviewer.zrzy'],
      ['zj', 'reviewer.zj'],
      ['supervisor', 'supervisor'],
      ['fg', 'reviewer.fg'],
    ] as const)
      cookies[who] = await login(t.app, user, { staff: true });
    for (const layer of Object.values(TEST_LAYERS))
      expect((await importLayerFile(t.app, cookies.admin, layer.fields, layer.file)).statusCode).toBe(201);
  }, 120_000);
  afterAll(() => t?.close());

  // Over the R2 parcel and the river's management area (水利局, restricted).
  const body = {
    name: '佛山市示例科技研发中心',
    site: box(113.112, 23.008, 113.118, 23.013),
    categoryCode: 'gov_building',
    intendedUse: 'R2',
    floorAreaRatio: 2.0,
    heightM: 60,
    greenRatio: 0.35,
  };

  it('plans the stages and matters, checks the site and asks the departments concerned, due in five working days', async () => {
    const res = await post('org', '/api/v1/blueprint/plannings', body);
    expect(res.statusCode, res.body).toBe(201);
    const planning = res.json();
    expect(planning).toMatchObject({ name: body.name, categoryCode: 'gov_building', result: 'conditional' });
    expect(planning.stages.map((s: { stage: string }) => s.stage)).toEqual([
      'land_planning',
      'engineering_permit',
      'construction_permit',
      'completion_acceptance',
    ]);
    expect(planning.stages[0]).toMatchObject({
      name: '立项用地规划许可',
      leadDepartment: '佛山市发展和改革局',
      matters: expect.arrayContaining(['440600-ZRZY-0101']),
    });
    // Counted from Foshan's business date of the request, not its UTC date (they differ before 08:00).
    const due = (await workingCalendar(t.ctx)).addWorkingDays(
      businessDateOf(new Date(planning.createdAt)),
      5,
    );
    expect(planning.preOpinions).toEqual([
      expect.objectContaining({
        department: { code: 'FS-FG', name: '佛山市发展和改革局' },
        status: 'pending',
        reason: '牵头立项用地规划许可',
      }),
      expect.objectContaining({
        department: { code: 'FS-SL', name: '佛山市水利局' },
        reason: '测试河道管理范围（有条件通过）',
      }),
    ]);
    for (const p of planning.preOpinions) expect(p.dueOn).toBe(due);
    // The check is stored like any other and readable by the organisation.
    const check = await get('org', `/api/v1/blueprint/checks/${planning.checkId}`);
    expect(check.json()).toMatchObject({ result: 'conditional' });
    expect(await planningOf(t.ctx, planning.id)).toEqual(planning);
    const audit = await tablesOf<{ auditRecords: { action: string; objectId: string; seq: number } }>(
      t.ctx.db,
    )
      .selectFrom('auditRecords')
      .select('action')
      .where('objectId', 'in', [planning.id, planning.checkId])
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['blueprint.check', 'blueprint.planning.create']);
  });

  it('shows a planning to its maker, the departments asked and supervisors; takes each department’s opinion once', async () => {
    const id = (await post('org', '/api/v1/blueprint/plannings', body)).json().id;
    const url = `/api/v1/blueprint/plannings/${id}`;
    expect((await get('fg', url)).statusCode).toBe(200);
    expect((await get('supervisor', url)).statusCode).toBe(200);
    expect((await get('zj', url)).statusCode).toBe(404);
    expect((await get('person', url)).statusCode).toBe(403);
    expect((await post('zj', `${url}/opinions`, { opinion: '无意见' })).statusCode).toBe(404);
    const answered = await post('fg', `${url}/opinions`, { opinion: '符合产业政策，同意开展前期工作' });
    expect(answered.statusCode, answered.body).toBe(201);
    expect(answered.json().preOpinions[0]).toMatchObject({
      status: 'answered',
      opinion: '符合产业政策，同意开展前期工作',
    });
    const twice = await post('fg', `${url}/opinions`, { opinion: '再次' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('blueprint.planning.answered');
    const staffPlanning = (await post('zrzy', '/api/v1/blueprint/plannings', body)).json().id;
    expect((await get('org', `/api/v1/blueprint/plannings/${staffPlanning}`)).statusCode).toBe(404);
  });

  it('lists to a department what it is asked about, to an agent its organisation’s plans, to supervisors all', async () => {
    const ids = async (who: Who, query = '') =>
      (await get(who, `/api/v1/blueprint/plannings${query}`)).json().items.map((p: { id: string }) => p.id);
    const fresh = (await post('org', '/api/v1/blueprint/plannings', body)).json().id;
    const all = await ids('supervisor');
    expect(all[0]).toBe(fresh);
    expect(await ids('org')).toContain(fresh);
    expect(await ids('fg')).toContain(fresh);
    expect(await ids('zj')).toEqual([]);
    // 发改 answered the second test's plan: no longer waiting for it, still listed.
    const waiting = await ids('fg', '?waiting=true');
    const listed = await ids('fg');
    expect(waiting).toContain(fresh);
    expect(waiting.length).toBe(listed.length - 1);
    // 自然资源's reviewer made one himself, which no department of his is asked about.
    expect(await ids('zrzy', '?waiting=true')).toEqual([]);
    expect((await ids('zrzy')).length).toBe(1);
    expect((await get('person', '/api/v1/blueprint/plannings')).statusCode).toBe(403);
    const page = (await get('supervisor', '/api/v1/blueprint/plannings?pageSize=1&page=2')).json();
    expect(page).toMatchObject({ page: 2, pageSize: 1, total: all.length });
    expect(page.items[0].id).toBe(all[1]);
  });

  it('refuses an unknown category with a field error and stores nothing', async () => {
    const res = await post('org', '/api/v1/blueprint/plannings', { ...body, categoryCode: 'castle' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      { field: 'categoryCode', code: 'blueprint.category_unknown', message: '未知的项目分类' },
    ]);
  });
});
