import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test-support/databases.js';
import { createTestApp, login, type TestApp } from '../../test-support/test-app.js';
import { seedDemoProjects } from './demo-projects.js';

describe.each(databaseKinds())('the demo projects on %s', (kind) => {
  let t: TestApp;
  let made: number;
  beforeAll(async () => {
    t = await createTestApp(kind, {}, {}, { catalogue: true });
    made = await seedDemoProjects(t.ctx);
  });
  afterAll(() => t.close());

  it('holds 50 projects across the categories and stages, some completed, some late, statistics to match', async () => {
    expect(made).toBe(50);
    expect(await seedDemoProjects(t.ctx)).toBe(0);
    const supervisor = await login(t.app, 'supervisor', { staff: true });
    const res = await t.app.inject({ url: '/api/v1/projects/statistics', headers: { cookie: supervisor } });
    expect(res.statusCode, res.body).toBe(200);
    const stats = res.json();
    expect(stats.projectsOnline).toBe(50);
    expect(stats.projectsCompleted).toBe(20);
    expect(stats.byCategory.filter((c: { projects: number }) => c.projects > 0)).toHaveLength(10);
    expect(stats.byStage.every((s: { filed: number }) => s.filed > 0)).toBe(true);
    expect(stats.averageWorkingDays).toBeGreaterThan(0);
    expect(stats.lateDepartments.length).toBeGreaterThan(0);
    expect(stats.supervisionOrders.total).toBeGreaterThan(0);
    // Every closed stage's matters are decided; a Gantt row per department.
    const filings = await t.app.inject({
      url: '/api/v1/projects/filings?role=all&status=closed&pageSize=100',
      headers: { cookie: supervisor },
    });
    for (const f of filings.json().items) expect(f.decidedCount, f.filingNo).toBe(f.matterCount);
    // Every status in progress is there, and its filing reads back whole.
    const open = (
      await t.app.inject({
        url: '/api/v1/projects/filings?role=all&status=open&pageSize=100',
        headers: { cookie: supervisor },
      })
    ).json().items as { id: string; status: string }[];
    expect(new Set(open.map((f) => f.status))).toEqual(new Set(['in_progress', 'correction_requested']));
    for (const f of open.slice(0, 10)) {
      const detail = await t.app.inject({
        url: `/api/v1/projects/filings/${f.id}`,
        headers: { cookie: supervisor },
      });
      expect(detail.statusCode, detail.body).toBe(200);
    }
  });
});
