import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitInTrx } from './platform/events/index.js';
import { databaseKinds } from './test-support/databases.js';
import { createTestApp, type TestApp } from './test-support/test-app.js';

describe.each(databaseKinds())('the HTTP surface on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, {}, { AUTH_RATE_LIMIT_PER_MINUTE: '3' });
  });
  afterAll(() => t.close());

  it('reports health with the engine in use and the outbox backlog', async () => {
    await t.ctx.outbox.drain();
    const res = await t.app.inject({ url: '/api/health' });
    expect(res.json()).toEqual({
      status: 'ok',
      db: kind,
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      outboxPending: 0,
      seals: 'ok',
    });
    await t.ctx.db.transaction().execute((trx) => emitInTrx(trx, 'test.nobody_listens', {}));
    expect((await t.app.inject({ url: '/api/health' })).json().outboxPending).toBe(1);
    await t.ctx.outbox.drain();
  });

  it('publishes OpenAPI 3.1 generated from the route schemas, and its docs UI', async () => {
    const spec = (await t.app.inject({ url: '/api/openapi.json' })).json();
    expect(spec.openapi).toBe('3.1.0');
    expect(spec.paths['/api/v1/auth/register'].post.operationId).toBe('register');
    expect(JSON.stringify(spec.paths['/api/v1/auth/register'].post.requestBody)).toContain('idNumber');
    expect((await t.app.inject({ url: '/api/docs/' })).statusCode).toBe(200);
  });

  it('exposes Prometheus metrics', async () => {
    const res = await t.app.inject({ url: '/metrics' });
    expect(res.body).toContain('http_request_duration_seconds');
    expect(res.body).toContain('process_cpu_user_seconds_total');
  });

  it('sends security headers, a CSP and a request id', async () => {
    const res = await t.app.inject({ url: '/api/health', headers: { 'x-request-id': 'trace-12345678' } });
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['x-request-id']).toBe('trace-12345678');
  });

  it('answers unknown routes and malformed bodies with problem+json and no internals', async () => {
    const missing = await t.app.inject({ url: '/api/v1/nothing-here', headers: { 'accept-language': 'en' } });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: 'error.not_found', title: 'Not found', status: 404 });
    const broken = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"identifier":',
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.headers['content-type']).toContain('application/problem+json');
    expect(broken.body).not.toMatch(/at .*\.(js|ts):\d+/);
  });

  it('answers a malformed percent-encoding in the path with problem+json in the asker’s language', async () => {
    const bad = await t.app.inject({ url: '/api/v1/matters/%E0%A4%A', headers: { 'accept-language': 'en' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.json()).toMatchObject({
      code: 'error.bad_url',
      status: 400,
      title: 'The address could not be read: it holds a malformed percent-encoding',
    });
    const zh = await t.app.inject({ url: '/api/v1/matters/%E0%A4%A' });
    expect(zh.json().title).toBe('网址无法识别：其中的百分号编码有误');
  });

  it('judges a path parameter of any length by its route, in the route’s error format', async () => {
    for (const length of [101, 100_000]) {
      const long = 'x'.repeat(length);
      const api = await t.app.inject({
        url: `/api/v1/life-events/${long}`,
        headers: { 'accept-language': 'en' },
      });
      expect(api.statusCode).toBe(400);
      expect(api.headers['content-type']).toContain('application/problem+json');
      expect(api.json()).toMatchObject({
        code: 'validation.failed',
        errors: [
          { field: 'code', code: 'validation.too_big', message: 'Too long or too large (maximum 64)' },
        ],
      });
      const open311 = await t.app.inject({ url: `/open311/v2/requests/${long}.json` });
      expect(open311.statusCode).toBe(404);
      expect(open311.json()).toEqual([{ code: 404, description: expect.any(String) }]);
      const xml = await t.app.inject({ url: `/open311/v2/services/${long}.xml` });
      expect(xml.statusCode).toBe(404);
      expect(xml.body).toContain('<errors><error><code>404</code>');
    }
  });

  it('rate-limits authentication with 429 and Retry-After', async () => {
    // Its own client address, so the other tests' logins do not count against it.
    const attempt = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        remoteAddress: '203.0.113.7',
        payload: { identifier: 'nobody', password: 'x' },
      });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await attempt()).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429]);
    const limited = await attempt();
    expect(limited.headers['retry-after']).toMatch(/^\d+$/);
    expect(limited.json()).toMatchObject({ code: 'error.rate_limited', status: 429 });
  });
});
