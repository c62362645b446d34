import { z } from 'zod';
import { businessDateOf } from '../../platform/calendar/index.js';
import { notFound } from '../../platform/errors/index.js';
import type { AppContext } from '../../platform/http/index.js';
import type { ZodApp } from '../../platform/module.js';
import { assertCan, can } from '../../platform/permissions/index.js';
import { problemSchema } from '../../platform/validation/index.js';
import { applicantOf } from '../applications/index.js';
import { workingCalendar } from '../calendar/index.js';
// Not yet exported by the catalogue's index.ts (see routes.ts).
import { compileForm } from '../catalogue/form-schema.js';
import { directoryRepository } from '../directory/index.js';
import { licenseTypesOfMatters } from '../licenses/index.js';
import { caseService } from '../workflow/index.js';
import { visibleProject } from './access.js';
import { categoryConfig } from './category-directory.js';
import { visibleFiling } from './filing-access.js';
import { type FilingScope, filingRepository } from './filing-repository.js';
import { filingService, stageAvailability } from './filing-service.js';
import { filingDetailOf, filingFacts, filingSummaryOf } from './filing-views.js';
import { projectLicences, stageSourcing } from './project-licences.js';
import { projectRepository } from './repository.js';
import { reductionFigures, stagePlan } from './stage-plan.js';
import {
  closeBody,
  filingIdParams,
  filingListQuery,
  filingPage,
  filingResult,
  intermediaryBody,
  intermediaryFinishBody,
  intermediaryParams,
  jointReviewBody,
  projectFilings,
  projectStageParams,
  projectStatistics,
  projectTimeline,
  proposeCorrectionBody,
  requestCorrectionBody,
  resubmitBody,
  stageRequirements,
  stageSubmitBody,
} from './stage-schemas.js';
import type { ProjectFilingTable } from './tables.js';
import { statisticsOf, timelineOf } from './tracking.js';
import { STAGES, type Stage } from './vocabulary.js';

/** A stage named in a path: one of the four, or the answer a missing project gets. */
function stageOf(value: string): Stage {
  if (!(STAGES as readonly string[]).includes(value)) throw notFound();
  return value as Stage;
}

const idempotencyHeader = z.object({ 'idempotency-key': z.string().optional() });
const created = z.object({ id: z.string() });

