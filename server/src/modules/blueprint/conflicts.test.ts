import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tablesOf } from '../../platform/db/index.js';
import { databaseKinds } from '../../test-support/databases.js';
import { createTestApp, login, type TestApp } from '../../test-support/test-app.js';
import { box, boxAreaM2, collection, importLayerFile } from './blueprint.fixture.js';

// Farmland half inside the development boundary; a water source under a residential parcel
// and a park. Expected: two cases (farmland/boundary for 自然资源 alone; water source/parcels
// for 生态环境 and 自然资源), the park being no construction land.
const LAYERS = [
  {
    fields: {
      code: 'c.farmland',
      name: '永久基本农田',
      nameEn: 'Farmland',
      departmentCode: 'FS-ZRZY',
      elementClass: 'basic_farmland',
      rule: 'forbidden',
    },
    file: collection([{ geometry: box(113.0, 23.0, 113.02, 23.01), properties: { name: '农田1' } }]),
  },
  {
    fields: {
      code: 'c.boundary',
      name: '城镇开发边界',
      nameEn: 'Boundary',
      departmentCode: 'FS-ZRZY',
      elementClass: 'urban_boundary',
      rule: 'allowed',
    },
    file: collection([{ geometry: box(113.01, 22.99, 113.05, 23.02), properties: { name: '边界' } }]),
  },
  {
    fields: {
      code: 'c.water',
      name: '饮用水水源保护区',
      nameEn: 'Water source',
      departmentCode: 'FS-ST',
      elementClass: 'water_source',
      rule: 'forbidden',
    },
    file: collection([{ geometry: box(113.1, 23.1, 113.12, 23.11), properties: { name: '水源地' } }]),
  },
  {
    fields: {
      code: 'c.parcels',
      name: '控规',
      nameEn: 'Parcels',
      departmentCode: 'FS-ZRZY',
      elementClass: 'regulatory_parcel',
      rule: 'allowed',
    },
    file: collection([
      { geometry: box(113.11, 23.1, 113.13, 23.11), properties: { name: 'R2地块', landUseCode: 'R2' } },
      { geometry: box(113.09, 23.1, 113.1, 23.11), properties: { name: '公园', landUseCode: 'G1' } },
      { geometry: box(113.095, 23.095, 113.105, 23.1), properties: { name: 'M1地块', landUseCode: 'M1' } },
    ]),
  },
];

type Who = 'admin' | 'zrzy' | 'headZrzy' | 'st' | 'zj' | 'supervisor' | 'person';

