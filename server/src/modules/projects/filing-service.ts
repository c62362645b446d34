/**
 * Stage filings: the applicant's submission of a stage (one application per matter, each on
 * its own department's workflow, in one transaction), the lead department's coordination
 * (一次性补正, 联合评审/验收, closing) and the intermediary services.
 */
import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { AuditEntry } from '../../platform/audit/index.js';
import { businessDateOf, type WorkingCalendar } from '../../platform/calendar/index.js';
import { type AnyTrx, isUniqueViolation, newRowId } from '../../platform/db/index.js';
import { type FieldProblem, invalidFields, notFound, ProblemError } from '../../platform/errors/index.js';
import { emitInTrx } from '../../platform/events/index.js';
import type { AppContext } from '../../platform/http/index.js';
import { assertCan, type Principal, type Role } from '../../platform/permissions/index.js';
import {
  type Applicant,
  type ApplicationToOpen,
  addMaterialLinks,
  applicantOf,
  checkMaterials,
  type MaterialFiles,
  materialSourcing,
  openApplication,
} from '../applications/index.js';
import { workingCalendar } from '../calendar/index.js';
import { type MatterGuide, type PublishedMatter, validateFormData } from '../catalogue/index.js';
import { directoryRepository } from '../directory/index.js';
import {
  ActionUnavailableError,
  type Actor,
  type Command,
  caseService,
  WorkflowForbiddenError,
} from '../workflow/index.js';
import { type CategoryConfig, categoryConfig } from './category-directory.js';
import { type FilingStanding, visibleFiling } from './filing-access.js';
import { filingRepository } from './filing-repository.js';
import { projectLicences } from './project-licences.js';
import { projectRepository } from './repository.js';
import { idempotencyKeyOf } from './service.js';
import { answersByMatter, mergedFieldOf, type StagePlan, stagePlan } from './stage-plan.js';
import type {
  IntermediaryBody,
  JointReviewBody,
  ProposeCorrectionBody,
  ResubmitBody,
  StageSubmitBody,
} from './stage-schemas.js';
import type { ProjectFilingMatterTable, ProjectFilingTable, ProjectTable } from './tables.js';
import { STAGES, type Stage } from './vocabulary.js';

export const STAGE_SUBMITTED = 'project.stage_submitted';
export const STAGE_CORRECTION_REQUESTED = 'project.stage_correction_requested';
export const STAGE_RESUBMITTED = 'project.stage_resubmitted';
export const JOINT_REVIEW_RECORDED = 'project.joint_review_recorded';
export const INTERMEDIARY_RECORDED = 'project.intermediary_recorded';
export const STAGE_CLOSED = 'project.stage_closed';

type Facts = ReturnType<FastifyRequest['auditFacts']>;

const hashOf = (parts: unknown[]) => createHash('sha256').update(JSON.stringify(parts)).digest('hex');

/** Where a stage stands for a project: open to submit, already filed, or waiting for the one before. */
export async function stageAvailability(
  ctx: AppContext,
  project: ProjectTable,
  config: CategoryConfig,
  stage: Stage,
) {
  const filings = await filingRepository(ctx.db).ofProject(project.id);
  const own = filings.find((f) => f.stage === stage);
  if (own) return { availability: 'filed' as const, filing: own };
  const order = config.stages.map((s) => s.stage);
  const before = order.slice(0, order.indexOf(stage));
  const ready = before.every((s) => filings.some((f) => f.stage === s && f.status === 'closed'));
  return { availability: ready ? ('open' as const) : ('waiting' as const), filing: null };
}

/** The stage forms' project fields, answered from the registered project. */
export const projectAnswers = (project: Pick<ProjectTable, 'projectCode' | 'name'>) => ({
  projectCode: project.projectCode,
  projectName: project.name,
});

/** A stage's filing number: the project code and the stage's place among the four. */
const filingNoOf = (projectCode: string, stage: Stage) => `${projectCode}-${STAGES.indexOf(stage) + 1}`;