export function registerFilingRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['projects'];
  const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };
  const writeErrors = { ...errors, 409: problemSchema, 422: problemSchema };
  const service = filingService(ctx);
  const cases = caseService(ctx);

  async function clockContext() {
    return { calendar: await workingCalendar(ctx), today: businessDateOf(new Date()) };
  }

  /** Summaries of filings, with their projects and lead departments. */
  async function summariesOf(rows: ProjectFilingTable[], locale: 'zh-CN' | 'en-US') {
    const { calendar, today } = await clockContext();
    const facts = await filingFacts(ctx.db, cases, rows, calendar, today);
    const departments = await directoryRepository(ctx.db).departments();
    const projects = projectRepository(ctx.db);
    const out = [];
    for (const f of facts) {
      const project = (await projects.findById(f.filing.projectId))!;
      const lead = departments.find((d) => d.id === f.filing.leadDepartmentId)!;
      out.push(filingSummaryOf(f, project, lead, locale));
    }
    return out;
  }

  /** The filing as the caller sees it, with what the caller may do now. */
  async function detail(
    request: { principal: Parameters<typeof visibleFiling>[1]; locale: 'zh-CN' | 'en-US' },
    filingId: string,
  ) {
    const { filing, project, standing } = await visibleFiling(ctx.db, request.principal, filingId);
    const { calendar, today } = await clockContext();
    const [facts] = await filingFacts(ctx.db, cases, [filing], calendar, today);
    const lead = (await directoryRepository(ctx.db).findDepartment(filing.leadDepartmentId))!;
    return filingDetailOf(ctx.db, facts!, {
      project,
      lead,
      locale: request.locale,
      principal: request.principal,
      standing,
      calendar,
      today,
    });
  }

  app.get(
    '/api/v1/projects/:id/stages/:stage/requirements',
    {
      schema: {
        operationId: 'getProjectStageRequirements',
        tags,
        summary:
          '项目某阶段须提交的表单与材料（含告知承诺、区域评估减免）/ What a stage asks of this project',
        params: projectStageParams,
        response: { 200: stageRequirements, ...errors },
      },
    },
    async (request) => {
      const categories = await categoryConfig(ctx.db);
      const { row } = await visibleProject(ctx.db, request.principal, categories, request.params.id);
      const stage = stageOf(request.params.stage);
      const config = categories.find((c) => c.code === row.categoryCode)!;
      const plan = await stagePlan(ctx.db, config, stage, row);
      if (!plan) throw notFound();
      const { availability, filing } = await stageAvailability(ctx, row, config, stage);
      const { schema, uiSchema } = compileForm(row.name, plan.merged.fields);
      // The owner's agent is told what will be taken and what must be uploaded after all.
      const owner = request.principal?.actingForOrgId === row.ownerOrganizationId;
      const sourcing = owner
        ? await stageSourcing(
            ctx.db,
            ctx.cipher,
            await applicantOf(ctx.db, request.principal),
            plan,
            await projectLicences(ctx.db, categories, row.id),
          )
        : null;
      const withoutLicence = [];
      for (const { matter } of plan.resolved.matters)
        if (!(await licenseTypesOfMatters(ctx.db, [matter.code])).some((t) => t.kind === 'license'))
          withoutLicence.push(matter.code);
      return {
        stage,
        availability,
        filingId: filing?.id ?? null,
        form: { schema, uiSchema, fields: plan.merged.fields as unknown as Record<string, unknown>[] },
        fieldSources: plan.merged.fieldSources,
        materials: plan.merged.materials.map((m, i) => ({
          identity: m.identity,
          name: m.name,
          requirement: m.requirement,
          ...(m.condition ? { condition: m.condition } : {}),
          key: m.key,
          source: m.source as Record<string, unknown>,
          matterCodes: [...new Set(m.sources.map((s) => s.matterCode))],
          sources: m.sources,
          commitmentAllowed: plan.reductions[i]!.commitmentAllowed,
          coveredBy: plan.reductions[i]!.coveredBy,
          issuedInStage: plan.reductions[i]!.issuedInStage,
          sourcing: sourcing?.get(m.identity) ?? null,
        })),
        areaAssessments: plan.areas.map((a) => ({
          code: a.code,
          name: a.name,
          completedOn: a.completedOn,
          covers: [...a.covers],
        })),
        reduction: reductionFigures(plan),
        mattersWithoutLicence: withoutLicence,
      };
    },
  );

  app.post(
    '/api/v1/projects/:id/stages/:stage',
    {
      schema: {
        operationId: 'submitProjectStage',
        tags,
        summary:
          '阶段申报：一张表单，各事项并联审批（须带 Idempotency-Key）/ Submit a stage (Idempotency-Key required)',
        headers: idempotencyHeader,
        params: projectStageParams,
        body: stageSubmitBody,
        response: { 200: filingResult, 201: filingResult, ...writeErrors },
      },
    },
    async (request, reply) => {
      const { filing, replayed } = await service.submit(
        request,
        request.params.id,
        request.params.stage,
        request.body,
      );
      const view = await detail(request, filing.id);
      return reply.status(replayed ? 200 : 201).send({ filing: view });
    },
  );

  app.get(
    '/api/v1/projects/:id/filings',
    {
      schema: {
        operationId: 'listProjectFilings',
        tags,
        summary: '项目的阶段申报 / A project’s stage filings',
        params: z.object({ id: z.uuid() }),
        response: { 200: projectFilings, ...errors },
      },
    },
    async (request) => {
      const categories = await categoryConfig(ctx.db);
      const { row } = await visibleProject(ctx.db, request.principal, categories, request.params.id);
      const rows = await filingRepository(ctx.db).ofProject(row.id);
      return { items: await summariesOf(rows, request.locale) };
    },
  );

  app.get(
    '/api/v1/projects/filings',
    {
      schema: {
        operationId: 'listStageFilings',
        tags,
        summary: '本部门牵头或参与的阶段申报 / Stage filings my department leads or takes part in',
        querystring: filingListQuery,
        response: { 200: filingPage, ...errors },
      },
    },
    async (request) => {
      const principal = request.principal;
      assertCan(principal, 'project.read');
      const { role, status, page, pageSize } = request.query;
      let scope: FilingScope;
      if (role === 'all' && can(principal, 'project.read_all')) scope = { kind: 'all' };
      else if (principal.kind === 'staff' && principal.departmentId && role !== 'all')
        scope = { kind: role, departmentId: principal.departmentId };
      else return { items: [], total: 0, page, pageSize };
      const { rows, total } = await filingRepository(ctx.db).page(scope, status, page, pageSize);
      return { items: await summariesOf(rows, request.locale), total, page, pageSize };
    },
  );

  app.get(
    '/api/v1/projects/filings/:filingId',
    {
      schema: {
        operationId: 'getStageFiling',
        tags,
        summary:
          '阶段申报详情（各部门进度与计时）/ One stage filing with every department’s progress and clock',
        params: filingIdParams,
        response: { 200: filingResult, ...errors },
      },
    },
    async (request) => ({ filing: await detail(request, request.params.filingId) }),
  );

  app.post(
    '/api/v1/projects/filings/:filingId/correction-items',
    {
      schema: {
        operationId: 'proposeStageCorrection',
        tags,
        summary: '部门提出本事项的补正内容 / A department proposes its matter’s correction items',
        params: filingIdParams,
        body: proposeCorrectionBody,
        response: { 200: filingResult, ...writeErrors },
      },
    },
    async (request) => {
      await service.proposeCorrection(
        request.principal,
        request.params.filingId,
        request.body,
        request.auditFacts(),
      );
      return { filing: await detail(request, request.params.filingId) };
    },
  );

  app.post(
    '/api/v1/projects/filings/:filingId/correction',
    {
      schema: {
        operationId: 'requestStageCorrection',
        tags,
        summary: '牵头部门一次性告知补正 / The lead department asks for one combined correction',
        params: filingIdParams,
        body: requestCorrectionBody,
        response: { 200: filingResult, ...writeErrors },
      },
    },
    async (request) => {
      await service.requestCorrection(
        request.principal,
        request.params.filingId,
        request.body.expectedRevision,
        request.auditFacts(),
      );
      return { filing: await detail(request, request.params.filingId) };
    },
  );

  app.post(
    '/api/v1/projects/filings/:filingId/resubmit',
    {
      schema: {
        operationId: 'resubmitStage',
        tags,
        summary: '申请人一次性提交补正 / The applicant answers the combined correction once',
        params: filingIdParams,
        body: resubmitBody,
        response: { 200: filingResult, ...writeErrors },
      },
    },
    async (request) => {
      await service.resubmit(request.principal, request.params.filingId, request.body, request.auditFacts());
      return { filing: await detail(request, request.params.filingId) };
    },
  );

  app.post(
    '/api/v1/projects/filings/:filingId/joint-reviews',
    {
      schema: {
        operationId: 'recordJointReview',
        tags,
        summary: '记录联合评审 / 联合验收 / Record a joint review or joint acceptance',
        params: filingIdParams,
        body: jointReviewBody,
        response: { 201: created, ...writeErrors },
      },
    },
    async (request, reply) => {
      const id = await service.recordJointReview(
        request.principal,
        request.params.filingId,
        request.body,
        request.auditFacts(),
      );
      return reply.status(201).send({ id });
    },
  );

  app.post(
    '/api/v1/projects/filings/:filingId/intermediaries',
    {
      schema: {
        operationId: 'recordIntermediaryService',
        tags,
        summary:
          '记录中介服务（不计入政府审批时间）/ Record an intermediary service (off the government clock)',
        params: filingIdParams,
        body: intermediaryBody,
        response: { 201: created, ...writeErrors },
      },
    },
    async (request, reply) => {
      const id = await service.recordIntermediary(
        request.principal,
        request.params.filingId,
        request.body,
        request.auditFacts(),
      );
      return reply.status(201).send({ id });
    },
  );

  app.post(
    '/api/v1/projects/filings/:filingId/intermediaries/:intermediaryId/finish',
    {
      schema: {
        operationId: 'finishIntermediaryService',
        tags,
        summary: '中介服务结束 / An intermediary service ended',
        params: intermediaryParams,
        body: intermediaryFinishBody,
        response: { 204: z.null(), ...writeErrors },
      },
    },
    async (request, reply) => {
      await service.finishIntermediary(
        request.principal,
        request.params.filingId,
        request.params.intermediaryId,
        request.body.endedOn,
        request.auditFacts(),
      );
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/projects/filings/:filingId/close',
    {
      schema: {
        operationId: 'closeStageFiling',
        tags,
        summary: '牵头部门办结本阶段 / The lead department closes the stage',
        params: filingIdParams,
        body: closeBody,
        response: { 200: filingResult, ...writeErrors },
      },
    },
    async (request) => {
      await service.close(
        request.principal,
        request.params.filingId,
        request.body.expectedRevision,
        request.auditFacts(),
      );
      return { filing: await detail(request, request.params.filingId) };
    },
  );

  app.get(
    '/api/v1/projects/:id/timeline',
    {
      schema: {
        operationId: 'getProjectTimeline',
        tags,
        summary: '项目审批甘特图数据 / A project’s Gantt timeline',
        params: z.object({ id: z.uuid() }),
        response: { 200: projectTimeline, ...errors },
      },
    },
    async (request) => {
      const categories = await categoryConfig(ctx.db);
      const { row } = await visibleProject(ctx.db, request.principal, categories, request.params.id);
      const { calendar, today } = await clockContext();
      const rows = await filingRepository(ctx.db).ofProject(row.id);
      const facts = await filingFacts(ctx.db, cases, rows, calendar, today);
      const config = categories.find((c) => c.code === row.categoryCode)!;
      return timelineOf(row, config, facts, { locale: request.locale, calendar, today });
    },
  );

  app.get(
    '/api/v1/projects/statistics',
    {
      schema: {
        operationId: 'getProjectStatistics',
        tags,
        summary: '工程建设项目审批统计 / Construction-approval statistics',
        response: { 200: projectStatistics, ...errors },
      },
    },
    async (request) => {
      assertCan(request.principal, 'project.statistics');
      const categories = await categoryConfig(ctx.db);
      const { calendar, today } = await clockContext();
      const [projects, rows] = await Promise.all([
        projectRepository(ctx.db).allBrief(),
        filingRepository(ctx.db).all(),
      ]);
      const facts = await filingFacts(ctx.db, cases, rows, calendar, today);
      return statisticsOf(projects, categories, facts, { locale: request.locale, today });
    },
  );
}
