import { generateSync } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditCodeCheckChar, idNumberCheckChar } from '../../platform/validation/index.js';
import { DEMO_TOTP_SECRET } from '../../seed/demo-accounts.js';
import { databaseKinds } from '../../test-support/databases.js';
import { nextDemoTotp } from '../../test-support/demo-totp.js';
import { createTestApp, login, sessionCookie, type TestApp } from '../../test-support/test-app.js';

const person = {
  kind: 'person',
  name: '陈小明',
  idNumber: '440607198811114024',
  mobile: '13912345678',
  password: 'Shunde#2026',
};

describe.each(databaseKinds())('registration and login on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url, payload, headers });

  it('refuses an invalid ID number with a localised field error and stores nothing', async () => {
    const bad = { ...person, idNumber: '440607198811114025' };
    const zh = await post('/api/v1/auth/register', bad);
    expect(zh.statusCode).toBe(400);
    expect(zh.headers['content-type']).toContain('application/problem+json');
    expect(zh.json()).toMatchObject({
      code: 'validation.failed',
      title: '提交的内容有误，请按提示修改',
      errors: [{ field: 'idNumber', code: 'idNumber.check_char', message: '身份证号校验位不正确，请核对' }],
    });
    const en = await post(
      '/api/v1/auth/register',
      { ...bad, idNumber: '44060719881131402X' },
      { 'accept-language': 'en-US,en;q=0.9' },
    );
    expect(en.json().errors).toEqual([
      {
        field: 'idNumber',
        code: 'idNumber.birth_date',
        message: 'The birth date in the ID number is not a real date',
      },
    ]);
    const count = await t.ctx.db
      .selectFrom('persons')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(3);
  });

  it('refuses a weak password with the policy in the message', async () => {
    const res = await post('/api/v1/auth/register', { ...person, password: 'abcdefgh' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      expect.objectContaining({ field: 'password', code: 'password.too_simple' }),
    ]);
  });

  it('registers a person, logs them in, and keeps personal data encrypted at rest', async () => {
    const res = await post('/api/v1/auth/register', person);
    expect(res.statusCode).toBe(201);
    expect(res.json().account).toMatchObject({
      kind: 'person',
      name: '陈小明',
      trustLevel: 2,
      maskedIdNumber: '4406**********4024',
    });
    const cookie = res.cookies.find((c) => c.name === 'ow_sid');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const row = await t.ctx.db
      .selectFrom('persons')
      .selectAll()
      .where('name', '=', '陈小明')
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain('440607198811114024');
    expect(JSON.stringify(row)).not.toContain('13912345678');
    const again = await post('/api/v1/auth/register', person);
    expect(again.statusCode).toBe(409);
    expect(again.json().errors[0].field).toBe('idNumber');
  });

  it('logs in by ID number or mobile and logs out everywhere the cookie goes', async () => {
    const byId = await login(t.app, person.idNumber, { password: person.password });
    const byMobile = await login(t.app, person.mobile, { password: person.password });
    const me = await t.app.inject({ url: '/api/v1/accounts/me', headers: { cookie: byMobile } });
    expect(me.json()).toMatchObject({ name: '陈小明', maskedMobile: '139****5678' });
    const out = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: byId } });
    expect(out.statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/v1/auth/session', headers: { cookie: byId } })).statusCode).toBe(
      401,
    );
    expect(
      (await t.app.inject({ url: '/api/v1/auth/session', headers: { cookie: byMobile } })).statusCode,
    ).toBe(200);
  });

  it('raises trust to level 3 when the population registry knows the person', async () => {
    const cookie = await login(t.app, person.idNumber, { password: person.password });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/accounts/me/identity-verification',
      headers: { cookie },
    });
    expect(res.json()).toEqual({ trustLevel: 3 });
    const stranger = await post('/api/v1/auth/register', {
      ...person,
      name: '无名氏',
      idNumber: `44060420000101001${idNumberCheckChar('44060420000101001')}`,
      mobile: '13700000000',
    });
    const verify = await t.app.inject({
      method: 'POST',
      url: '/api/v1/accounts/me/identity-verification',
      headers: { cookie: sessionCookie(stranger) },
    });
    expect(verify.statusCode).toBe(422);
    expect(verify.json().code).toBe('identity.not_verified');
  });

  it('locks after 5 failures with the same answer for real and unknown accounts', async () => {
    const attempt = (identifier: string) =>
      post('/api/v1/auth/login', { identifier, password: 'Wrong#pass1' });
    for (const identifier of ['13800138003', '13600000000']) {
      for (let i = 0; i < 5; i++)
        expect((await attempt(identifier)).json().code).toBe('auth.invalid_credentials');
      const locked = await attempt(identifier);
      expect(locked.statusCode).toBe(401);
      expect(locked.json()).toMatchObject({
        code: 'auth.locked',
        title: '登录失败次数过多，账号已锁定，请 15 分钟后再试',
      });
    }
    // Even the right password is refused while locked.
    expect(
      (await post('/api/v1/auth/login', { identifier: '13800138003', password: 'Foshan@2026' })).json().code,
    ).toBe('auth.locked');
  });

  it('asks staff for a valid TOTP code', async () => {
    const base = { identifier: 'clerk.city', password: 'Foshan@2026' };
    expect((await post('/api/v1/auth/login', base)).statusCode).toBe(401);
    expect((await post('/api/v1/auth/login', { ...base, totp: '000000' })).statusCode).toBe(401);
    const ok = await post('/api/v1/auth/login', { ...base, totp: await nextDemoTotp('clerk.city', t.app) });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().account).toMatchObject({
      kind: 'staff',
      roles: ['window_clerk'],
      departmentName: '佛山市政务服务数据管理局',
      serviceCenterName: '佛山市行政服务中心',
    });
  });

  it('takes a TOTP code once (RFC 6238 §5.2), and says so only to whoever has the password', async () => {
    const code = await nextDemoTotp('reviewer.ga', t.app);
    const base = { identifier: 'reviewer.ga', password: 'Foshan@2026', totp: code };
    const first = await post('/api/v1/auth/login', base);
    expect(first.statusCode).toBe(200);
    const again = await post('/api/v1/auth/login', base);
    expect(again.statusCode).toBe(401);
    expect(again.json()).toMatchObject({
      code: 'auth.totp_reused',
      title: '该动态口令已使用过，请等待验证器显示新的口令后再登录',
    });
    // Without the password the used code reads like any wrong one.
    const wrongPassword = await post('/api/v1/auth/login', { ...base, password: 'Foshan@2025' });
    expect(wrongPassword.json().code).toBe('auth.invalid_credentials');
    const failures = await t.ctx.db
      .selectFrom('auditRecords')
      .select('detail')
      .where('action', '=', 'auth.login')
      .where('objectId', '=', first.json().account.id)
      .where('outcome', '=', 'failure')
      .orderBy('seq')
      .execute();
    expect(failures.map((f) => f.detail)).toEqual([JSON.stringify({ reason: 'totp_reused' }), null]);
    // The next step's code opens the account.
    const next = await nextDemoTotp('reviewer.ga', t.app);
    expect((await post('/api/v1/auth/login', { ...base, totp: next })).statusCode).toBe(200);
  });

  it('forgets the last step with a TOTP reset: the new secret works at once, the old one no more', async () => {
    const secadmin = await login(t.app, 'secadmin', { staff: true });
    const step = Math.floor(Date.now() / 30_000);
    const codeOf = (secret: string) => generateSync({ secret, epoch: step * 30 });
    const base = { identifier: 'reviewer.fg', password: 'Foshan@2026' };
    const first = await post('/api/v1/auth/login', { ...base, totp: codeOf(DEMO_TOTP_SECRET) });
    expect(first.statusCode).toBe(200);
    const reset = await t.app.inject({
      method: 'POST',
      url: `/api/v1/staff/${first.json().account.id}/totp`,
      headers: { cookie: secadmin },
    });
    expect(reset.statusCode).toBe(200);
    const { totpSecret } = reset.json() as { totpSecret: string };
    expect((await post('/api/v1/auth/login', { ...base, totp: codeOf(DEMO_TOTP_SECRET) })).json().code).toBe(
      'auth.invalid_credentials',
    );
    // The same step as the login before the reset, with the new secret.
    expect((await post('/api/v1/auth/login', { ...base, totp: codeOf(totpSecret) })).statusCode).toBe(200);
  });

  it('lets one of two processes checking the same code at once take it', async () => {
    const other = await t.sibling();
    try {
      const payload = {
        identifier: 'reviewer.rs',
        password: 'Foshan@2026',
        totp: await nextDemoTotp('reviewer.rs', t.app),
      };
      const answers = await Promise.all(
        [t.app, other.app, t.app, other.app].map((app) =>
          app.inject({ method: 'POST', url: '/api/v1/auth/login', payload }),
        ),
      );
      expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 401, 401, 401]);
    } finally {
      await other.close();
    }
  });

  it('ends a session idle for more than 30 minutes', async () => {
    const cookie = await login(t.app, '13800138001');
    const thirtyOneMinutesAgo = new Date(Date.now() - 31 * 60_000).toISOString();
    await t.ctx.db.updateTable('sessions').set({ lastSeenAt: thirtyOneMinutesAgo }).execute();
    expect((await t.app.inject({ url: '/api/v1/auth/session', headers: { cookie } })).statusCode).toBe(401);
  });

  it('reads a staff member’s roles and account status afresh on every request', async () => {
    const cookie = await login(t.app, 'clerk.city', { staff: true });
    const session = () => t.app.inject({ url: '/api/v1/auth/session', headers: { cookie } });
    const { id } = (await session()).json().account;
    await t.ctx.db.insertInto('accountRoles').values({ accountId: id, role: 'supervisor' }).execute();
    await t.ctx.db.insertInto('accountRoles').values({ accountId: id, role: 'reviewer' }).execute();
    expect((await session()).json().account.roles).toEqual(['reviewer', 'supervisor', 'window_clerk']);
    await t.ctx.db.deleteFrom('accountRoles').where('accountId', '=', id).execute();
    expect((await session()).json().account.roles).toEqual([]);
    await t.ctx.db.updateTable('accounts').set({ status: 'disabled' }).where('id', '=', id).execute();
    expect((await session()).statusCode).toBe(401);
  });

  it('serves a session from any server process sharing the database', async () => {
    const other = await t.sibling();
    try {
      const cookie = await login(t.app, '13800138001');
      const there = await other.app.inject({ url: '/api/v1/auth/session', headers: { cookie } });
      expect(there.json().account.name).toBe('张三');
      await other.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } });
      expect((await t.app.inject({ url: '/api/v1/auth/session', headers: { cookie } })).statusCode).toBe(401);
    } finally {
      await other.close();
    }
  });

  it('registers an organisation whose legal representative can then act for it', async () => {
    const org = {
      kind: 'organization',
      name: '佛山市顺德区测试电器有限公司',
      creditCode: `91440606MA51FXDM8${creditCodeCheckChar('91440606MA51FXDM8')}`,
      legalRepresentativeName: '黄丽',
      legalRepresentativeIdNumber: '440608199507085039',
      mobile: '13512345678',
      password: 'Shunde#2026',
    };
    const res = await post('/api/v1/auth/register', org);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      account: { kind: 'organization', creditCode: org.creditCode },
      actingFor: { name: org.name },
    });
    // 黄丽 registers later and claims the person record made for her as legal representative.
    const rep = await post('/api/v1/auth/register', {
      ...person,
      name: '黄丽',
      idNumber: '440608199507085039',
      mobile: '13512340000',
    });
    expect(rep.statusCode).toBe(201);
    const cookie = sessionCookie(rep);
    expect(rep.json().organizations).toEqual([
      { id: expect.any(String), name: org.name, creditCode: org.creditCode },
    ]);
    const acting = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/auth/acting-for',
      headers: { cookie },
      payload: { organizationId: rep.json().organizations[0].id },
    });
    expect(acting.json()).toMatchObject({
      actingFor: { name: org.name },
      account: { roles: ['person', 'org_agent'] },
    });
  });
});
