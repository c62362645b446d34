import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test-support/databases.js';
import { createTestApp, login, type TestApp } from '../../test-support/test-app.js';

type Actor =
  | 'anonymous'
  | 'person'
  | 'agent'
  | 'organization'
  | 'window_clerk'
  | 'reviewer'
  | 'supervisor'
  | 'hotline_operator'
  | 'sys_admin'
  | 'security_admin'
  | 'audit_admin';

interface Fixture {
  orgId: string;
  zhangsanId: string;
  staffId: string;
  departmentId: string;
}

interface Case {
  name: string;
  request: (f: Fixture) => { method: 'GET' | 'POST' | 'PATCH' | 'DELETE'; url: string; payload?: object };
  /** Expected status per actor; actors not listed expect `otherwise`. */
  allowed: Partial<Record<Actor, number>>;
  otherwise: number;
}

const ACTORS: Actor[] = [
  'anonymous',
  'person',
  'agent',
  'organization',
  'window_clerk',
  'reviewer',
  'supervisor',
  'hotline_operator',
  'sys_admin',
  'security_admin',
  'audit_admin',
];

// The whole role × action matrix of the identity, directory and audit routes. A staff
// role without an action gets 403; the public are refused foreign objects with 404,
// exactly as if the object did not exist.
const CASES: Case[] = [
  {
    name: 'list staff',
    request: () => ({ method: 'GET', url: '/api/v1/staff' }),
    allowed: { security_admin: 200, anonymous: 401 },
    otherwise: 403,
  },
  {
    name: 'create staff',
    request: (f) => ({
      method: 'POST',
      url: '/api/v1/staff',
      payload: {
        username: `u${Math.random().toString(36).slice(2, 8)}`,
        name: '新同事',
        departmentId: f.departmentId,
        roles: ['reviewer'],
        password: 'Foshan@2026x',
      },
    }),
    allowed: { security_admin: 201, anonymous: 401 },
    otherwise: 403,
  },
  {
    name: 'change staff roles',
    request: (f) => ({
      method: 'PATCH',
      url: `/api/v1/staff/${f.staffId}`,
      payload: { roles: ['reviewer'] },
    }),
    allowed: { security_admin: 200, anonymous: 401 },
    otherwise: 403,
  },
  {
    name: 'reset staff TOTP',
    request: (f) => ({ method: 'POST', url: `/api/v1/staff/${f.staffId}/totp` }),
    allowed: { security_admin: 200, anonymous: 401 },
    otherwise: 403,
  },
  {
    name: 'read audit log',
    request: () => ({ method: 'GET', url: '/api/v1/audit/records' }),
    allowed: { audit_admin: 200, anonymous: 401 },
    otherwise: 403,
  },
  {
    name: 'verify audit chain',
    request: () => ({ method: 'POST', url: '/api/v1/audit/verification' }),
    allowed: { audit_admin: 200, anonymous: 401 },
    otherwise: 403,
  },
  {
    name: 'find a person',
    request: () => ({ method: 'GET', url: '/api/v1/persons?idNumber=44060419900101123X' }),
    allowed: { window_clerk: 200, reviewer: 200, supervisor: 200, anonymous: 401 },
    otherwise: 403,
  },
  {
    name: "read a person's file",
    request: (f) => ({ method: 'GET', url: `/api/v1/persons/${f.zhangsanId}` }),
    allowed: { window_clerk: 200, reviewer: 200, supervisor: 200, anonymous: 401 },
    otherwise: 403,
  },
  {
    name: 'verify a person in person',
    request: (f) => ({ method: 'POST', url: `/api/v1/persons/${f.zhangsanId}/in-person-verification` }),
    allowed: { window_clerk: 200, anonymous: 401 },
    otherwise: 403,
  },
  {
    name: "list an organisation's agents",
    request: (f) => ({ method: 'GET', url: `/api/v1/organizations/${f.orgId}/agents` }),
    allowed: { organization: 200, agent: 200, anonymous: 401 },
    otherwise: 404,
  },
  {
    name: 'add an agent',
    request: (f) => ({
      method: 'POST',
      url: `/api/v1/organizations/${f.orgId}/agents`,
      payload: { name: '李四', idNumber: '440605198506152048' },
    }),
    allowed: { organization: 201, anonymous: 401 },
    otherwise: 404,
  },
  {
    name: 'my account',
    request: () => ({ method: 'GET', url: '/api/v1/accounts/me' }),
    allowed: { anonymous: 401 },
    otherwise: 200,
  },
  {
    name: 'public directory',
    request: () => ({ method: 'GET', url: '/api/v1/directory/departments' }),
    allowed: {},
    otherwise: 200,
  },
];

