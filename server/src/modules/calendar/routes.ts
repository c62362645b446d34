import {
  type CalendarYear,
  checkYearEntries,
  dayNumber,
  packageYears,
} from '../../platform/calendar/index.js';
import { invalidFields, ProblemError } from '../../platform/errors/index.js';
import { emitInTrx } from '../../platform/events/index.js';
import type { AppContext } from '../../platform/http/index.js';
import type { ZodApp } from '../../platform/module.js';
import { assertCan } from '../../platform/permissions/index.js';
import { problemSchema } from '../../platform/validation/index.js';
import { calendarRepository } from './repository.js';
import {
  calendarYearList,
  calendarYearResponse,
  deadlineQuery,
  deadlineResponse,
  putYearBody,
  workingDaysQuery,
  workingDaysResponse,
  yearParams,
} from './schemas.js';
import { CALENDAR_YEAR_CHANGED, calendarProvider } from './working-calendar.js';

const basisOf = (years: CalendarYear[]) =>
  years.map(({ year, source, notice }) => ({ year, source, notice }));

function yearView(y: CalendarYear) {
  return {
    year: y.year,
    source: y.source,
    notice: y.notice,
    holidays: y.holidays.map(({ date, name }) => ({ date, name })),
    workdays: [...y.workdays],
    updatedAt: y.updatedAt,
    updatedBy: y.updatedBy,
  };
}

/**
 * Working-day calculations are public (the portal shows applicants their deadlines) and
 * so is the arrangement itself (the State Council notice is public); entering a year is
 * the system administrator's.
 */
export function registerCalendarRoutes(app: ZodApp, ctx: AppContext): void {
  const provider = calendarProvider(ctx.db);
  const tags = ['calendar'];

  app.get(
    '/api/v1/calendar/deadline',
    {
      schema: {
        operationId: 'computeDeadline',
        tags,
        summary: '按工作日计算期限 / The N-th working day after a date',
        description:
          'The start day is not counted; weekends and public holidays are skipped, make-up working days count. workingDays = 0 answers the start date.',
        querystring: deadlineQuery,
        response: { 200: deadlineResponse, 400: problemSchema, 422: problemSchema },
      },
    },
    async (request) => {
      const { start, workingDays } = request.query;
      const calendar = await provider.current();
      const deadline = calendar.addWorkingDays(start, workingDays);
      return {
        start,
        workingDays,
        deadline,
        calendarDays: dayNumber(deadline) - dayNumber(start),
        basis: basisOf(calendar.basis(start, deadline)),
      };
    },
  );

  app.get(
    '/api/v1/calendar/working-days',
    {
      schema: {
        operationId: 'countWorkingDays',
        tags,
        summary: '计算两日之间的工作日数 / Working days after `from` up to and including `to`',
        querystring: workingDaysQuery,
        response: { 200: workingDaysResponse, 400: problemSchema, 422: problemSchema },
      },
    },
    async (request) => {
      const { from, to } = request.query;
      const calendar = await provider.current();
      const workingDays = calendar.countWorkingDays(from, to);
      return {
        from,
        to,
        workingDays,
        calendarDays: Math.max(0, dayNumber(to) - dayNumber(from)),
        basis: dayNumber(to) > dayNumber(from) ? basisOf(calendar.basis(from, to)) : [],
      };
    },
  );

  app.get(
    '/api/v1/calendar/years',
    {
      schema: {
        operationId: 'listCalendarYears',
        tags,
        summary: '已有节假日安排的年份 / Years whose holiday arrangement is known',
        response: { 200: calendarYearList },
      },
    },
    async () => {
      const calendar = await provider.current();
      const items = calendar.knownYears().map((year) => {
        const y = calendar.year(year)!;
        return { year, source: y.source, notice: y.notice, updatedAt: y.updatedAt };
      });
      return { items };
    },
  );

  app.get(
    '/api/v1/calendar/years/:year',
    {
      schema: {
        operationId: 'getCalendarYear',
        tags,
        summary: '某年的法定节假日与调休安排 / A year’s holidays and make-up working days',
        params: yearParams,
        response: { 200: calendarYearResponse, 400: problemSchema, 404: problemSchema },
      },
    },
    async (request) => {
      const { year } = request.params;
      const data = (await provider.current()).year(year);
      if (!data) throw new ProblemError(404, 'calendar.year_unknown', { params: { year } });
      return yearView(data);
    },
  );

  app.put(
    '/api/v1/calendar/years/:year',
    {
      schema: {
        operationId: 'setCalendarYear',
        tags,
        summary: '录入或更正某年的节假日安排 / Enter or correct a year from the State Council notice',
        description:
          'Replaces the whole year; from then on the entry overrides the shipped data for that year in every server process.',
        params: yearParams,
        body: putYearBody,
        response: {
          200: calendarYearResponse,
          400: problemSchema,
          401: problemSchema,
          403: problemSchema,
        },
      },
    },
    async (request) => {
      assertCan(request.principal, 'calendar.manage');
      const principal = request.principal;
      const { year } = request.params;
      const { notice } = request.body;
      const problems = checkYearEntries(year, request.body.holidays, request.body.workdays);
      if (problems.length) throw invalidFields(problems);
      const holidays = [...request.body.holidays].sort((a, b) => a.date.localeCompare(b.date));
      const workdays = [...request.body.workdays].sort();

      await ctx.db.transaction().execute(async (trx) => {
        const repo = calendarRepository(trx);
        // First: on PostgreSQL this row lock queues concurrent entries, so each replaces
        // the year whole and the revision moves with every committed change.
        await repo.bumpRevision();
        const replaced = (await repo.exists(year))
          ? 'administrator'
          : packageYears().has(year)
            ? 'package'
            : null;
        await repo.replaceYear({
          year,
          notice,
          holidays,
          workdays,
          updatedAt: new Date().toISOString(),
          updatedBy: principal.accountId,
          updatedByLabel: principal.label,
        });
        await ctx.audit.recordInTrx(trx, {
          ...request.auditFacts(),
          action: 'calendar.set_year',
          objectType: 'calendar_year',
          objectId: String(year),
          detail: {
            notice,
            replaced,
            holidays: holidays.map((h) => `${h.date} ${h.name}`),
            workdays,
          },
        });
        // Deadlines other modules keep for sorting follow the corrected year (workflow).
        await emitInTrx(trx, CALENDAR_YEAR_CHANGED, { year });
      });
      provider.invalidate();

      return yearView((await provider.current()).year(year)!);
    },
  );
}
