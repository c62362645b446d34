import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { totpNow } from '../server/src/platform/auth/index.js';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../server/src/seed/demo-accounts.js';
import { nextDemoTotp } from '../server/src/test-support/demo-totp.js';
import { createTestApp, login, type TestApp } from '../server/src/test-support/test-app.js';
import { kindsFor } from './support/scale.js';

/** Everything an answer tells a caller, but the request id that differs on every answer. */
const told = (res: { statusCode: number; body: string; headers: Record<string, unknown> }) => {
  const { instance: _instance, ...body } = JSON.parse(res.body) as Record<string, unknown>;
  return { status: res.statusCode, body, cookie: res.headers['set-cookie'] ?? null };
};

// Each pair: an account that exists, and one of the same shape that does not.
const PAIRS = [
  ['ID number', '440605198506152048', '440607198811114024'],
  ['mobile', '13800138002', '13900000000'],
  ['credit code', '91440604MA4W12345N', '91440604MA4W99999X'],
  ['staff username', 'approver.zj', 'approver.xx'],
] as const;

describe.each(kindsFor())('login on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, { loginMaxFailures: 3, sessionIdleMinutes: 30, sessionAbsoluteHours: 12 });
  });
  afterAll(() => t.close());
  afterEach(() => vi.useRealTimers());

  const attempt = (identifier: string, password: string, totp?: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { identifier, password, ...(totp === undefined ? {} : { totp }) },
    });

  it.each(PAIRS)(
    'answers alike for a real and an unknown %s, through the lock-out too',
    async (_kind, real, unknown) => {
      for (let i = 1; i <= 4; i++) {
        const [a, b] = [await attempt(real, `wrong-${i}`), await attempt(unknown, `wrong-${i}`)];
        expect(told(a), `attempt ${i}`).toEqual(told(b));
        expect(a.statusCode).toBe(401);
      }
      // Locked now, both alike, and the right password does not open the real one.
      expect(told(await attempt(real, DEMO_PASSWORD, totpNow(DEMO_TOTP_SECRET)))).toEqual(
        told(await attempt(unknown, DEMO_PASSWORD, totpNow(DEMO_TOTP_SECRET))),
      );
      expect(JSON.parse((await attempt(real, DEMO_PASSWORD, totpNow(DEMO_TOTP_SECRET))).body).code).toBe(
        'auth.locked',
      );
    },
  );

  it('holds the second factor: a right password without a valid code reads like a wrong password', async () => {
    const wrongPassword = told(await attempt('approver.sj', 'not the password', totpNow(DEMO_TOTP_SECRET)));
    // Each failure counts towards a lock-out: one account for each, so none is locked before its turn.
    const codes = [undefined, '', '000000', '12345', 'abcdef', '9999999999'];
    const accounts = [
      'approver.rs',
      'approver.ga',
      'approver.fg',
      'approver.rf',
      'approver.sl',
      'approver.st',
    ];
    for (const [i, totp] of codes.entries())
      expect(told(await attempt(accounts[i]!, DEMO_PASSWORD, totp)), `totp ${totp}`).toEqual(wrongPassword);
  });

  it('takes each code once, also from two processes at the same time', async () => {
    const other = await t.sibling();
    try {
      const code = await nextDemoTotp('approver.cg', t.app);
      const answers = await Promise.all(
        [t.app, other.app, t.app].map((app) =>
          app.inject({
            method: 'POST',
            url: '/api/v1/auth/login',
            payload: { identifier: 'approver.cg', password: DEMO_PASSWORD, totp: code },
          }),
        ),
      );
      expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 401, 401]);
      expect(answers.filter((a) => a.statusCode === 401).map((a) => JSON.parse(a.body).code)).toEqual([
        'auth.totp_reused',
        'auth.totp_reused',
      ]);
      // Without the password a used code tells nothing more than any wrong one.
      expect(told(await attempt('approver.cg', 'not the password', code))).toEqual(
        told(await attempt('approver.yy', 'not the password', code)),
      );
    } finally {
      await other.close();
    }
  });

  it('ends a session idle for longer than allowed, and any session after its absolute lifetime', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-26T01:00:00Z'));
    const idle = await login(t.app, '13800138001');
    const busy = await login(t.app, '13800138003');
    const session = (cookie: string) => t.app.inject({ url: '/api/v1/auth/session', headers: { cookie } });
    vi.setSystemTime(new Date('2026-11-26T01:29:00Z'));
    expect((await session(idle)).statusCode).toBe(200);
    vi.setSystemTime(new Date('2026-11-26T02:00:00Z'));
    expect((await session(idle)).statusCode).toBe(401);
    // Active every 20 minutes, still ended after 12 hours.
    for (let minutes = 20; minutes < 12 * 60; minutes += 20) {
      vi.setSystemTime(new Date(Date.parse('2026-11-26T01:00:00Z') + minutes * 60_000));
      expect((await session(busy)).statusCode, `after ${minutes} minutes`).toBe(200);
    }
    vi.setSystemTime(new Date('2026-11-26T13:01:00Z'));
    expect((await session(busy)).statusCode).toBe(401);
  });
});
