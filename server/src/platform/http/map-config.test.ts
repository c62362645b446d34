import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { loadConfig } from '../config/config.js';

const TILES = 'https://tiles.example.gov.cn/basemap/{z}/{x}/{y}.png';

/** The Content-Security-Policy's directives by name. */
const policy = (header: unknown) =>
  Object.fromEntries(
    String(header)
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...sources]) => [name, sources]),
  );

describe('the maps’ configuration (GET /api/v1/map-config)', () => {
  let offline: TestApp;
  let withBasemap: TestApp;

  beforeAll(async () => {
    offline = await createTestApp('sqlite');
    withBasemap = await createTestApp(
      'sqlite',
      {},
      { BASEMAP_URL: TILES, BASEMAP_ATTRIBUTION: '© 佛山市测绘院' },
    );
  }, 60_000);
  afterAll(async () => {
    await offline?.close();
    await withBasemap?.close();
  });

  it('offers no basemap by default, and the page may fetch nothing from elsewhere', async () => {
    const res = await offline.app.inject({ url: '/api/v1/map-config' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ basemapUrl: null, attribution: null });
    const csp = policy(res.headers['content-security-policy']);
    expect(csp['connect-src']).toEqual(["'self'"]);
    expect(csp['img-src']).toEqual(["'self'", 'data:', 'blob:']);
  });

  it('offers the configured basemap to anyone, and lets the page fetch its tiles from that origin only', async () => {
    const res = await withBasemap.app.inject({ url: '/api/v1/map-config' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ basemapUrl: TILES, attribution: '© 佛山市测绘院' });
    const csp = policy(res.headers['content-security-policy']);
    expect(csp['connect-src']).toEqual(["'self'", 'https://tiles.example.gov.cn']);
    expect(csp['img-src']).toEqual(["'self'", 'data:', 'blob:', 'https://tiles.example.gov.cn']);
  });

  it('refuses to start with a basemap URL that is not a tile template', () => {
    for (const bad of [
      'tiles.example.gov.cn/{z}/{x}/{y}.png',
      'https://tiles.example.gov.cn/{z}/{x}.png',
      'ftp://x/{z}/{x}/{y}',
    ])
      expect(() => loadConfig({ BASEMAP_URL: bad, DATA_DIR: '/tmp/ow-map-config-unused' })).toThrow(
        /BASEMAP_URL/,
      );
  });
});