describe.each(databaseKinds())('conflict coordination on %s', (kind) => {
  let t: TestApp;
  const cookies = {} as Record<Who, string>;
  const get = (who: Who, url: string) => t.app.inject({ url, headers: { cookie: cookies[who] } });
  const post = (who: Who, url: string, payload: object = {}) =>
    t.app.inject({ method: 'POST', url, headers: { cookie: cookies[who] }, payload });
  const audit = (action: string) =>
    tablesOf<{ auditRecords: { action: string } }>(t.ctx.db)
      .selectFrom('auditRecords')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('action', '=', action)
      .executeTakeFirstOrThrow()
      .then((r) => Number(r.n));
  let farmlandCase: string;
  let waterCase: string;

  beforeAll(async () => {
    t = await createTestApp(kind);
    cookies.person = await login(t.app, '13800138001');
    for (const [who, user] of [
      ['admin', 'sysadmin'],
      ['zrzy', 'reviewer.zrzy'],
      ['headZrzy', 'head.zrzy'],
      ['st', 'handler.st'],
      ['zj', 'reviewer.zj'],
      ['supervisor', 'supervisor'],
    ] as const)
      cookies[who] = await login(t.app, user, { staff: true });
    for (const layer of LAYERS)
      expect((await importLayerFile(t.app, cookies.admin, layer.fields, layer.file)).statusCode).toBe(201);
  }, 120_000);
  afterAll(() => t?.close());

  it('finds the contradictions and opens one case each, once', async () => {
    expect((await post('zrzy', '/api/v1/blueprint/conflicts/scan')).statusCode).toBe(403);
    const scan = await post('admin', '/api/v1/blueprint/conflicts/scan');
    expect(scan.statusCode, scan.body).toBe(200);
    expect(scan.json()).toMatchObject({ found: 2, opened: 2 });
    expect(await audit('blueprint.conflict.open')).toBe(2);
    expect((await post('admin', '/api/v1/blueprint/conflicts/scan')).json()).toMatchObject({
      found: 2,
      opened: 0,
    });

    const all = (await get('supervisor', '/api/v1/blueprint/conflicts')).json();
    expect(all.total).toBe(2);
    const farmland = all.items.find((c: { kind: string }) => c.kind === 'basic_farmland/urban_boundary');
    const water = all.items.find((c: { kind: string }) => c.kind === 'water_source/regulatory_parcel');
    farmlandCase = farmland.id;
    waterCase = water.id;
    expect(farmland).toMatchObject({
      status: 'open',
      departments: [{ code: 'FS-ZRZY', name: '佛山市自然资源局' }],
      a: { featureName: '农田1', layer: { code: 'c.farmland' } },
      b: { featureName: '边界', layer: { code: 'c.boundary' } },
      bbox: [113.01, 23.0, 113.02, 23.01],
    });
    expect(farmland.overlapAreaM2 / boxAreaM2(113.01, 23.0, 113.02, 23.01)).toBeCloseTo(1, 6);
    // The park is green space: only the residential parcel's overlap counts.
    expect(water).toMatchObject({
      departments: [{ code: 'FS-ST' }, { code: 'FS-ZRZY' }],
      b: { featureName: 'R2地块' },
    });
    expect(water.overlapAreaM2 / boxAreaM2(113.11, 23.1, 113.12, 23.11)).toBeCloseTo(1, 6);
    const events = await tablesOf<{ outboxEvents: { topic: string } }>(t.ctx.db)
      .selectFrom('outboxEvents')
      .select('topic')
      .where('topic', '=', 'blueprint.conflict_opened')
      .execute();
    expect(events).toHaveLength(2);
  });

  it('shows a department only the cases that involve it', async () => {
    const ids = async (who: Who) =>
      (await get(who, '/api/v1/blueprint/conflicts'))
        .json()
        .items.map((c: { id: string }) => c.id)
        .sort();
    expect(await ids('zrzy')).toEqual([farmlandCase, waterCase].sort());
    expect(await ids('st')).toEqual([waterCase]);
    expect(await ids('zj')).toEqual([]);
    expect((await get('st', `/api/v1/blueprint/conflicts/${farmlandCase}`)).statusCode).toBe(404);
    expect((await get('zj', `/api/v1/blueprint/conflicts/${waterCase}`)).statusCode).toBe(404);
    expect(
      (await post('st', `/api/v1/blueprint/conflicts/${farmlandCase}/opinions`, { opinion: '无意见' }))
        .statusCode,
    ).toBe(404);
    expect((await get('person', '/api/v1/blueprint/conflicts')).statusCode).toBe(403);
    const detail = (await get('st', `/api/v1/blueprint/conflicts/${waterCase}`)).json();
    expect(detail).toMatchObject({ actions: ['opinion'], opinions: [], overlap: { type: 'MultiPolygon' } });
    expect((await get('supervisor', `/api/v1/blueprint/conflicts/${waterCase}`)).json().actions).toEqual([
      'resolve',
    ]);
  });

  it('decides a case only when every department involved has given its opinion, once', async () => {
    const url = `/api/v1/blueprint/conflicts/${waterCase}`;
    const early = await post('supervisor', `${url}/resolve`, { decision: 'keep_a', resolution: '调整控规' });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'blueprint.conflict.opinions_missing' });
    expect(early.json().title).toContain('佛山市生态环境局');
    const opinion = await post('st', `${url}/opinions`, {
      opinion: '水源保护区内不得建设，建议调出居住用地',
    });
    expect(opinion.statusCode, opinion.body).toBe(201);
    expect(opinion.json().opinions).toMatchObject([{ department: { code: 'FS-ST' }, author: 'handler.st' }]);
    expect(
      (await post('supervisor', `${url}/resolve`, { decision: 'keep_a', resolution: '调整控规' })).json()
        .title,
    ).toContain('佛山市自然资源局');
    expect((await post('zrzy', `${url}/opinions`, { opinion: '同意调整控规' })).statusCode).toBe(201);
    // A reviewer gives opinions but does not decide.
    expect(
      (await post('zrzy', `${url}/resolve`, { decision: 'keep_a', resolution: '调整控规' })).statusCode,
    ).toBe(403);
    const bad = await post('headZrzy', `${url}/resolve`, { decision: 'maybe', resolution: '' });
    expect(bad.statusCode).toBe(400);
    const decided = await post('headZrzy', `${url}/resolve`, {
      decision: 'keep_a',
      resolution: '调整控规，R2 地块调出水源保护区',
    });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json()).toMatchObject({
      status: 'resolved',
      decision: 'keep_a',
      resolvedBy: 'head.zrzy',
      actions: [],
    });
    const again = await post('supervisor', `${url}/resolve`, { decision: 'no_conflict', resolution: '再议' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('blueprint.conflict.resolved');
    expect((await post('st', `${url}/opinions`, { opinion: '补充' })).statusCode).toBe(409);
    expect(await audit('blueprint.conflict.opinion')).toBe(2);
    expect(await audit('blueprint.conflict.resolve')).toBe(1);
    expect((await get('st', '/api/v1/blueprint/conflicts?status=resolved')).json().total).toBe(1);
    expect((await get('st', '/api/v1/blueprint/conflicts?status=open')).json().total).toBe(0);
  });
});
