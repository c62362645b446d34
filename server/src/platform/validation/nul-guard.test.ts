import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test-support/databases.js';
import { createTestApp, login, type TestApp } from '../../test-support/test-app.js';

describe.each(databaseKinds())('a NUL character (U+0000) in any input on %s', (kind) => {
  let t: TestApp;
  let sysadmin: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    sysadmin = await login(t.app, 'sysadmin', { staff: true });
  });
  afterAll(() => t.close());

  const fieldsOf = (body: { errors: { field: string; code: string }[] }) =>
    body.errors.map((e) => [e.field, e.code]);

  it('is refused with a 400 field error, before any query, in path parameters, queries and bodies', async () => {
    const cases: [string, string, unknown, string][] = [
      ['GET', '/api/v1/life-events/%00', undefined, 'code'],
      ['GET', '/api/v1/notices/verify/a%00b', undefined, 'code'],
      ['GET', '/api/v1/admin/matters/%00/process', undefined, 'code'],
      ['GET', '/api/v1/matters?q=%E5%8A%9E%00', undefined, 'q'],
      ['POST', '/api/v1/hotline/open311-keys', { name: '\u0000' }, 'name'],
      ['POST', '/api/v1/hotline/open311-keys', { name: 'ok', 'a\u0000': 1 }, 'a\u0000'],
      [
        'POST',
        '/api/v1/auth/login',
        { identifier: ['x', { deep: 'y\u0000' }], password: 'p' },
        'identifier.1.deep',
      ],
    ];
    for (const [method, url, payload, field] of cases) {
      const res = await t.app.inject({
        method: method as 'GET',
        url,
        payload: payload as object,
        headers: { cookie: sysadmin },
      });
      expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({ status: 400, code: 'validation.failed' });
      expect(fieldsOf(res.json())).toEqual([[field, 'validation.nul_character']]);
    }
    const keys = await t.app.inject({ url: '/api/v1/hotline/open311-keys', headers: { cookie: sysadmin } });
    expect(JSON.stringify(keys.json())).not.toContain('\\u0000');
  });

  it('says so in the reader’s language', async () => {
    const message = async (language: string) =>
      (
        await t.app.inject({ url: '/api/v1/life-events/%00', headers: { 'accept-language': language } })
      ).json().errors[0].message;
    expect(await message('zh-CN')).toBe('不能包含空字符（U+0000）');
    expect(await message('en-US')).toBe('Must not contain the NUL character (U+0000)');
  });

  it('is refused on Open311 routes in GeoReport’s own error format', async () => {
    const json = await t.app.inject({ url: '/open311/v2/tokens/%00.json' });
    expect(json.statusCode).toBe(400);
    expect(json.json()).toEqual([{ code: 400, description: expect.any(String) }]);
    const xml = await t.app.inject({ url: '/open311/v2/requests/%00.xml' });
    expect(xml.statusCode).toBe(400);
    expect(xml.headers['content-type']).toContain('text/xml');
    expect(xml.body).toContain('<errors><error><code>400</code>');
  });

  it('lets every other control character through to the route’s own rules', async () => {
    const res = await t.app.inject({ url: '/api/v1/life-events/a%01%1Fb' });
    expect(res.statusCode).toBe(404);
  });
});
