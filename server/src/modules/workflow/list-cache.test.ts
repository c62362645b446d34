import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessDateOf } from '../../platform/calendar/index.js';
import { databaseKinds } from '../../test-support/databases.js';
import { publishMatter } from '../../test-support/matters.js';
import { createTestApp, login, type TestApp } from '../../test-support/test-app.js';
import { principalResolver } from '../identity/index.js';
import { actorOf } from './actor.js';
import type { Actor } from './engine/index.js';
import { workLists } from './lists.js';
import { compactListChanges, listRevision, recordListChanges } from './store/list-changes.js';
import { workflowRepository } from './store/repository.js';
import { HOUSE_TRANSFER } from './workflow.fixture.js';

// Every kept page must equal the page read afresh, after any sequence of case commands by anyone.
const { code, guide } = HOUSE_TRANSFER;

const STAFF = ['reviewer.zrzy', 'reviewer.zj', 'approver.zrzy', 'head.zrzy', 'supervisor'] as const;
type Staff = (typeof STAFF)[number];

/** What each command needs besides its type, task and revision; commands not listed are not tried. */
const BODIES: Record<string, object> = {
  claim: {},
  release: {},
  accept: { note: '材料齐全' },
  review: { verdict: 'agree', opinion: '同意' },
  decide: { outcome: 'approve', opinion: '准予登记' },
  deliver: { channel: 'electronic' },
  issueSupervisionOrder: { department: 'FS-ZRZY', text: '请加快办理', dueOn: '2099-12-31' },
};

const INBOXES: { who: Staff; scope: 'pool' | 'mine' }[] = [
  { who: 'reviewer.zrzy', scope: 'pool' },
  { who: 'reviewer.zrzy', scope: 'mine' },
  { who: 'reviewer.zj', scope: 'pool' },
  { who: 'reviewer.zj', scope: 'mine' },
  { who: 'approver.zrzy', scope: 'pool' },
];
const SUPERVISION = [
  { warning: 'intake', department: undefined },
  { warning: 'yellow', department: undefined },
  { warning: 'red', department: undefined },
  { warning: 'intake', department: 'FS-ZRZY' },
] as const;

interface Action {
  type: string;
  expectedRevision: number;
  taskId?: string;
}

type Op = { kind: 'apply' } | { kind: 'act'; who: Staff; pick: number; command: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 1, arbitrary: fc.constant({ kind: 'apply' as const }) },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('act' as const),
      who: fc.constantFrom(...STAFF),
      pick: fc.nat(),
      command: fc.nat(),
    }),
  },
);