const CREDENTIALS: Record<Exclude<Actor, 'anonymous'>, { identifier: string; staff?: boolean }> = {
  person: { identifier: '13800138001' },
  agent: { identifier: '13800138003' },
  organization: { identifier: '91440604MA4W12345N' },
  window_clerk: { identifier: 'clerk.city', staff: true },
  reviewer: { identifier: 'reviewer.zrzy', staff: true },
  supervisor: { identifier: 'supervisor', staff: true },
  hotline_operator: { identifier: 'hotline', staff: true },
  sys_admin: { identifier: 'sysadmin', staff: true },
  security_admin: { identifier: 'secadmin', staff: true },
  audit_admin: { identifier: 'auditadmin', staff: true },
};

describe.each(databaseKinds())('who may do what on %s', (kind) => {
  let t: TestApp;
  let fixture: Fixture;
  const cookies = new Map<Actor, string>();

  async function call(app: FastifyInstance, actor: Actor, req: ReturnType<Case['request']>) {
    const cookie = cookies.get(actor);
    return app.inject({ ...req, headers: cookie ? { cookie } : {} });
  }

  beforeAll(async () => {
    t = await createTestApp(kind);
    for (const [actor, c] of Object.entries(CREDENTIALS))
      cookies.set(actor as Actor, await login(t.app, c.identifier, { staff: c.staff }));
    const agentSession = await t.app.inject({
      url: '/api/v1/auth/session',
      headers: { cookie: cookies.get('agent')! },
    });
    const orgId = agentSession.json().organizations[0].id as string;
    await t.app.inject({
      method: 'PUT',
      url: '/api/v1/auth/acting-for',
      headers: { cookie: cookies.get('agent')! },
      payload: { organizationId: orgId },
    });
    const staff = await t.app.inject({
      url: '/api/v1/staff?q=reviewer.zj',
      headers: { cookie: cookies.get('security_admin')! },
    });
    const departments = await t.app.inject({ url: '/api/v1/directory/departments' });
    const person = await t.app.inject({
      url: '/api/v1/persons?idNumber=44060419900101123X',
      headers: { cookie: cookies.get('window_clerk')! },
    });
    fixture = {
      orgId,
      staffId: staff.json().items[0].id,
      departmentId: departments.json().items[0].id,
      zhangsanId: person.json().items[0].id,
    };
  });
  afterAll(() => t.close());

  const rows = CASES.flatMap((c) =>
    ACTORS.map((actor) => [c.name, actor, c.allowed[actor] ?? c.otherwise, c] as const),
  );
  it.each(rows)('%s as %s → %i', async (_name, actor, expected, c) => {
    const res = await call(t.app, actor, c.request(fixture));
    expect(res.statusCode, res.body).toBe(expected);
    if (expected >= 400) expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it("answers a guessed identifier of someone else's organisation exactly like a missing one", async () => {
    const cookie = cookies.get('person')!;
    const foreign = await t.app.inject({
      url: `/api/v1/organizations/${fixture.orgId}/agents`,
      headers: { cookie },
    });
    const missing = await t.app.inject({
      url: `/api/v1/organizations/${crypto.randomUUID()}/agents`,
      headers: { cookie },
    });
    expect(foreign.statusCode).toBe(404);
    const strip = (body: string) => ({ ...JSON.parse(body), instance: undefined });
    expect(strip(foreign.body)).toEqual(strip(missing.body));
  });

  it('keeps the three administrator roles apart (三员分立)', async () => {
    const res = await call(t.app, 'security_admin', {
      method: 'PATCH',
      url: `/api/v1/staff/${fixture.staffId}`,
      payload: { roles: ['sys_admin', 'audit_admin'] },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ field: 'roles', code: 'staff.separation_of_duties' });
  });

  it('audits every staff read of a person’s file', async () => {
    await call(t.app, 'reviewer', { method: 'GET', url: `/api/v1/persons/${fixture.zhangsanId}` });
    const log = await call(t.app, 'audit_admin', {
      method: 'GET',
      url: '/api/v1/audit/records?action=person.read',
    });
    expect(log.json().items[0]).toMatchObject({
      action: 'person.read',
      actorName: 'reviewer.zrzy',
      objectId: fixture.zhangsanId,
      outcome: 'success',
    });
  });
});
