import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
});
