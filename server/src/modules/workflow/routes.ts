import { businessDateOf } from '../../platform/calendar/index.js';
import { notFound } from '../../platform/errors/index.js';
import { type AppContext, jsonText, sendJsonText } from '../../platform/http/index.js';
import type { ZodApp } from '../../platform/module.js';
import { assertCan } from '../../platform/permissions/index.js';
import { problemSchema } from '../../platform/validation/index.js';
import { workingCalendar } from '../calendar/index.js';
import { staffMaySee } from './access.js';
import { actorOf } from './actor.js';
import type { CaseService } from './case-service.js';
import type { InstanceState, Process } from './engine/index.js';
import { renderedPages } from './list-cache.js';
import { workLists } from './lists.js';
import {
  applicationNoParams,
  caseView,
  commandBody,
  inboxPage,
  inboxQuery,
  supervisionPage,
  supervisionQuery,
} from './schemas.js';
import { workflowRepository } from './store/repository.js';
import { caseViewOf, taskWarning } from './views.js';

export function registerWorkflowRoutes(app: ZodApp, ctx: AppContext, cases: CaseService): void {
  const tags = ['workbench'];
  const repo = workflowRepository(ctx.db);
  const lists = workLists(repo.db, ctx.config.workListPagesKept);
  const inboxTexts = renderedPages();
  const supervisionTexts = renderedPages();
  const today = () => businessDateOf(new Date());

  /** A definition's step names by step id: stored definitions never change, so once per process. */
  const stepNames = new Map<string, Map<string, string>>();
  async function stepNamesOf(definitionId: string) {
    let names = stepNames.get(definitionId);
    if (!names) {
      const { steps } = JSON.parse((await repo.findDefinition(definitionId)).definition) as {
        steps: { id: string; name: string }[];
      };
      names = new Map(steps.map((s) => [s.id, s.name]));
      stepNames.set(definitionId, names);
    }
    return names;
  }

  /** The case for a staff member who may see it; 404 otherwise (no hint that it exists). */
  async function visibleCase(applicationNo: string, principal: Parameters<typeof actorOf>[1]) {
    const actor = await actorOf(ctx.db, principal);
    const found = await cases.load(ctx.db, applicationNo);
    if (!found || !staffMaySee(found.process, found.state, actor)) throw notFound();
    return { ...found, actor };
  }

  app.get(
    '/api/v1/workbench/tasks',
    {
      schema: {
        operationId: 'listWorkbenchTasks',
        tags,
        summary: '我的待办 / 部门待办（按期限排序）/ My tasks and my department’s pool, by due date',
        querystring: inboxQuery,
        response: { 200: inboxPage, 401: problemSchema, 403: problemSchema },
      },
    },
    async (request, reply) => {
      assertCan(request.principal, 'workflow.work');
      const actor = await actorOf(ctx.db, request.principal);
      const { page, pageSize } = request.query;
      const day = today();
      const calendar = await workingCalendar(ctx);
      const kept = await lists.inbox(actor, request.query, day);
      // The query, the caller and the day are the kept page's key; the calendar sets the warnings.
      const text = await inboxTexts(kept, [day, calendar], async () => {
        const { rows, ...count } = kept;
        const items = [];
        // New keys before the spread, not after: V8 adds keys to a spread copy of a row ten
        // times slower than it copies the row into a literal that has them (30 µs a page of 20).
        for (const { definitionId, budgetDays, ...row } of rows) {
          items.push({
            stepName: (await stepNamesOf(definitionId)).get(row.stepId) ?? row.stepId,
            warning: taskWarning(row.dueOn, budgetDays, calendar, day),
            ...row,
          });
        }
        return jsonText(inboxPage, { items, ...count, page, pageSize });
      });
      return sendJsonText(reply, text);
    },
  );

  app.get(
    '/api/v1/workbench/cases/:applicationNo',
    {
      schema: {
        operationId: 'getWorkbenchCase',
        tags,
        summary: '办件流程：环节、任务、计时、可办理的操作 / A case: steps, tasks, clock and what I may do',
        params: applicationNoParams,
        response: { 200: caseView, 401: problemSchema, 403: problemSchema, 404: problemSchema },
      },
    },
    async (request) => {
      assertCan(request.principal, 'workflow.work');
      const { row, process, state, actor } = await visibleCase(
        request.params.applicationNo,
        request.principal,
      );
      return caseViewOf(repo, row, process, state, actor, await workingCalendar(ctx), today());
    },
  );

  app.post(
    '/api/v1/workbench/cases/:applicationNo/commands',
    {
      schema: {
        operationId: 'runWorkbenchCommand',
        tags,
        summary: '办理：受理、补正、审查、决定、计时、督办等 / Act on a case',
        params: applicationNoParams,
        body: commandBody,
        response: {
          200: caseView,
          400: problemSchema,
          401: problemSchema,
          403: problemSchema,
          404: problemSchema,
          409: problemSchema,
          422: problemSchema,
        },
      },
    },
    async (request) => {
      assertCan(request.principal, 'workflow.work');
      const { applicationNo } = request.params;
      const actor = await actorOf(ctx.db, request.principal);
      const command = request.body;
      const mayAct = (process: Process, state: InstanceState) => staffMaySee(process, state, actor);
      const { row, process, change } = await cases.runVisible(
        applicationNo,
        actor,
        command,
        mayAct,
        async (trx) => {
          await ctx.audit.recordInTrx(trx, {
            ...request.auditFacts(),
            action: `workflow.${command.type}`,
            objectType: 'application',
            objectId: applicationNo,
            detail: 'taskId' in command ? { taskId: command.taskId } : {},
          });
        },
      );
      // The case as the command left it: what the row gains from a transition is its projection.
      return caseViewOf(
        repo,
        { ...row, ...change.projection },
        process,
        change.after,
        actor,
        await workingCalendar(ctx),
        today(),
      );
    },
  );

  app.get(
    '/api/v1/supervision/cases',
    {
      schema: {
        operationId: 'listSupervisedCases',
        tags: ['supervision'],
        summary: '督查督办：超期与临期办件 / Overdue and due-soon cases per department',
        querystring: supervisionQuery,
        response: { 200: supervisionPage, 401: problemSchema, 403: problemSchema },
      },
    },
    async (request, reply) => {
      assertCan(request.principal, 'workflow.supervise');
      const actor = await actorOf(ctx.db, request.principal);
      const { page, pageSize, warning } = request.query;
      // A head of department supervises their own department only.
      const department = actor.roles.includes('supervisor') ? request.query.department : actor.departmentCode;
      const kept = await lists.supervisedCases({ warning, department, page, pageSize }, today());
      // Everything it shows is the kept page's key (the query, the department, the day).
      const text = await supervisionTexts(kept, [], async () => {
        const { rows, ...count } = kept;
        // The new key before the spread (see the inbox); openOrders is the row's own, replaced after it.
        const items = rows.map((r) => ({
          warning: (warning === 'red' ? 'red' : warning === 'yellow' ? 'yellow' : 'none') as
            | 'none'
            | 'yellow'
            | 'red',
          ...r,
          openOrders: Number(r.openOrders ?? 0),
        }));
        return jsonText(supervisionPage, { items, ...count, page, pageSize });
      });
      return sendJsonText(reply, text);
    },
  );
}
