import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test-support/databases.js';
import { createTestApp, login, type TestApp } from '../../test-support/test-app.js';
import { callBody, hotlineFixture } from './hotline.fixture.js';

type Actor =
  | 'anonymous'
  | 'person'
  | 'window_clerk'
  | 'unit_st'
  | 'unit_cg'
  | 'unit_other'
  | 'supervisor'
  | 'hotline_operator'
  | 'sys_admin'
  | 'security_admin'
  | 'audit_admin';

const LOGINS: Record<Exclude<Actor, 'anonymous'>, { identifier: string; staff: boolean }> = {
  person: { identifier: '13800138001', staff: false },
  window_clerk: { identifier: 'clerk.city', staff: true },
  unit_st: { identifier: 'handler.st', staff: true },
  unit_cg: { identifier: 'handler.cg', staff: true },
  unit_other: { identifier: 'reviewer.zrzy', staff: true },
  supervisor: { identifier: 'supervisor', staff: true },
  hotline_operator: { identifier: 'dispatcher', staff: true },
  sys_admin: { identifier: 'sysadmin', staff: true },
  security_admin: { identifier: 'secadmin', staff: true },
  audit_admin: { identifier: 'auditadmin', staff: true },
};
const ACTORS = ['anonymous', ...Object.keys(LOGINS)] as Actor[];

interface Fixture {
  /** Led by 生态环境局 (FS-ST) alone. */
  st: string;
  stUnit: string;
}

interface Case {
  name: string;
  request: (f: Fixture) => {
    method: 'GET' | 'POST' | 'PUT';
    url: string;
    payload?: object;
    headers?: object;
  };
  allowed: Partial<Record<Actor, number>>;
  otherwise: number;
}

const GUESSED = 'FS20990101999999';

// The role × route matrix of the hotline. A staff role without the action gets 403; an
// order the caller may not see answers 404, exactly like one that does not exist.
const CASES: Case[] = [
  {
    name: 'list orders',
    request: () => ({ method: 'GET', url: '/api/v1/hotline/tickets' }),
    allowed: {
      anonymous: 401,
      unit_st: 200,
      unit_cg: 200,
      unit_other: 200,
      supervisor: 200,
      hotline_operator: 200,
    },
    otherwise: 403,
  },
  {
    name: 'read an order led by another unit',
    request: (f) => ({ method: 'GET', url: `/api/v1/hotline/tickets/${f.st}` }),
    allowed: {
      anonymous: 401,
      unit_st: 200,
      unit_cg: 404,
      unit_other: 404,
      supervisor: 200,
      hotline_operator: 200,
    },
    otherwise: 403,
  },
  {
    name: 'read a guessed order number',
    request: () => ({ method: 'GET', url: `/api/v1/hotline/tickets/${GUESSED}` }),
    allowed: {
      anonymous: 401,
      unit_st: 404,
      unit_cg: 404,
      unit_other: 404,
      supervisor: 404,
      hotline_operator: 404,
    },
    otherwise: 403,
  },
  {
    name: "read an order's caller",
    request: (f) => ({ method: 'GET', url: `/api/v1/hotline/tickets/${f.st}/caller` }),
    allowed: {
      anonymous: 401,
      unit_st: 200,
      unit_cg: 404,
      unit_other: 404,
      supervisor: 200,
      hotline_operator: 200,
    },
    otherwise: 403,
  },
  {
    name: 'the routing suggestion',
    request: (f) => ({ method: 'GET', url: `/api/v1/hotline/tickets/${f.st}/routing` }),
    allowed: { anonymous: 401, hotline_operator: 200 },
    otherwise: 403,
  },
  {
    name: 'take a call',
    request: () => ({
      method: 'POST',
      url: '/api/v1/hotline/tickets',
      payload: callBody(),
      headers: { 'idempotency-key': crypto.randomUUID() },
    }),
    allowed: { anonymous: 401, hotline_operator: 201 },
    otherwise: 403,
  },
  {
    name: 'check for duplicates',
    request: () => ({
      method: 'POST',
      url: '/api/v1/hotline/tickets/duplicates',
      payload: { subject: 'noise' },
    }),
    allowed: { anonymous: 401, hotline_operator: 200 },
    otherwise: 403,
  },
  {
    // Supervising needs a late order: not late here, so the ones allowed to try get 409.
    name: 'supervise',
    request: (f) => ({
      method: 'POST',
      url: `/api/v1/hotline/tickets/${f.st}/commands`,
      payload: { type: 'supervise', note: '督办', expectedRevision: 2 },
    }),
    allowed: {
      anonymous: 401,
      supervisor: 409,
      hotline_operator: 409,
      unit_st: 403,
      unit_cg: 404,
      unit_other: 404,
    },
    otherwise: 403,
  },
  {
    name: 'act on a guessed order',
    request: () => ({
      method: 'POST',
      url: `/api/v1/hotline/tickets/${GUESSED}/commands`,
      payload: { type: 'sign', expectedRevision: 2 },
    }),
    allowed: {
      anonymous: 401,
      unit_st: 404,
      unit_cg: 404,
      unit_other: 404,
      supervisor: 404,
      hotline_operator: 404,
    },
    otherwise: 403,
  },
  {
    name: 'dashboard',
    request: () => ({ method: 'GET', url: '/api/v1/hotline/dashboard' }),
    allowed: { anonymous: 401, supervisor: 200, hotline_operator: 200, sys_admin: 200 },
    otherwise: 403,
  },
  {
    name: 'change feed',
    request: () => ({ method: 'GET', url: '/api/v1/hotline/changes' }),
    allowed: { anonymous: 401, supervisor: 200, hotline_operator: 200, sys_admin: 200 },
    otherwise: 403,
  },
  {
    name: 'read settings',
    request: () => ({ method: 'GET', url: '/api/v1/hotline/settings' }),
    allowed: { anonymous: 401, supervisor: 200, hotline_operator: 200, sys_admin: 200 },
    otherwise: 403,
  },
  {
    name: 'add a routing rule',
    request: (f) => ({
      method: 'POST',
      url: '/api/v1/hotline/routing-rules',
      payload: { subject: 'water', type: 'help', districtCode: '440607', leadUnitId: f.stUnit },
    }),
    allowed: { anonymous: 401, supervisor: 200, sys_admin: 200 },
    otherwise: 403,
  },
  {
    name: 'search the knowledge base',
    request: () => ({ method: 'GET', url: '/api/v1/hotline/knowledge?q=社保' }),
    allowed: {
      anonymous: 401,
      unit_st: 200,
      unit_cg: 200,
      unit_other: 200,
      supervisor: 200,
      hotline_operator: 200,
    },
    otherwise: 403,
  },
  {
    name: 'write the knowledge base',
    request: () => ({
      method: 'POST',
      url: '/api/v1/hotline/knowledge',
      payload: { title: '测试条目', subject: null, answer: '测试答案' },
    }),
    allowed: { anonymous: 401, supervisor: 201, hotline_operator: 201 },
    otherwise: 403,
  },
  {
    name: 'Open311 keys',
    request: () => ({ method: 'GET', url: '/api/v1/hotline/open311-keys' }),
    allowed: { anonymous: 401, sys_admin: 200 },
    otherwise: 403,
  },
  {
    name: 'my requests',
    request: () => ({ method: 'GET', url: '/api/v1/hotline/my/tickets' }),
    allowed: { anonymous: 401, person: 200 },
    otherwise: 403,
  },
  {
    name: 'a guessed request of mine',
    request: () => ({ method: 'GET', url: `/api/v1/hotline/my/tickets/${GUESSED}` }),
    allowed: { anonymous: 401, person: 404 },
    otherwise: 403,
  },
  {
    name: 'the taxonomy (public)',
    request: () => ({ method: 'GET', url: '/api/v1/hotline/taxonomy' }),
    allowed: {},
    otherwise: 200,
  },
];