describe.each(databaseKinds())('kept work list pages on %s', (kind) => {
  let t: TestApp;
  let versionId: string;
  const cookies: Record<string, string> = {};
  const cases: string[] = [];
  const day = () => businessDateOf(new Date());
  const db = () => workflowRepository(t.ctx.db).db;

  beforeAll(async () => {
    t = await createTestApp(kind);
    versionId = await publishMatter(t, code, guide);
    cookies.zhangsan = await login(t.app, '13800138001');
    for (const u of STAFF) cookies[u] = await login(t.app, u, { staff: true });
  });
  afterAll(() => t.close());

  /** The engine's actor for a staff member, as a request of theirs would see it. */
  const actors = new Map<Staff, Promise<Actor>>();
  const actorNamed = (username: Staff) => {
    if (!actors.has(username)) actors.set(username, lookUpActor(username));
    return actors.get(username)!;
  };
  async function lookUpActor(username: Staff) {
    const token = cookies[username]!.replace(/^ow_sid=/, '');
    const principal = await principalResolver(t.ctx.db, t.ctx.sessions)(token);
    return actorOf(t.ctx.db, principal!);
  }

  const get = async (url: string, who: string) => {
    const res = await t.app.inject({ url, headers: { cookie: cookies[who]! } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  async function apply() {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: { cookie: cookies.zhangsan!, 'idempotency-key': randomUUID() },
      payload: { matterCode: code, versionId, formData: { address: '禅城区季华五路1号' }, declaration: true },
    });
    expect(res.statusCode, res.body).toBe(201);
    cases.push(res.json().applicationNo);
  }

  /**
   * One of the commands we know how to fill in that someone may run on a case now: `who` if
   * they may, else the next of the staff who may; `onward`: only those that move the case on.
   */
  async function act(who: Staff, pick: number, command: number, onward = false) {
    if (cases.length === 0) return;
    const no = cases[pick % cases.length]!;
    for (let i = 0; i < STAFF.length; i++) {
      const actor = STAFF[(STAFF.indexOf(who) + i) % STAFF.length]!;
      const view = await t.app.inject({
        url: `/api/v1/workbench/cases/${no}`,
        headers: { cookie: cookies[actor]! },
      });
      if (view.statusCode === 404) continue;
      const actions = (view.json().actions as Action[]).filter(
        (a) =>
          a.type in BODIES && !(onward && ['claim', 'release', 'issueSupervisionOrder'].includes(a.type)),
      );
      if (actions.length === 0) continue;
      const action = actions[command % actions.length]!;
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/v1/workbench/cases/${no}/commands`,
        headers: { cookie: cookies[actor]! },
        payload: {
          type: action.type,
          expectedRevision: action.expectedRevision,
          taskId: action.taskId,
          ...BODIES[action.type],
        },
      });
      expect(res.statusCode, res.body).toBe(200);
      return;
    }
  }

  const taskLine = (r: {
    taskId: string;
    status: string;
    caseStatus: string;
    assigneeId: string | null;
    dueOn: string;
  }) => `${r.taskId} ${r.status} ${r.caseStatus} ${r.assigneeId} ${r.dueOn}`;
  const caseLine = (r: {
    applicationNo: string;
    status: string;
    promisedDueOn: string | null;
    openOrders: unknown;
  }) => `${r.applicationNo} ${r.status} ${r.promisedDueOn} ${Number(r.openOrders ?? 0)}`;

  /**
   * Every list as the app answers it (its pages kept across the run) and as a second set of kept
   * pages answers it (another process's, which saw none of the writes) equals a fresh read.
   */
  async function expectListsFresh(other: ReturnType<typeof workLists>) {
    for (const { who, scope } of INBOXES) {
      const actor = await actorNamed(who);
      const query = { scope, page: 1, pageSize: 20 };
      const fresh = await workLists(db(), 0).inbox(actor, query, day());
      const answered = await get(`/api/v1/workbench/tasks?scope=${scope}`, who);
      const elsewhere = await other.inbox(actor, query, day());
      const expected = { lines: fresh.rows.map(taskLine), total: fresh.total };
      expect({ lines: answered.items.map(taskLine), total: answered.total }, `${who} ${scope}`).toEqual(
        expected,
      );
      expect({ lines: elsewhere.rows.map(taskLine), total: elsewhere.total }, `${who} ${scope}`).toEqual(
        expected,
      );
    }
    for (const { warning, department } of SUPERVISION) {
      const query = { warning, department, page: 1, pageSize: 20 };
      const fresh = await workLists(db(), 0).supervisedCases(query, day());
      const answered = await get(
        `/api/v1/supervision/cases?warning=${warning}${department ? `&department=${department}` : ''}`,
        'supervisor',
      );
      const elsewhere = await other.supervisedCases(query, day());
      const expected = { lines: fresh.rows.map(caseLine), total: fresh.total };
      expect({ lines: answered.items.map(caseLine), total: answered.total }, warning).toEqual(expected);
      expect({ lines: elsewhere.rows.map(caseLine), total: elsewhere.total }, warning).toEqual(expected);
    }
  }

  it('answers every list as a fresh read would, after any sequence of case commands', async () => {
    const other = workLists(db(), 1000);
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 10, maxLength: 24 }), async (ops) => {
        await expectListsFresh(other);
        for (const op of ops) {
          if (op.kind === 'apply') await apply();
          else await act(op.who, op.pick, op.command);
          await expectListsFresh(other);
        }
      }),
      { numRuns: 5 },
    );
    // Then every case to its end, the lists checked after each step.
    for (let step = 0; step < 8; step++)
      for (let pick = Math.max(0, cases.length - 3); pick < cases.length; pick++) {
        await act('reviewer.zrzy', pick, step, true);
        await expectListsFresh(other);
      }
    // The runs reached the lists' changes, not only their first pages.
    const statuses = await db().selectFrom('workflowInstances').select('status').distinct().execute();
    expect(statuses.map((s) => s.status)).toEqual(expect.arrayContaining(['delivered']));
  });

  it('takes a claimed task off the pool at once, though the pool page was kept', async () => {
    await apply();
    const no = cases.at(-1)!;
    const pool = () => get('/api/v1/workbench/tasks?scope=pool&pageSize=100', 'reviewer.zrzy');
    const listed = (await pool()).items.find((i: { applicationNo: string }) => i.applicationNo === no);
    expect(listed).toMatchObject({ status: 'open' });
    await pool();
    const view = (await get(`/api/v1/workbench/cases/${no}`, 'reviewer.zrzy')) as { actions: Action[] };
    const claim = view.actions.find((a) => a.type === 'claim' && a.taskId === listed.taskId)!;
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/workbench/cases/${no}/commands`,
      headers: { cookie: cookies['reviewer.zrzy']! },
      payload: { type: 'claim', expectedRevision: claim.expectedRevision, taskId: claim.taskId },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((await pool()).items.map((i: { taskId: string }) => i.taskId)).not.toContain(listed.taskId);
    const mine = await get('/api/v1/workbench/tasks?scope=mine&pageSize=100', 'reviewer.zrzy');
    expect(mine.items.map((i: { taskId: string }) => i.taskId)).toContain(listed.taskId);
  });

  it('keeps every revision when the change rows are folded, also by two processes at once', async () => {
    const keys = ['pool:FS-TEST', 'assignee:someone', 'cases'];
    for (let i = 0; i < 30; i++) await recordListChanges(db(), [keys[i % keys.length]!]);
    const before = await listRevision(db(), keys);
    const rows = await db().selectFrom('workflowListChanges').select('id').execute();
    await Promise.all([
      compactListChanges(t.ctx.db, t.ctx.dialect),
      compactListChanges(t.ctx.db, t.ctx.dialect),
    ]);
    expect(await listRevision(db(), keys)).toBe(before);
    const folded = await db().selectFrom('workflowListChanges').select('id').execute();
    expect(folded.length).toBeLessThan(rows.length);
    // A change after folding still moves its list, and only its list.
    await recordListChanges(db(), ['pool:FS-TEST']);
    const after = await listRevision(db(), keys);
    expect(after).not.toBe(before);
    expect(after.split(';').slice(1)).toEqual(before.split(';').slice(1));
  });
});
