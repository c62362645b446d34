import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessDateOf } from '../../platform/calendar/index.js';
import { databaseKinds } from '../../test-support/databases.js';
import { createTestApp, login, type TestApp } from '../../test-support/test-app.js';

describe.each(databaseKinds())('the demo cases on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, {}, {}, { catalogue: true, cases: true });
  }, 120_000);
  afterAll(() => t.close());

  /** What a reviewer's pool must show: open review work of their department (or any), unclaimed, by deadline. */
  const reviewerPool = (department: string) =>
    t.ctx.db
      .selectFrom('workflowTasks as t')
      .innerJoin('workflowInstances as i', 'i.id', 't.instanceId')
      .select(['i.applicationNo', 'i.matterName'])
      .where('t.status', '=', 'open')
      .where('t.department', 'in', [department, '*'])
      .where('t.role', '=', 'reviewer')
      .where('t.assigneeId', 'is', null)
      .orderBy('t.dueOn')
      .orderBy('t.openedAt')
      .orderBy('t.id');

  it('holds at least 200 applications in every status the workbench and supervision show', async () => {
    const rows = await t.ctx.db
      .selectFrom('applications')
      .select(['status'])
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .groupBy('status')
      .execute();
    const byStatus: Record<string, number> = Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
    expect(Object.values(byStatus).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(200);
    for (const status of [
      'pre_review',
      'submitted',
      'correction_requested',
      'refused',
      'accepted',
      'in_review',
      'decided',
      'delivered',
      'completed',
      'withdrawn',
    ])
      expect(byStatus[status], status).toBeGreaterThan(0);
    const cases = t.ctx.db.selectFrom('workflowInstances');
    const count = async (q: typeof cases) =>
      Number((await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    expect(await count(cases.where('suspended', '=', 1))).toBeGreaterThan(0);
    const acceptances = (await cases.select('state').execute()).map(
      (r) => JSON.parse(r.state).intake.acceptance as string | null,
    );
    expect(acceptances).toContain('shortfall');
    expect(acceptances).toContain('deemed');
  });

  it('gives the supervisor overdue work to see and the reviewers an inbox', async () => {
    const supervisor = await login(t.app, 'supervisor', { staff: true });
    const red = (
      await t.app.inject({ url: '/api/v1/supervision/cases?warning=red', headers: { cookie: supervisor } })
    ).json();
    expect(red.total).toBeGreaterThan(0);
    const reviewer = await login(t.app, 'reviewer.rs', { staff: true });
    const pool = (
      await t.app.inject({ url: '/api/v1/workbench/tasks?scope=pool', headers: { cookie: reviewer } })
    ).json();
    expect(pool.total).toBeGreaterThan(0);
    // Sorted by due date, earliest first.
    const due = pool.items.map((i: { dueOn: string }) => i.dueOn);
    expect(due).toEqual([...due].sort());
  });

  it('pages every supervision list and the pool as one ordered whole, with exact totals under the count limit', async () => {
    const day = businessDateOf(new Date());
    const allPages = async (cookie: string, url: string) => {
      const numbers: string[] = [];
      for (let page = 1; ; page++) {
        const body = (
          await t.app.inject({ url: `${url}&page=${page}&pageSize=7`, headers: { cookie } })
        ).json();
        expect(body.totalCapped).toBe(false);
        numbers.push(...body.items.map((i: { applicationNo: string }) => i.applicationNo));
        if (page * 7 >= body.total) {
          expect(numbers).toHaveLength(body.total);
          return numbers;
        }
      }
    };
    const cases = t.ctx.db.selectFrom('workflowInstances as i').select('i.applicationNo');
    const running = cases.where('i.status', 'in', ['accepted', 'in_review']).where('i.suspended', '=', 0);
    const byDeadline = (q: typeof cases) =>
      q.orderBy('i.promisedDueOn').orderBy('i.warnFrom').orderBy('i.applicationNo').execute();
    const numbersOf = async (rows: Promise<{ applicationNo: string }[]>) =>
      (await rows).map((r) => r.applicationNo);

    const supervisor = await login(t.app, 'supervisor', { staff: true });
    const red = await allPages(supervisor, '/api/v1/supervision/cases?warning=red');
    expect(red.length).toBeGreaterThan(7);
    expect(red).toEqual(await numbersOf(byDeadline(running.where('i.promisedDueOn', '<', day))));
    expect(await allPages(supervisor, '/api/v1/supervision/cases?warning=yellow')).toEqual(
      await numbersOf(byDeadline(running.where('i.warnFrom', '<=', day).where('i.promisedDueOn', '>=', day))),
    );
    expect(await allPages(supervisor, '/api/v1/supervision/cases?warning=intake')).toEqual(
      await numbersOf(
        cases
          .where('i.status', 'in', ['submitted', 'pre_review', 'resubmitted'])
          .orderBy('i.intakeDueOn')
          .orderBy('i.applicationNo')
          .execute(),
      ),
    );
    const department = 'FS-RS';
    expect(
      await allPages(supervisor, `/api/v1/supervision/cases?warning=red&department=${department}`),
    ).toEqual(
      await numbersOf(
        byDeadline(running.where('i.promisedDueOn', '<', day).where('i.departmentCode', '=', department)),
      ),
    );

    // The pool: open tasks of the reviewer's department (or any) for their role, unclaimed or theirs.
    const reviewer = await login(t.app, 'reviewer.rs', { staff: true });
    const pool = await allPages(reviewer, '/api/v1/workbench/tasks?scope=pool');
    const openTasks = await reviewerPool(department).execute();
    expect(pool.length).toBeGreaterThan(7);
    expect(pool).toEqual(openTasks.map((r) => r.applicationNo));
  });

  it('filters the pool by warning and search, lists the tasks a reviewer claimed, and an applicant’s list by status', async () => {
    const day = businessDateOf(new Date());
    const department = 'FS-RS';
    const reviewer = await login(t.app, 'reviewer.rs', { staff: true });
    const list = async (cookie: string, url: string) =>
      (await t.app.inject({ url, headers: { cookie } })).json() as {
        items: { applicationNo: string; taskId: string; taskRevision: number }[];
        total: number;
      };
    const numbers = (body: { items: { applicationNo: string }[] }) => body.items.map((i) => i.applicationNo);
    const pool = reviewerPool(department);

    const red = await list(reviewer, '/api/v1/workbench/tasks?scope=pool&warning=red&pageSize=100');
    const overdue = await pool.where('t.dueOn', '<', day).execute();
    expect(overdue.length).toBeGreaterThan(0);
    expect(numbers(red)).toEqual(overdue.map((r) => r.applicationNo));

    // A search matches the start of an application number or any part of a matter's name.
    const everything = await pool.execute();
    const one = everything[everything.length - 1]!;
    const byNumber = await list(reviewer, `/api/v1/workbench/tasks?scope=pool&q=${one.applicationNo}`);
    expect(numbers(byNumber)).toEqual([one.applicationNo]);
    const word = one.matterName.slice(1, 3);
    const byName = await list(
      reviewer,
      `/api/v1/workbench/tasks?scope=pool&pageSize=100&q=${encodeURIComponent(word)}`,
    );
    expect(numbers(byName)).toEqual(
      everything
        .filter((r) => r.matterName.includes(word) || r.applicationNo.startsWith(word))
        .map((r) => r.applicationNo),
    );

    // A claimed task leaves the others' pool and is the reviewer's own.
    const first = (await list(reviewer, '/api/v1/workbench/tasks?scope=pool')).items[0]!;
    const claimed = await t.app.inject({
      method: 'POST',
      url: `/api/v1/workbench/cases/${first.applicationNo}/commands`,
      headers: { cookie: reviewer },
      payload: { type: 'claim', taskId: first.taskId, expectedRevision: first.taskRevision },
    });
    expect(claimed.statusCode).toBe(200);
    const mine = await list(reviewer, '/api/v1/workbench/tasks?scope=mine&pageSize=100');
    expect(mine.items.map((i) => i.taskId)).toContain(first.taskId);
    const { accountId } = await t.ctx.db
      .selectFrom('staff')
      .select('accountId')
      .where('username', '=', 'reviewer.rs')
      .executeTakeFirstOrThrow();
    const assigned = await t.ctx.db
      .selectFrom('workflowTasks')
      .select('id')
      .where('assigneeId', '=', accountId)
      .where('status', 'in', ['open', 'claimed'])
      .execute();
    expect(mine.total).toBe(assigned.length);
    expect(
      (await list(reviewer, '/api/v1/workbench/tasks?scope=pool&pageSize=100')).items.map((i) => i.taskId),
    ).not.toContain(first.taskId);

    // The applicant's own list, one status at a time.
    const zhangsan = await login(t.app, '13800138001');
    const person = (await t.app.inject({ url: '/api/v1/accounts/me', headers: { cookie: zhangsan } })).json()
      .id;
    for (const status of ['in_review', 'completed']) {
      const body = await list(zhangsan, `/api/v1/applications?status=${status}&pageSize=100`);
      const held = await t.ctx.db
        .selectFrom('applications')
        .select('applicationNo')
        .where('submittedBy', '=', person)
        .where('organizationId', 'is', null)
        .where('status', '=', status as 'in_review')
        .orderBy('submittedAt', 'desc')
        .orderBy('applicationNo', 'desc')
        .execute();
      expect(held.length, status).toBeGreaterThan(0);
      expect(numbers(body)).toEqual(held.map((r) => r.applicationNo));
    }
  });
});