describe.each(databaseKinds())('hotline authorisation on %s', (kind) => {
  let t: TestApp;
  let f: Awaited<ReturnType<typeof hotlineFixture>>;
  let fixture: Fixture;
  const cookies = new Map<Actor, string>();

  beforeAll(async () => {
    t = await createTestApp(kind);
    f = await hotlineFixture(t);
    for (const [actor, { identifier, staff }] of Object.entries(LOGINS))
      cookies.set(actor as Actor, await login(t.app, identifier, { staff }));
    const st = await f.take(callBody({ disposition: { kind: 'dispatch', leadUnitId: f.unit('FS-ST') } }));
    fixture = { st: st.ticketNo, stUnit: f.unit('FS-ST') };
  });
  afterAll(() => t.close());

  it.each(CASES)('$name', async (c) => {
    const results: Record<string, number> = {};
    const expected: Record<string, number> = {};
    for (const actor of ACTORS) {
      const { headers, ...request } = c.request(fixture);
      const cookie = cookies.get(actor);
      const res = await t.app.inject({ ...request, headers: { ...headers, ...(cookie ? { cookie } : {}) } });
      results[actor] = res.statusCode;
      expected[actor] = c.allowed[actor] ?? c.otherwise;
    }
    expect(results).toEqual(expected);
  });

  it('shows each unit only the orders it leads or assists, and forgets them once reassigned away', async () => {
    const a = await f.take(callBody({ disposition: { kind: 'dispatch', leadUnitId: f.unit('FS-ST') } }));
    const b = await f.take(
      callBody({
        disposition: { kind: 'dispatch', leadUnitId: f.unit('FS-CG'), assistingUnitIds: [f.unit('FS-ST')] },
      }),
    );
    const c = await f.take(callBody({ disposition: { kind: 'dispatch', leadUnitId: f.unit('FS-JT') } }));
    const numbers = async (cookie: string) =>
      (await f.get(cookie, '/api/v1/hotline/tickets?pageSize=100'))
        .json()
        .items.map((i: { ticketNo: string }) => i.ticketNo);
    const st = await numbers(f.st);
    expect(st).toEqual(expect.arrayContaining([a.ticketNo, b.ticketNo]));
    expect(st).not.toContain(c.ticketNo);
    const cg = await numbers(f.cg);
    expect(cg).toContain(b.ticketNo);
    expect(cg).not.toContain(a.ticketNo);
    expect(cg).not.toContain(c.ticketNo);
    expect(await numbers(cookies.get('unit_other')!)).toEqual([]);
    // A unit's list never shows the caller of a confidential order, and masks the others.
    expect((await f.get(f.st, '/api/v1/hotline/tickets')).json().items[0].caller.phone).toMatch(
      /^\d{3}\*+\d{4}$/,
    );

    await f.command(f.cg, b.ticketNo, { type: 'return', reason: '不属于城管' });
    await f.command(f.dispatcher, b.ticketNo, { type: 'reassign', leadUnitId: f.unit('FS-JT') });
    expect((await f.detail(f.cg, b.ticketNo)).statusCode).toBe(404);
    expect((await f.detail(f.st, b.ticketNo)).statusCode).toBe(404);
    expect(await numbers(f.cg)).not.toContain(b.ticketNo);
  });
});