/** Engine refusals of one matter's case, told as the stage's problem with that matter named. */
function asStageProblem(err: unknown, matterCode: string): never {
  if (err instanceof ActionUnavailableError || err instanceof WorkflowForbiddenError)
    throw new ProblemError(409, 'project.matter_not_ready', {
      params: { matterCode },
      fields: [{ field: 'matterCode', code: 'project.matter_not_ready', params: { matterCode } }],
    });
  throw err;
}

/** One matter of a stage as it will be opened: its guide less the waived materials, its files, what was reused. */
export interface PreparedMatter {
  matter: PublishedMatter;
  guide: MatterGuide;
  links: ApplicationToOpen['materials'];
  reused: NonNullable<ApplicationToOpen['reused']>;
}

/**
 * The writes of a stage filing in the caller's transaction: an application per matter (each
 * opening its case on its own department's workflow), their audit records, the filing and its
 * matter rows. The submission and the demo seed both file through here.
 */
export async function openFilingInTrx(
  trx: AnyTrx,
  ctx: AppContext,
  input: {
    filing: ProjectFilingTable;
    matters: PreparedMatter[];
    applicant: Applicant;
    roles: Role[];
    answers: Map<string, Record<string, unknown>>;
    receivedAt: Date;
    calendar: WorkingCalendar;
    facts: Pick<AuditEntry, 'actor' | 'sourceIp' | 'requestId'>;
  },
) {
  const { filing } = input;
  const matterRows: ProjectFilingMatterTable[] = [];
  for (const [position, { matter, guide, links, reused }] of input.matters.entries()) {
    const row = await openApplication(
      trx,
      ctx,
      {
        applicant: input.applicant,
        channel: 'online',
        roles: input.roles,
        version: { id: matter.versionId, departmentId: matter.departmentId },
        guide,
        matterCode: matter.code,
        formData: input.answers.get(matter.code) ?? {},
        materials: links,
        reused,
        receivedAt: input.receivedAt,
      },
      input.calendar,
    );
    await ctx.audit.recordInTrx(trx, {
      ...input.facts,
      action: 'application.submit',
      objectType: 'application',
      objectId: row.applicationNo,
      detail: {
        matterCode: matter.code,
        version: matter.version,
        channel: 'online',
        filingNo: filing.filingNo,
      },
    });
    matterRows.push({
      filingId: filing.id,
      matterCode: matter.code,
      applicationId: row.id,
      applicationNo: row.applicationNo,
      departmentId: matter.departmentId,
      position,
    });
  }
  const repo = filingRepository(trx);
  await repo.insert(filing);
  await repo.insertMatters(matterRows);
  return matterRows;
}

