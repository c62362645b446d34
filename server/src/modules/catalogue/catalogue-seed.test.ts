import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFoshanCatalogue } from '../../seed/foshan-demo.js';
import { databaseKinds } from '../../test-support/databases.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';

describe.each(databaseKinds())('the seeded Foshan catalogue on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, {}, {}, { catalogue: true });
  });
  afterAll(() => t.close());
  const get = async (url: string) => (await t.app.inject({ url })).json();

  it('publishes at least 150 matters from at least 20 departments', async () => {
    const all = await get('/api/v1/matters?pageSize=100');
    expect(all.total).toBeGreaterThanOrEqual(150);
    const departments = new Set<string>();
    for (let page = 1; (page - 1) * 100 < all.total; page++) {
      for (const m of (await get(`/api/v1/matters?pageSize=100&page=${page}`)).items)
        departments.add(m.departmentId);
    }
    expect(departments.size).toBeGreaterThanOrEqual(20);
  });

  it('finds 社保 matters by `sb` and `shebao`', async () => {
    for (const q of ['sb', 'shebao', '社保']) {
      const top = (await get(`/api/v1/matters?q=${q}&pageSize=5`)).items;
      expect(top.length, q).toBe(5);
      for (const m of top) expect(m.themes, `${q}: ${m.name}`).toContain('social_security');
    }
  });

  it('serves every guide and form of the catalogue', async () => {
    const { items } = await get('/api/v1/matters?pageSize=100&audience=organization');
    for (const m of items.slice(0, 30)) {
      const guide = await get(`/api/v1/matters/${m.code}`);
      expect(guide.guide.materials.length + guide.guide.form.length, m.code).toBeGreaterThan(0);
      expect((await get(`/api/v1/matters/${m.code}/form`)).schema.type).toBe('object');
    }
  });

  it('bundles matters into life events', async () => {
    const { items } = await get('/api/v1/life-events');
    expect(items.length).toBeGreaterThanOrEqual(3);
    for (const e of items) expect(e.matters.length, e.name).toBeGreaterThanOrEqual(2);
  });

  it('offers a blank form and a filled sample, as PDF, for the forms applicants fill in', async () => {
    const guide = (await get('/api/v1/matters/440600-RS-0011')).guide;
    const form = guide.materials.find((m: { name: string }) => m.name === '工伤认定申请表');
    expect(form).toMatchObject({ id: expect.stringMatching(/^m\d+$/), templateFileId: expect.any(String) });
    for (const kind of ['template', 'sample']) {
      const res = await t.app.inject({ url: `/api/v1/matters/440600-RS-0011/materials/${form.id}/${kind}` });
      expect(res.statusCode).toBe(200);
      expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      const name = kind === 'template' ? '工伤认定申请表（空白表格）.pdf' : '工伤认定申请表（填写样例）.pdf';
      expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent(name)}`);
    }
    // One document per form name, shared by every matter that asks for it.
    const shared = new Set<string>();
    for (const code of ['440600-SJ-0001', '440600-SJ-0002']) {
      const materials = (await get(`/api/v1/matters/${code}`)).guide.materials;
      for (const m of materials) if (m.name === '授权委托书') shared.add(m.templateFileId);
    }
    expect(shared.size).toBe(1);
  });

  it('is idempotent, rendering no form twice', async () => {
    const files = () => t.ctx.db.selectFrom('storedFiles').select('id').execute();
    const before = (await files()).length;
    expect(await seedFoshanCatalogue(t.ctx)).toMatchObject({ created: 0, updated: 0 });
    expect((await files()).length).toBe(before);
  });
});
