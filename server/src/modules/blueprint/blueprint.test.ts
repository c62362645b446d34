import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tablesOf } from '../../platform/db/index.js';
import { DEMO_ORGANIZATION } from '../../seed/demo-accounts.js';
import { databaseKinds } from '../../test-support/databases.js';
import { ensurePostgis } from '../../test-support/postgis.js';
import { zip } from '../../test-support/sample-files.js';
import { createTestApp, login, type TestApp } from '../../test-support/test-app.js';
import {
  bowtie,
  box,
  boxAreaM2,
  collection,
  importLayerFile,
  PARCEL_M1,
  REDLINE,
  TEST_LAYERS,
} from './blueprint.fixture.js';
import { evaluate } from './check-service.js';
import { createSpatialIndex } from './migrations.js';
import { siteSchema } from './schemas.js';
import { shapefileEntries, zippedShapefile } from './shapefile.fixture.js';

type Who = 'admin' | 'zrzy' | 'zj' | 'supervisor' | 'org' | 'person' | 'secadmin';

describe.each(databaseKinds())('blueprint on %s', (kind) => {
  let t: TestApp;
  const cookies = {} as Record<Who, string>;
  const get = (who: Who | null, url: string, lang = 'zh-CN') =>
    t.app.inject({ url, headers: { ...(who ? { cookie: cookies[who] } : {}), 'accept-language': lang } });
  const post = (who: Who | null, url: string, payload: object, lang = 'zh-CN') =>
    t.app.inject({
      method: 'POST',
      url,
      headers: { ...(who ? { cookie: cookies[who] } : {}), 'accept-language': lang },
      payload,
    });
  const count = async (table: string) =>
    Number(
      (
        await tablesOf<Record<string, { id: string }>>(t.ctx.db)
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const layerIds: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp(kind);
    if (t.ctx.dialect === 'postgres') {
      await ensurePostgis(t.ctx.db);
      await createSpatialIndex(t.ctx.db);
    }
    cookies.org = await login(t.app, DEMO_ORGANIZATION.creditCode);
    cookies.person = await login(t.app, '13800138001');
    for (const [who, user] of [
      ['admin', 'sysadmin'],
      ['zrzy', 'reviewer.zrzy'],
      ['zj', 'reviewer.zj'],
      ['supervisor', 'supervisor'],
      ['secadmin', 'secadmin'],
    ] as const)
      cookies[who] = await login(t.app, user, { staff: true });
    for (const [key, layer] of Object.entries(TEST_LAYERS)) {
      const res = await importLayerFile(t.app, cookies.admin, layer.fields, layer.file);
      expect(res.statusCode, res.body).toBe(201);
      layerIds[key] = res.json().id;
    }
  }, 120_000);
  afterAll(() => t?.close());

  it('lists the layers with their department, rule, version, count and extent', async () => {
    const res = await get('zj', '/api/v1/blueprint/layers');
    expect(res.statusCode).toBe(200);
    const parcels = res.json().items.find((l: { code: string }) => l.code === 'test.regulatory');
    expect(parcels).toMatchObject({
      name: '测试控制性详细规划',
      department: { code: 'FS-ZRZY', name: '佛山市自然资源局' },
      elementClass: 'regulatory_parcel',
      rule: 'allowed',
      condition: null,
      version: 1,
      featureCount: 2,
      bbox: [113.11, 23.0, 113.13, 23.01],
      color: '#f4a582',
    });
    expect((await get(null, '/api/v1/blueprint/layers')).statusCode).toBe(401);
    expect((await get('person', '/api/v1/blueprint/layers')).statusCode).toBe(403);
    expect((await get('secadmin', '/api/v1/blueprint/layers')).statusCode).toBe(403);
  });

  it('serves a layer’s features as GeoJSON within a window, with the regulatory attributes by name', async () => {
    const all = await get('zrzy', `/api/v1/blueprint/layers/${layerIds.parcels}/features`);
    expect(all.statusCode).toBe(200);
    expect(all.json().truncated).toBe(false);
    const [first] = all
      .json()
      .features.filter((f: { properties: { name: string } }) => f.properties.name === 'CC-A02');
    // Shapefile-style names (YDDM, RJL …) come out as the contract's.
    expect(first.properties).toMatchObject({
      landUseCode: 'M1',
      maxFloorAreaRatio: 2,
      maxHeightM: 40,
      minGreenRatio: 0.15,
    });
    expect(first.geometry).toEqual(box(...PARCEL_M1));
    const west = await get(
      'zrzy',
      `/api/v1/blueprint/layers/${layerIds.parcels}/features?bbox=113.105,23.0,113.115,23.01`,
    );
    expect(west.json().features.map((f: { properties: { name: string } }) => f.properties.name)).toEqual([
      'CC-A01',
    ]);
    const one = await get('zrzy', `/api/v1/blueprint/layers/${layerIds.parcels}/features?limit=1`);
    expect(one.json()).toMatchObject({ truncated: true });
    expect(one.json().features).toHaveLength(1);
    const detail = await get('zrzy', `/api/v1/blueprint/features/${first.id}`);
    expect(detail.json()).toMatchObject({ id: first.id, layer: { code: 'test.regulatory', version: 1 } });
    const inverted = await get(
      'zrzy',
      `/api/v1/blueprint/layers/${layerIds.parcels}/features?bbox=113.2,23.0,113.1,23.1`,
    );
    expect(inverted.statusCode).toBe(400);
    expect((await get('zrzy', `/api/v1/blueprint/layers/${first.id}/features`)).statusCode).toBe(404);
  });

  it('refuses a file with bad features, naming each and why, and keeps nothing of it', async () => {
    const before = {
      layers: await count('blueprint_layers'),
      features: await count('blueprint_features'),
      audit: await count('audit_records'),
    };
    const [w, s, e, n] = REDLINE;
    const file = collection([
      { geometry: box(113.2, 23.1, 113.21, 23.11) },
      {
        geometry: bowtie(w, s, e, n),
      },
      { geometry: box(113.3, 23.1, 113.31, 23.11) },
      {
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [w, s],
              [e, s],
              [e, n],
              [w, n],
            ],
          ],
        },
      },
      { geometry: box(23.0, 113.1, 23.01, 113.11) },
      {
        geometry: {
          type: 'LineString',
          coordinates: [
            [w, s],
            [e, n],
          ],
        },
      },
      { geometry: box(113.4, 23.1, 113.41, 23.11), properties: { landUseCode: 'X9' } },
    ]);
    const fields = { ...TEST_LAYERS.redline.fields, code: 'test.broken' };
    const zh = await importLayerFile(t.app, cookies.admin, fields, file);
    expect(zh.statusCode).toBe(422);
    expect(zh.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(zh.json()).toMatchObject({
      code: 'blueprint.import_refused',
      title: expect.stringContaining('图层未导入'),
    });
    expect(zh.json().errors).toEqual([
      {
        field: 'features[1]',
        code: 'blueprint.feature.self_intersecting',
        message: '第 2 个要素：边界自相交',
      },
      {
        field: 'features[3]',
        code: 'blueprint.feature.ring_not_closed',
        message: expect.stringContaining('第 4 个要素：边界未闭合'),
      },
      {
        field: 'features[4]',
        code: 'blueprint.feature.outside_extent',
        message: expect.stringContaining('第 5 个要素：坐标超出'),
      },
      {
        field: 'features[5]',
        code: 'blueprint.feature.not_polygon',
        message: expect.stringContaining('第 6 个要素'),
      },
      {
        field: 'features[6]',
        code: 'blueprint.feature.bad_land_use_code',
        message: expect.stringContaining('第 7 个要素'),
      },
    ]);
    const en = await importLayerFile(t.app, cookies.admin, fields, file, 'layer.geojson', 'en');
    expect(en.json().errors[0].message).toBe('Feature 2: the boundary crosses itself');
    expect(en.json().title).toMatch(/not imported/);
    // A re-import of an existing layer that fails leaves the old version whole.
    const broken = await importLayerFile(t.app, cookies.admin, TEST_LAYERS.redline.fields, file);
    expect(broken.statusCode).toBe(422);
    expect({
      layers: await count('blueprint_layers'),
      features: await count('blueprint_features'),
      audit: await count('audit_records'),
    }).toEqual(before);
    const layers = (await get('admin', '/api/v1/blueprint/layers')).json().items;
    expect(layers.find((l: { code: string }) => l.code === 'test.eco-redline')).toMatchObject({
      version: 1,
      featureCount: 1,
    });

    const unreadable = await importLayerFile(t.app, cookies.admin, fields, 'not json');
    expect(unreadable.statusCode).toBe(422);
    expect(unreadable.json().errors[0]).toMatchObject({ field: 'file', code: 'blueprint.import.unreadable' });
    const notShapefile = await importLayerFile(
      t.app,
      cookies.admin,
      fields,
      zip([{ name: 'readme.txt', content: '说明' }]),
      'layer.zip',
    );
    expect(notShapefile.json().errors[0].code).toBe('blueprint.import.unreadable');
    const parcel = [
      {
        polygon: box(113.14, 23.0, 113.15, 23.01),
        name: 'A',
        landUseCode: 'R2',
        far: 2,
        height: 50,
        green: 0.3,
      },
    ];
    const two = zip([...shapefileEntries('a', parcel), ...shapefileEntries('b', parcel)]);
    const several = await importLayerFile(t.app, cookies.admin, fields, two, 'layers.zip');
    expect(several.json().errors[0].code).toBe('blueprint.import.several_shapefiles');
    const empty = await importLayerFile(t.app, cookies.admin, fields, collection([]));
    expect(empty.json().errors[0].code).toBe('blueprint.import.empty');
    const badFields = await importLayerFile(
      t.app,
      cookies.admin,
      { ...fields, rule: 'maybe', departmentCode: 'FS-ZRZY' },
      TEST_LAYERS.redline.file,
    );
    expect(badFields.statusCode).toBe(400);
    expect(badFields.json().errors.map((x: { field: string }) => x.field)).toEqual(['rule']);
    const unknownDepartment = await importLayerFile(
      t.app,
      cookies.admin,
      { ...fields, departmentCode: 'FS-NOPE' },
      TEST_LAYERS.redline.file,
    );
    expect(unknownDepartment.json().errors).toEqual([
      { field: 'departmentCode', code: 'blueprint.department_unknown', message: '未知的部门' },
    ]);
    expect(await count('blueprint_layers')).toBe(before.layers);
  });

  it('lets only the administrator import', async () => {
    for (const who of ['zrzy', 'supervisor', 'org'] as const)
      expect(
        (await importLayerFile(t.app, cookies[who], TEST_LAYERS.redline.fields, TEST_LAYERS.redline.file))
          .statusCode,
      ).toBe(403);
  });

  it('imports a zipped Shapefile (with .prj and a UTF-8 dBASE table) and bumps the version on re-import', async () => {
    const shapefile = zippedShapefile([
      {
        polygon: box(113.14, 23.0, 113.15, 23.01),
        name: '南海-B01',
        landUseCode: 'B1',
        far: 4.5,
        height: 100,
        green: 0.2,
      },
      {
        polygon: box(113.15, 23.0, 113.16, 23.01),
        name: '南海-B02',
        landUseCode: 'A3',
        far: 1.2,
        height: 24,
        green: 0.35,
      },
    ]);
    const fields = { ...TEST_LAYERS.parcels.fields, code: 'test.shapefile', name: '南海控规（Shapefile）' };
    const first = await importLayerFile(t.app, cookies.admin, fields, shapefile, 'parcels.zip');
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ version: 1, featureCount: 2, bbox: [113.14, 23.0, 113.16, 23.01] });
    const features = (await get('zrzy', `/api/v1/blueprint/layers/${first.json().id}/features`)).json()
      .features;
    expect(features.map((f: { properties: object }) => f.properties)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: '南海-B01',
          landUseCode: 'B1',
          maxFloorAreaRatio: 4.5,
          maxHeightM: 100,
          minGreenRatio: 0.2,
        }),
      ]),
    );
    const auditBefore = await count('audit_records');
    const again = await importLayerFile(
      t.app,
      cookies.admin,
      fields,
      collection([{ geometry: box(113.14, 23.0, 113.15, 23.005) }]),
    );
    expect(again.json()).toMatchObject({ id: first.json().id, version: 2, featureCount: 1 });
    expect((await get('zrzy', `/api/v1/blueprint/features/${features[0].id}`)).statusCode).toBe(404);
    expect(await count('audit_records')).toBe(auditBefore + 1);
    const events = await tablesOf<{ outboxEvents: { topic: string; payload: string } }>(t.ctx.db)
      .selectFrom('outboxEvents')
      .select('payload')
      .where('topic', '=', 'blueprint.layer_imported')
      .execute();
    expect(events.map((e) => JSON.parse(e.payload))).toContainEqual(
      expect.objectContaining({ code: 'test.shapefile', version: 2, featureCount: 1 }),
    );
  });

  // The site: 1 km × ~440 m over the red line's east half and the R2 parcel's west half.
  const site = box(113.105, 23.002, 113.115, 23.006);

  it('checks a site against every layer: overlaps to the square metre, verdicts and parcel controls', async () => {
    const res = await post('org', '/api/v1/blueprint/checks', {
      site,
      intendedUse: 'R2',
      floorAreaRatio: 3.0,
      heightM: 60,
    });
    expect(res.statusCode, res.body).toBe(201);
    const check = res.json();
    expect(check.result).toBe('conflict');
    // turf (SQLite) is spherical, PostGIS's geography the WGS84 spheroid: exact to 0.5 % there.
    const digits = kind === 'postgres' ? 2 : 3;
    expect(check.siteAreaM2 / boxAreaM2(113.105, 23.002, 113.115, 23.006)).toBeCloseTo(1, digits);
    expect(check.engine).toBe(kind === 'postgres' ? 'postgis' : 'flatbush');
    expect(check.layersChecked).toBeGreaterThanOrEqual(3);
    expect(check.layers.map((l: { layer: { code: string } }) => l.layer.code).sort()).toEqual([
      'test.eco-redline',
      'test.regulatory',
    ]);
    const red = check.layers.find((l: { layer: { code: string } }) => l.layer.code === 'test.eco-redline');
    const half = boxAreaM2(113.105, 23.002, 113.11, 23.006);
    expect(red).toMatchObject({
      intersects: true,
      verdict: 'conflict',
      features: [{ name: '红线斑块1', findings: [] }],
    });
    expect(red.overlapAreaM2 / half).toBeCloseTo(1, digits);
    expect(red.overlapShare).toBeCloseTo(0.5, 3);
    const parcel = check.layers.find((l: { layer: { code: string } }) => l.layer.code === 'test.regulatory');
    expect(parcel.verdict).toBe('conflict');
    expect(parcel.features[0].findings).toEqual([
      { attribute: 'landUseCode', allowed: 'R2', proposed: 'R2', ok: true },
      { attribute: 'maxFloorAreaRatio', allowed: 2.5, proposed: 3, ok: false },
      { attribute: 'maxHeightM', allowed: 80, proposed: 60, ok: true },
      { attribute: 'minGreenRatio', allowed: 0.3, proposed: null, ok: false },
    ]);
    expect(parcel.overlap.type).toBe('MultiPolygon');
    expect(await get('org', `/api/v1/blueprint/checks/${check.id}`).then((r) => r.json())).toEqual(check);
  });

  it('passes a fitting proposal on its parcel, and makes a restricted layer conditional', async () => {
    const inside = box(113.122, 23.002, 113.128, 23.008);
    const pass = await post('zrzy', '/api/v1/blueprint/checks', {
      site: inside,
      intendedUse: 'W1',
      floorAreaRatio: 1.5,
      heightM: 30,
      greenRatio: 0.2,
    });
    expect(pass.json()).toMatchObject({
      result: 'pass',
      layers: [{ layer: { code: 'test.regulatory' }, verdict: 'pass' }],
    });
    const river = await post('zrzy', '/api/v1/blueprint/checks', {
      site: box(113.125, 23.0125, 113.126, 23.0135),
      intendedUse: 'U1',
    });
    expect(river.json()).toMatchObject({
      result: 'conditional',
      layers: [
        {
          layer: { code: 'test.river', condition: '须经水行政主管部门同意' },
          verdict: 'conditional',
          overlapShare: 1,
        },
      ],
    });
    // Only touching a layer's edge shares no area: nothing is listed.
    const touching = await post('zrzy', '/api/v1/blueprint/checks', {
      site: box(113.13, 23.0, 113.135, 23.005),
      intendedUse: 'M1',
    });
    expect(touching.json()).toMatchObject({ result: 'pass', layers: [] });
  });

  it('refuses a bad site with a localised field error and stores nothing', async () => {
    const before = await count('blueprint_checks');
    const [w, s, e, n] = REDLINE;
    const crossed = bowtie(w, s, e, n);
    const res = await post('zrzy', '/api/v1/blueprint/checks', { site: crossed, intendedUse: 'R2' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      {
        field: 'site.coordinates',
        code: 'blueprint.geometry.self_intersecting',
        message: '用地红线边界自相交',
      },
    ]);
    const en = await post('zrzy', '/api/v1/blueprint/checks', { site: crossed, intendedUse: 'R2' }, 'en');
    expect(en.json().errors[0].message).toBe('The site: the boundary crosses itself');
    expect((await post('zrzy', '/api/v1/blueprint/checks', { site, intendedUse: 'Z9' })).statusCode).toBe(
      400,
    );
    expect(await count('blueprint_checks')).toBe(before);
  });

  it('keeps each check with its audit record; an agent reads its organisation’s, staff any, others none', async () => {
    const res = await post('org', '/api/v1/blueprint/checks', { site, intendedUse: 'B1' });
    const id = res.json().id;
    const audit = await tablesOf<{ auditRecords: { action: string; objectId: string } }>(t.ctx.db)
      .selectFrom('auditRecords')
      .select('action')
      .where('objectId', '=', id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['blueprint.check']);
    expect((await get('zj', `/api/v1/blueprint/checks/${id}`)).statusCode).toBe(200);
    expect((await get('person', `/api/v1/blueprint/checks/${id}`)).statusCode).toBe(403);
    expect((await get('secadmin', `/api/v1/blueprint/checks/${id}`)).statusCode).toBe(403);
    const staffCheck = (await post('zj', '/api/v1/blueprint/checks', { site, intendedUse: 'B1' })).json().id;
    expect((await get('org', `/api/v1/blueprint/checks/${staffCheck}`)).statusCode).toBe(404);
    const pdf = await get('org', `/api/v1/blueprint/checks/${id}/report.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await get('org', `/api/v1/blueprint/checks/${staffCheck}/report.pdf`)).statusCode).toBe(404);
  });

  it('sees another process’s re-import at its next check (the index follows the layer versions)', async () => {
    const sibling = await t.sibling();
    try {
      const probe = { site: box(113.2, 23.2, 113.201, 23.201), intendedUse: 'M1' };
      const ask = async (app: typeof t.app) =>
        (
          await app.inject({
            method: 'POST',
            url: '/api/v1/blueprint/checks',
            headers: { cookie: cookies.zrzy },
            payload: probe,
          })
        ).json();
      expect((await ask(sibling.app)).layers).toEqual([]);
      const fields = { ...TEST_LAYERS.redline.fields, code: 'test.moving' };
      await importLayerFile(
        t.app,
        cookies.admin,
        fields,
        collection([{ geometry: box(113.2, 23.2, 113.21, 23.21) }]),
      );
      expect((await ask(sibling.app)).layers.map((l: { layer: { code: string } }) => l.layer.code)).toEqual([
        'test.moving',
      ]);
      await importLayerFile(
        t.app,
        cookies.admin,
        fields,
        collection([{ geometry: box(113.3, 23.3, 113.31, 23.31) }]),
      );
      expect((await ask(sibling.app)).layers).toEqual([]);
    } finally {
      await sibling.close();
    }
  });

  // Only PostgreSQL has PostGIS; on SQLite the embedded engine is the only one.
  if (kind === 'postgres')
    it('gives the same answers with PostGIS as with the embedded engine', async () => {
      const sites = [
        site,
        box(113.122, 23.002, 113.128, 23.008),
        box(113.095, 22.995, 113.135, 23.015),
        {
          type: 'MultiPolygon',
          coordinates: [
            box(113.101, 23.001, 113.102, 23.002).coordinates,
            box(113.125, 23.0125, 113.127, 23.0139).coordinates,
          ],
        },
      ];
      for (const geometry of sites) {
        const body = { ...siteSchema.parse(geometry), intendedUse: 'R2' as const };
        const input = { site: body, intendedUse: 'R2' as const };
        const [embedded, postgis] = await Promise.all([
          evaluate(t.ctx, input, 'flatbush'),
          evaluate(t.ctx, input),
        ]);
        expect(postgis.engine).toBe('postgis');
        expect(embedded.engine).toBe('flatbush');
        expect(postgis.result).toBe(embedded.result);
        const summary = (e: typeof embedded) =>
          e.layers.map((l) => ({
            layerId: l.layerId,
            verdict: l.verdict,
            features: l.features.map((f) => f.featureId),
          }));
        expect(summary(postgis)).toEqual(summary(embedded));
        embedded.layers.forEach((l, i) => {
          // turf is spherical, PostGIS's geography the WGS84 spheroid: within half a percent here.
          expect(Math.abs(postgis.layers[i]!.overlapAreaM2 / l.overlapAreaM2 - 1)).toBeLessThan(0.005);
        });
      }
      // Known exactly: the red line's overlap with the first site is half the site.
      const exact = boxAreaM2(113.105, 23.002, 113.11, 23.006);
      const postgis = await evaluate(t.ctx, { site: siteSchema.parse(site), intendedUse: 'R2' });
      const red = postgis.layers.find((l) => l.features[0]!.name === '红线斑块1')!;
      expect(Math.abs(red.overlapAreaM2 / exact - 1)).toBeLessThan(0.005);
    });
});
