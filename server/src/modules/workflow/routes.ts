import { businessDateOf } from '../../platform/calendar/index.js';
import { countAcrossRanges, pageAcrossRanges } from '../../platform/db/index.js';
import { notFound } from '../../platform/errors/index.js';
import type { AppContext } from '../../platform/http/index.js';
import type { ZodApp } from '../../platform/module.js';
import { assertCan } from '../../platform/permissions/index.js';
import { problemSchema } from '../../platform/validation/index.js';
import { workingCalendar } from '../calendar/index.js';
import { staffMaySee } from './access.js';
import { actorOf } from './actor.js';
import type { CaseService } from './case-service.js';
import { ANY_DEPARTMENT, type InstanceState, type Process, WORK_ROLES } from './engine/index.js';
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

const RUNNING = ['accepted', 'in_review'] as const;
const AWAITING_INTAKE = ['submitted', 'pre_review', 'resubmitted'] as const;

export function registerWorkflowRoutes(app: ZodApp, ctx: AppContext, cases: CaseService): void {
  const tags = ['workbench'];
  const repo = workflowRepository(ctx.db);
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
    async (request) => {
      assertCan(request.principal, 'workflow.work');
      const actor = await actorOf(ctx.db, request.principal);
      const { scope, page, pageSize, q, warning } = request.query;
      const day = today();
      const calendar = await workingCalendar(ctx);
      const roles = actor.roles.filter((r) => (WORK_ROLES as readonly string[]).includes(r));
      // The tasks alone are filtered, counted and ordered (their index holds the pool by
      // department, role and deadline); only the page's rows are joined to their cases, whose
      // state is large: sorting a whole pool with it took a second at a million applications.
      // The pool is one index range per department and role, "mine" one per status: the page is
      // read range by range in deadline order, and the count stops at COUNT_LIMIT.
      const ranges =
        scope === 'mine'
          ? (['open', 'claimed'] as const).map((status) =>
              repo.db
                .selectFrom('workflowTasks as t')
                .where('t.assigneeId', '=', actor.id)
                .where('t.status', '=', status),
            )
          : [actor.departmentCode ?? '-', ANY_DEPARTMENT].flatMap((department) =>
              (roles.length ? roles : ['-']).map((role) =>
                repo.db
                  .selectFrom('workflowTasks as t')
                  .where('t.status', '=', 'open')
                  .where('t.department', '=', department)
                  .where('t.role', '=', role)
                  .where((eb) => eb.or([eb('t.assigneeId', 'is', null), eb('t.assigneeId', '=', actor.id)])),
              ),
            );
      const filtered = ranges.map((range) => {
        let query = range;
        if (q)
          query = query.where((eb) =>
            eb.exists(
              eb
                .selectFrom('workflowInstances as i')
                .select('i.id')
                .whereRef('i.id', '=', 't.instanceId')
                .where((w) =>
                  w.or([w('i.applicationNo', 'like', `${q}%`), w('i.matterName', 'like', `%${q}%`)]),
                ),
            ),
          );
        return warning === 'red' ? query.where('t.dueOn', '<', day) : query;
      });
      const count = await countAcrossRanges(repo.db, filtered);
      const pageOfTasks = pageAcrossRanges(
        repo.db,
        filtered.map((range) => range.select(['t.id', 't.dueOn', 't.openedAt'])),
        ['dueOn', 'openedAt', 'id'],
        page,
        pageSize,
      );
      const rows = await repo.db
        .selectFrom('workflowTasks as t')
        .innerJoin('workflowInstances as i', 'i.id', 't.instanceId')
        .where('t.id', 'in', pageOfTasks)
        .select([
          't.id as taskId',
          't.revision as taskRevision',
          't.stepId',
          't.kind',
          't.status',
          't.department',
          't.assigneeId',
          't.openedAt',
          't.dueOn',
          't.budgetDays',
          'i.applicationNo',
          'i.matterCode',
          'i.matterName',
          'i.status as caseStatus',
          'i.definitionId',
        ])
        .orderBy('t.dueOn')
        .orderBy('t.openedAt')
        .orderBy('t.id')
        .execute();
      const items = [];
      for (const { definitionId, budgetDays, ...row } of rows) {
        items.push({
          ...row,
          stepName: (await stepNamesOf(definitionId)).get(row.stepId) ?? row.stepId,
          warning: taskWarning(row.dueOn, budgetDays, calendar, day),
        });
      }
      return { items, ...count, page, pageSize };
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
    async (request) => {
      assertCan(request.principal, 'workflow.supervise');
      const actor = await actorOf(ctx.db, request.principal);
      const { page, pageSize, warning } = request.query;
      // A head of department supervises their own department only.
      const department = actor.roles.includes('supervisor') ? request.query.department : actor.departmentCode;
      const day = today();
      // One index range per status (by department when one is chosen), each in deadline order;
      // within a day the case warned longest comes first, as its index holds them.
      const intake = warning === 'intake';
      const order = intake
        ? ['intakeDueOn', 'applicationNo']
        : ['promisedDueOn', 'warnFrom', 'applicationNo'];
      const ranges = (intake ? AWAITING_INTAKE : RUNNING).map((status) => {
        let range = repo.db.selectFrom('workflowInstances as i').where('i.status', '=', status);
        if (department) range = range.where('i.departmentCode', '=', department);
        if (intake) return range;
        range = range.where('i.suspended', '=', 0);
        return warning === 'red'
          ? range.where('i.promisedDueOn', '<', day)
          : range.where('i.warnFrom', '<=', day).where('i.promisedDueOn', '>=', day);
      });
      const count = await countAcrossRanges(repo.db, ranges);
      // The page is chosen on the index alone; its open orders are counted for its rows only.
      const pageOfCases = pageAcrossRanges(
        repo.db,
        ranges.map((range) =>
          range.select(['i.id', ...order.map((column) => `i.${column}` as 'i.applicationNo')]),
        ),
        order,
        page,
        pageSize,
      );
      const rowsQuery = repo.db
        .selectFrom('workflowInstances as i')
        .where('i.id', 'in', pageOfCases)
        .select((eb) => [
          'i.applicationNo',
          'i.matterName',
          'i.departmentCode',
          'i.status',
          'i.promisedDueOn',
          'i.intakeDueOn',
          eb
            .selectFrom('workflowSupervisionOrders as o')
            .select((o) => o.fn.countAll<number>().as('c'))
            .whereRef('o.instanceId', '=', 'i.id')
            .where('o.answeredAt', 'is', null)
            .as('openOrders'),
        ]);
      const rows = await order
        .reduce((q, column) => q.orderBy(`i.${column}` as 'i.applicationNo'), rowsQuery)
        .execute();
      const items = rows.map((r) => ({
        ...r,
        openOrders: Number(r.openOrders ?? 0),
        warning: (warning === 'red' ? 'red' : warning === 'yellow' ? 'yellow' : 'none') as
          | 'none'
          | 'yellow'
          | 'red',
      }));
      return { items, ...count, page, pageSize };
    },
  );
}
