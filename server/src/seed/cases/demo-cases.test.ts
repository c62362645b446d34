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
    const openTasks = await t.ctx.db
      .selectFrom('workflowTasks as t')
      .innerJoin('workflowInstances as i', 'i.id', 't.instanceId')
      .select('i.applicationNo')
      .where('t.status', '=', 'open')
      .where('t.department', 'in', [department, '*'])
      .where('t.role', '=', 'reviewer')
      .where('t.assigneeId', 'is', null)
      .orderBy('t.dueOn')
      .orderBy('t.openedAt')
      .orderBy('t.id')
      .execute();
    expect(pool.length).toBeGreaterThan(7);
    expect(pool).toEqual(openTasks.map((r) => r.applicationNo));
  });
});
