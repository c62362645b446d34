import { addCalendarDays, businessDateOf } from '../../platform/calendar/index.js';
import type { AppContext } from '../../platform/http/index.js';
import type { ZodApp } from '../../platform/module.js';
import { assertCan } from '../../platform/permissions/index.js';
import { problemSchema } from '../../platform/validation/index.js';
import { changesSince, dashboardOf, formatCursor, parseCursor } from './dashboard.js';
import { changeList, changesQuery, dashboard, dashboardQuery } from './schemas.js';
import { unitDirectory } from './units.js';

const DEFAULT_DAYS = 30;
const FRESH_MS = 1000;

/** The dashboard's figures and the change feed a live board polls. */
export function registerDashboardRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['hotline'];
  const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema };
  // A wall of screens shows the same figures: each process computes one range at most once a second.
  const recent = new Map<string, { at: number; figures: ReturnType<typeof dashboardOf> }>();

  app.get(
    '/api/v1/hotline/dashboard',
    {
      schema: {
        operationId: 'getHotlineDashboard',
        tags,
        summary:
          '12345 数据看板：分类、区、渠道、日量，热点诉求，满意度，单位超期 / Volumes, hot subjects, satisfaction, overdue per unit',
        querystring: dashboardQuery,
        response: { 200: dashboard, ...errors },
      },
    },
    async (request) => {
      assertCan(request.principal, 'hotline.dashboard');
      const today = businessDateOf(new Date());
      const to = request.query.to ?? today;
      const from = request.query.from ?? addCalendarDays(to, -(DEFAULT_DAYS - 1));
      const districtCode = request.query.districtCode ?? null;
      const key = `${from}|${to}|${districtCode}|${today}`;
      const seen = recent.get(key);
      if (seen && performance.now() - seen.at < FRESH_MS) return seen.figures;
      const figures = unitDirectory(ctx.db).then((units) =>
        dashboardOf(ctx.db, { from, to, districtCode, today }, units),
      );
      for (const [k, v] of recent) if (performance.now() - v.at >= FRESH_MS) recent.delete(k);
      recent.set(key, { at: performance.now(), figures });
      figures.catch(() => recent.delete(key));
      return figures;
    },
  );

  app.get(
    '/api/v1/hotline/changes',
    {
      schema: {
        operationId: 'getHotlineChanges',
        tags,
        summary: '工单变动（实时看板按游标翻页）/ Order changes after a cursor, each once',
        querystring: changesQuery,
        response: { 200: changeList, ...errors },
      },
    },
    async (request) => {
      assertCan(request.principal, 'hotline.dashboard');
      const { after } = request.query;
      const page = await changesSince(
        ctx.db,
        ctx.dialect,
        after === undefined ? undefined : parseCursor(after),
      );
      return { ...page, cursor: formatCursor(page.cursor) };
    },
  );
}