export function filingService(ctx: AppContext) {
  const cases = caseService(ctx);

  async function replayed(accountId: string, key: string, hash: string) {
    const repo = filingRepository(ctx.db);
    const seen = await repo.findIdempotencyKey(accountId, key);
    if (!seen) return null;
    if (seen.requestHash !== hash) throw new ProblemError(422, 'project.idempotency_mismatch');
    return (await repo.findById(seen.filingId))!;
  }

  /**
   * The stage is taken. By an attempt with this same key, perhaps, that won since this one first
   * looked (a client's retry racing its first try): that filing then answers for both.
   */
  async function taken(accountId: string, key: string, hash: string) {
    const winner = await replayed(accountId, key, hash);
    if (winner) return { filing: winner, replayed: true };
    throw new ProblemError(409, 'project.stage_not_open');
  }

  /** The merged answers checked against every matter's own form, problems named by the merged fields. */
  function assertAnswers(plan: StagePlan, formData: Record<string, unknown>) {
    const answers = answersByMatter(plan.merged.fieldSources, formData);
    const problems = new Map<string, FieldProblem>();
    for (const { matter } of plan.resolved.matters) {
      for (const p of validateFormData(matter.versionId, matter.formSchema, answers.get(matter.code) ?? {})) {
        const field = `formData.${mergedFieldOf(plan.merged.fieldSources, matter.code, p.field)}`;
        problems.set(`${field}\u0000${p.code}`, { ...p, field });
      }
    }
    if (problems.size)
      throw new ProblemError(400, 'project.form_invalid', { fields: [...problems.values()] });
    return answers;
  }

  /** The commitments asked for and the files handed in must name materials of the set that are asked. */
  function assertMaterialChoices(plan: StagePlan, body: StageSubmitBody) {
    const problems: FieldProblem[] = [];
    const reductions = new Map(plan.reductions.map((r) => [r.identity, r]));
    for (const [i, identity] of body.commitments.entries())
      if (!reductions.get(identity)?.commitmentAllowed)
        problems.push({ field: `commitments.${i}`, code: 'project.commitment_not_allowed' });
    const waived = new Set([
      ...body.commitments,
      ...plan.reductions.filter((r) => r.coveredBy || r.issuedInStage).map((r) => r.identity),
    ]);
    for (const m of body.materials)
      if (!reductions.has(m.identity) || waived.has(m.identity))
        problems.push({ field: `materials.${m.identity}`, code: 'project.material_not_asked' });
    if (problems.length) throw invalidFields(problems);
    return waived;
  }

  /** What the lead department may do: its staff who work cases (reviewer, approver, head). */
  function assertLead(principal: Principal, standing: FilingStanding) {
    assertCan(principal, 'project.stage_coordinate');
    if (!standing.lead) throw new ProblemError(403, 'project.not_lead_department');
  }

  async function guardedUpdate(trx: AnyTrx, filing: ProjectFilingTable, patch: Partial<ProjectFilingTable>) {
    if (!(await filingRepository(trx).update(filing.id, filing.revision, patch)))
      throw new ProblemError(409, 'project.filing_revision');
  }

  function assertRevision(filing: ProjectFilingTable, expected: number) {
    if (filing.revision !== expected) throw new ProblemError(409, 'project.filing_revision');
  }

  function assertOpen(filing: ProjectFilingTable) {
    if (filing.status === 'closed') throw new ProblemError(409, 'project.stage_closed');
  }

  return {
    /**
     * Submits a stage once per Idempotency-Key: in one transaction an application per matter
     * (answers split back to each matter's fields, the deduplicated files linked to each matter
     * needing them, waived materials left out), the filing, audit records and outbox events.
     * Any matter's problem refuses the whole stage and leaves nothing behind.
     */
    async submit(request: FastifyRequest, projectId: string, stageName: string, body: StageSubmitBody) {
      const principal = request.principal;
      assertCan(principal, 'project.stage_submit');
      const key = idempotencyKeyOf(request);
      const hash = hashOf([projectId, stageName, body]);
      const earlier = await replayed(principal.accountId, key, hash);
      if (earlier) return { filing: earlier, replayed: true };

      const project = await projectRepository(ctx.db).findById(projectId);
      // Only the owner's agents submit; anyone else meets a project that is not there.
      if (!project || project.ownerOrganizationId !== principal.actingForOrgId) throw notFound();
      const categories = await categoryConfig(ctx.db);
      const config = categories.find((c) => c.code === project.categoryCode)!;
      const stageConfig = config.stages.find((s) => s.stage === stageName);
      if (!stageConfig) throw notFound();
      const { stage } = stageConfig;
      if ((await stageAvailability(ctx, project, config, stage)).availability !== 'open')
        return taken(principal.accountId, key, hash);
      const plan = (await stagePlan(ctx.db, config, stage, project))!;
      if (plan.resolved.unpublishedMatterCodes.length || !plan.resolved.matters.length)
        throw new ProblemError(409, 'project.stage_matters_unpublished', {
          params: { matterCodes: plan.resolved.unpublishedMatterCodes.join(', ') },
        });
      const waived = assertMaterialChoices(plan, body);
      // What the project already says need not be typed again.
      const answers = assertAnswers(plan, { ...projectAnswers(project), ...body.formData });
      const applicant = await applicantOf(ctx.db, principal);
      const belongs = await projectLicences(ctx.db, categories, projectId);
      const calendar = await workingCalendar(ctx);
      const facts = request.auditFacts();
      const now = new Date();
      const filing: ProjectFilingTable = {
        id: newRowId(),
        filingNo: filingNoOf(project.projectCode, stage),
        projectId,
        stage,
        leadDepartmentId: stageConfig.leadDepartment!.id,
        status: 'in_progress',
        revision: 1,
        submittedBy: principal.accountId,
        submittedAt: now.toISOString(),
        submittedOn: businessDateOf(now),
        closedAt: null,
        closedOn: null,
        closedBy: null,
        commitments: JSON.stringify(body.commitments),
        coveredByArea: JSON.stringify(plan.reductions.filter((r) => r.coveredBy).map((r) => r.identity)),
      };
      try {
        await ctx.writes.transaction(async (trx) => {
          const problems: FieldProblem[] = [];
          const prepared: PreparedMatter[] = [];
          for (const { matter } of plan.resolved.matters) {
            const identityOf = new Map<string, string>();
            for (const m of plan.merged.materials)
              for (const s of m.sources)
                if (s.matterCode === matter.code) identityOf.set(s.materialId, m.identity);
            // The waived materials are not part of what this matter asks for this time.
            const guide = {
              ...matter.guide,
              materials: matter.guide.materials.filter((m) => !waived.has(identityOf.get(m.id)!)),
            };
            const entries: MaterialFiles[] = body.materials.flatMap((given) =>
              guide.materials
                .filter((m) => identityOf.get(m.id) === given.identity)
                .map((m) => ({ materialId: m.id, fileIds: given.fileIds })),
            );
            const sourcing = await materialSourcing(trx, ctx.cipher, applicant, guide, belongs);
            try {
              const checked = await checkMaterials(trx, guide, principal.accountId, entries, {
                complete: true,
                sourcing,
              });
              prepared.push({ matter, guide, links: checked.links, reused: checked.reused });
            } catch (err) {
              if (!(err instanceof ProblemError) || !err.options.fields) throw err;
              for (const p of err.options.fields) {
                const [, materialId, ...rest] = p.field.split('.');
                problems.push({ ...p, field: ['materials', identityOf.get(materialId!), ...rest].join('.') });
              }
            }
          }
          if (problems.length) {
            const unique = new Map(problems.map((p) => [`${p.field}\u0000${p.code}`, p]));
            throw new ProblemError(422, 'project.materials_invalid', { fields: [...unique.values()] });
          }
          const matterRows = await openFilingInTrx(trx, ctx, {
            filing,
            matters: prepared,
            applicant,
            roles: principal.roles,
            answers,
            receivedAt: now,
            calendar,
            facts,
          });
          const repo = filingRepository(trx);
          await repo.insertIdempotencyKey({
            accountId: principal.accountId,
            key,
            requestHash: hash,
            filingId: filing.id,
            createdAt: filing.submittedAt,
          });
          await ctx.audit.recordInTrx(trx, {
            ...facts,
            action: 'project.stage_submit',
            objectType: 'project_filing',
            objectId: filing.filingNo,
            detail: {
              projectId,
              stage,
              applications: matterRows.map((m) => m.applicationNo),
              commitments: body.commitments,
              coveredByArea: JSON.parse(filing.coveredByArea),
            },
          });
          await emitInTrx(trx, STAGE_SUBMITTED, {
            filingId: filing.id,
            filingNo: filing.filingNo,
            projectId,
            stage,
            applicationNos: matterRows.map((m) => m.applicationNo),
          });
        });
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
        // A concurrent attempt won while this one ran.
        return taken(principal.accountId, key, hash);
      }
      return { filing, replayed: false };
    },

    /** A matter's department proposes its items for the stage's combined correction. */
    async proposeCorrection(
      principal: Principal | null,
      filingId: string,
      body: ProposeCorrectionBody,
      facts: Facts,
    ) {
      const { filing, matters } = await visibleFiling(ctx.db, principal, filingId);
      assertCan(principal, 'project.stage_coordinate');
      assertOpen(filing);
      const matter = matters.find((m) => m.matterCode === body.matterCode);
      if (!matter) throw invalidFields([{ field: 'matterCode', code: 'project.matter_not_in_stage' }]);
      const found = (await cases.load(ctx.db, matter.applicationNo))!;
      const department = await directoryRepository(ctx.db).findDepartment(principal!.departmentId!);
      const actor: Actor = {
        id: principal!.accountId,
        roles: principal!.roles,
        departmentCode: department?.code ?? null,
      };
      const intake = found.state.tasks.find(
        (t) =>
          (t.kind === 'pre_review' || t.kind === 'intake') &&
          t.countersignFor === null &&
          (t.status === 'open' || t.status === 'claimed'),
      );
      // Only who could decide this matter's intake proposes its items; the case must still be at intake.
      const mayTake =
        intake &&
        (intake.status === 'claimed'
          ? intake.assigneeId === actor.id
          : intake.assignment.department === actor.departmentCode &&
            actor.roles.includes(intake.assignment.role));
      if (!intake)
        throw new ProblemError(409, 'project.matter_not_ready', {
          params: { matterCode: matter.matterCode },
        });
      if (!mayTake) throw new ProblemError(403, 'project.not_matter_department');
      await ctx.writes.transaction(async (trx) => {
        await filingRepository(trx).putProposal({
          filingId,
          matterCode: matter.matterCode,
          items: JSON.stringify(body.items),
          proposedBy: JSON.stringify(actor),
          proposedAt: new Date().toISOString(),
        });
        await ctx.audit.recordInTrx(trx, {
          ...facts,
          action: 'project.correction_propose',
          objectType: 'project_filing',
          objectId: filing.filingNo,
          detail: { matterCode: matter.matterCode, items: body.items.length },
        });
      });
    },

    /**
     * 一次性补正: every proposed item goes to the applicant in one notice. Each matter with items
     * gets the workflow's own correction (by the reviewer who proposed them), all in one
     * transaction; a matter that left intake meanwhile refuses the whole correction.
     */
    async requestCorrection(
      principal: Principal | null,
      filingId: string,
      expectedRevision: number,
      facts: Facts,
    ) {
      const { filing, matters, standing } = await visibleFiling(ctx.db, principal, filingId);
      assertLead(principal!, standing);
      assertOpen(filing);
      assertRevision(filing, expectedRevision);
      const repo = filingRepository(ctx.db);
      const proposals = await repo.proposalsOf(filingId);
      if (!proposals.length) throw new ProblemError(409, 'project.no_correction_items');
      const calendar = await workingCalendar(ctx);
      const items = proposals.flatMap((p) =>
        (JSON.parse(p.items) as { material: string | null; problem: string }[]).map((i) => ({
          matterCode: p.matterCode,
          ...i,
        })),
      );
      await ctx.writes.transaction(async (trx) => {
        for (const p of proposals) {
          const matter = matters.find((m) => m.matterCode === p.matterCode)!;
          const { state } = (await cases.load(trx, matter.applicationNo))!;
          const intake = state.tasks.find(
            (t) =>
              (t.kind === 'pre_review' || t.kind === 'intake') &&
              t.countersignFor === null &&
              (t.status === 'open' || t.status === 'claimed'),
          );
          if (!intake)
            asStageProblem(new ActionUnavailableError('requestCorrection', state.status), p.matterCode);
          const command: Command = {
            type: 'requestCorrection',
            taskId: intake.id,
            expectedRevision: intake.revision,
            items: JSON.parse(p.items),
          };
          try {
            await cases.runInTrx(
              trx,
              matter.applicationNo,
              JSON.parse(p.proposedBy) as Actor,
              command,
              calendar,
            );
          } catch (err) {
            asStageProblem(err, p.matterCode);
          }
        }
        const r = filingRepository(trx);
        await r.insertCorrection({
          id: newRowId(),
          filingId,
          items: JSON.stringify(items),
          requestedBy: principal!.accountId,
          requestedAt: new Date().toISOString(),
          answeredAt: null,
        });
        await r.clearProposals(filingId);
        await guardedUpdate(trx, filing, { status: 'correction_requested' });
        await ctx.audit.recordInTrx(trx, {
          ...facts,
          action: 'project.stage_request_correction',
          objectType: 'project_filing',
          objectId: filing.filingNo,
          detail: { matters: proposals.map((p) => p.matterCode), items: items.length },
        });
        await emitInTrx(trx, STAGE_CORRECTION_REQUESTED, {
          filingId,
          filingNo: filing.filingNo,
          projectId: filing.projectId,
          items,
        });
      });
    },

    /** The applicant answers the combined correction once: every matter under correction is resubmitted. */
    async resubmit(principal: Principal | null, filingId: string, body: ResubmitBody, facts: Facts) {
      const { filing, project, matters, standing } = await visibleFiling(ctx.db, principal, filingId);
      if (!standing.owner) throw new ProblemError(403, 'project.not_owner');
      assertRevision(filing, body.expectedRevision);
      if (filing.status !== 'correction_requested') throw new ProblemError(409, 'project.no_correction_open');
      const given = body.materials ?? [];
      // The files handed in with the answer go to every matter asking for their material.
      const categories = await categoryConfig(ctx.db);
      const config = categories.find((c) => c.code === project.categoryCode)!;
      const plan = given.length ? (await stagePlan(ctx.db, config, filing.stage, project))! : null;
      const unknown = given.filter((g) => !plan?.merged.materials.some((m) => m.identity === g.identity));
      if (unknown.length)
        throw invalidFields(
          unknown.map((g) => ({ field: `materials.${g.identity}`, code: 'project.material_not_asked' })),
        );
      const applicant = await applicantOf(ctx.db, principal);
      const belongs = await projectLicences(ctx.db, categories, project.id);
      const calendar = await workingCalendar(ctx);
      // Every case of the stage has the submitting account as its applicant; another agent of
      // the same organisation answers for it (the audit record names who did).
      const actor: Actor = { id: filing.submittedBy, roles: ['org_agent'], departmentCode: null };
      await ctx.writes.transaction(async (trx) => {
        const resubmitted: string[] = [];
        const problems: FieldProblem[] = [];
        for (const matter of matters) {
          const { state } = (await cases.load(trx, matter.applicationNo))!;
          if (state.status !== 'correction_requested') continue;
          const published = plan?.resolved.matters.find((m) => m.matter.code === matter.matterCode)?.matter;
          const entries: MaterialFiles[] = given.flatMap((g) =>
            plan!.merged.materials
              .filter((m) => m.identity === g.identity)
              .flatMap((m) => m.sources.filter((s) => s.matterCode === matter.matterCode))
              .map((s) => ({ materialId: s.materialId, fileIds: g.fileIds })),
          );
          if (published && entries.length) {
            try {
              const sourcing = await materialSourcing(trx, ctx.cipher, applicant, published.guide, belongs);
              const { links } = await checkMaterials(trx, published.guide, principal!.accountId, entries, {
                complete: false,
                sourcing,
              });
              await addMaterialLinks(trx, matter.applicationId, links);
            } catch (err) {
              if (!(err instanceof ProblemError) || !err.options.fields) throw err;
              problems.push(
                ...err.options.fields.map((p) => ({ ...p, field: `materials.${matter.matterCode}` })),
              );
            }
          }
          const command: Command = {
            type: 'resubmit',
            expectedRevision: state.revision,
            ...(body.note ? { note: body.note } : {}),
          };
          try {
            await cases.runInTrx(trx, matter.applicationNo, actor, command, calendar);
          } catch (err) {
            asStageProblem(err, matter.matterCode);
          }
          resubmitted.push(matter.applicationNo);
        }
        if (problems.length) throw new ProblemError(422, 'project.materials_invalid', { fields: problems });
        const at = new Date().toISOString();
        await filingRepository(trx).answerCorrections(filingId, at);
        await guardedUpdate(trx, filing, { status: 'in_progress' });
        await ctx.audit.recordInTrx(trx, {
          ...facts,
          action: 'project.stage_resubmit',
          objectType: 'project_filing',
          objectId: filing.filingNo,
          detail: { applications: resubmitted, files: given.reduce((n, g) => n + g.fileIds.length, 0) },
        });
        await emitInTrx(trx, STAGE_RESUBMITTED, {
          filingId,
          filingNo: filing.filingNo,
          applicationNos: resubmitted,
        });
      });
    },

    /** 联合评审 / 联合验收: the opinions of the stage's departments and the conclusion, as held. */
    async recordJointReview(
      principal: Principal | null,
      filingId: string,
      body: JointReviewBody,
      facts: Facts,
    ) {
      const { filing, matters, standing } = await visibleFiling(ctx.db, principal, filingId);
      assertLead(principal!, standing);
      assertOpen(filing);
      const departments = await directoryRepository(ctx.db).departments();
      const taking = new Set([filing.leadDepartmentId, ...matters.map((m) => m.departmentId)]);
      const problems: FieldProblem[] = [];
      const today = businessDateOf(new Date());
      if (body.heldOn > today || body.heldOn < filing.submittedOn)
        problems.push({ field: 'heldOn', code: 'project.joint_review_date' });
      for (const [i, o] of body.opinions.entries()) {
        const d = departments.find((x) => x.code === o.departmentCode);
        if (!d || !taking.has(d.id))
          problems.push({ field: `opinions.${i}.departmentCode`, code: 'project.department_not_in_stage' });
      }
      if (problems.length) throw invalidFields(problems);
      const id = newRowId();
      await ctx.writes.transaction(async (trx) => {
        await filingRepository(trx).insertJointReview({
          id,
          filingId,
          kind: body.kind,
          heldOn: body.heldOn,
          opinions: JSON.stringify(body.opinions),
          conclusion: body.conclusion,
          summary: body.summary,
          recordedBy: principal!.accountId,
          recordedAt: new Date().toISOString(),
        });
        await ctx.audit.recordInTrx(trx, {
          ...facts,
          action: 'project.joint_review_record',
          objectType: 'project_filing',
          objectId: filing.filingNo,
          detail: { kind: body.kind, heldOn: body.heldOn, conclusion: body.conclusion },
        });
        await emitInTrx(trx, JOINT_REVIEW_RECORDED, {
          filingId,
          filingNo: filing.filingNo,
          kind: body.kind,
          conclusion: body.conclusion,
        });
      });
      return id;
    },

    /** 中介服务 begun (and perhaps ended): recorded by the owner or the lead department. */
    async recordIntermediary(
      principal: Principal | null,
      filingId: string,
      body: IntermediaryBody,
      facts: Facts,
    ) {
      const { filing, standing } = await visibleFiling(ctx.db, principal, filingId);
      if (!standing.owner && !standing.lead) throw new ProblemError(403, 'project.not_owner_or_lead');
      assertOpen(filing);
      const today = businessDateOf(new Date());
      const problems: FieldProblem[] = [];
      if (body.startedOn > today) problems.push({ field: 'startedOn', code: 'project.date_in_future' });
      if (body.endedOn !== undefined && body.endedOn < body.startedOn)
        problems.push({ field: 'endedOn', code: 'project.end_before_start' });
      if (body.endedOn !== undefined && body.endedOn > today)
        problems.push({ field: 'endedOn', code: 'project.date_in_future' });
      if (problems.length) throw invalidFields(problems);
      const id = newRowId();
      await ctx.writes.transaction(async (trx) => {
        await filingRepository(trx).insertIntermediary({
          id,
          filingId,
          service: body.service,
          provider: body.provider,
          startedOn: body.startedOn,
          endedOn: body.endedOn ?? null,
          recordedBy: principal!.accountId,
          recordedAt: new Date().toISOString(),
        });
        await ctx.audit.recordInTrx(trx, {
          ...facts,
          action: 'project.intermediary_record',
          objectType: 'project_filing',
          objectId: filing.filingNo,
          detail: { service: body.service, startedOn: body.startedOn, endedOn: body.endedOn ?? null },
        });
        await emitInTrx(trx, INTERMEDIARY_RECORDED, { filingId, intermediaryId: id, service: body.service });
      });
      return id;
    },

    async finishIntermediary(
      principal: Principal | null,
      filingId: string,
      intermediaryId: string,
      endedOn: string,
      facts: Facts,
    ) {
      const { filing, standing } = await visibleFiling(ctx.db, principal, filingId);
      if (!standing.owner && !standing.lead) throw new ProblemError(403, 'project.not_owner_or_lead');
      const [found] = (await filingRepository(ctx.db).intermediariesOf([filingId])).filter(
        (i) => i.id === intermediaryId,
      );
      if (!found) throw notFound();
      if (found.endedOn !== null) throw new ProblemError(409, 'project.intermediary_ended');
      if (endedOn < found.startedOn)
        throw invalidFields([{ field: 'endedOn', code: 'project.end_before_start' }]);
      if (endedOn > businessDateOf(new Date()))
        throw invalidFields([{ field: 'endedOn', code: 'project.date_in_future' }]);
      await ctx.writes.transaction(async (trx) => {
        const res = await filingRepository(trx).finishIntermediary(intermediaryId, filingId, endedOn);
        if (Number(res.numUpdatedRows) !== 1) throw new ProblemError(409, 'project.intermediary_ended');
        await ctx.audit.recordInTrx(trx, {
          ...facts,
          action: 'project.intermediary_finish',
          objectType: 'project_filing',
          objectId: filing.filingNo,
          detail: { intermediaryId, endedOn },
        });
        await emitInTrx(trx, INTERMEDIARY_RECORDED, { filingId, intermediaryId, endedOn });
      });
    },

    /** Closes the stage once every matter is decided; the next stage then opens. */
    async close(principal: Principal | null, filingId: string, expectedRevision: number, facts: Facts) {
      const { filing, matters, standing } = await visibleFiling(ctx.db, principal, filingId);
      assertLead(principal!, standing);
      assertOpen(filing);
      assertRevision(filing, expectedRevision);
      const open: FieldProblem[] = [];
      for (const m of matters) {
        const { state } = (await cases.load(ctx.db, m.applicationNo))!;
        if (!isDecided(state.status, state.outcome))
          open.push({
            field: `matters.${m.matterCode}`,
            code: 'project.matter_open',
            params: { applicationNo: m.applicationNo },
          });
      }
      if (open.length) throw new ProblemError(409, 'project.stage_matters_open', { fields: open });
      const now = new Date();
      await ctx.writes.transaction(async (trx) => {
        await guardedUpdate(trx, filing, {
          status: 'closed',
          closedAt: now.toISOString(),
          closedOn: businessDateOf(now),
          closedBy: principal!.accountId,
        });
        await ctx.audit.recordInTrx(trx, {
          ...facts,
          action: 'project.stage_close',
          objectType: 'project_filing',
          objectId: filing.filingNo,
          detail: { projectId: filing.projectId, stage: filing.stage },
        });
        await emitInTrx(trx, STAGE_CLOSED, {
          filingId,
          filingNo: filing.filingNo,
          projectId: filing.projectId,
          stage: filing.stage,
        });
      });
    },
  };
}

/** A matter is decided once its case has an outcome or ended without one (refused, withdrawn). */
export function isDecided(status: string, outcome: string | null): boolean {
  return outcome !== null || ['refused', 'withdrawn', 'revoked', 'completed'].includes(status);
}
