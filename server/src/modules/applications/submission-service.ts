import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { WorkingCalendar } from '../../platform/calendar/index.js';
import { type AnyDb, type AnyTrx, isUniqueViolation } from '../../platform/db/index.js';
import { invalidFields, notFound, ProblemError } from '../../platform/errors/index.js';
import type { AppContext } from '../../platform/http/index.js';
import { assertCan, type Role } from '../../platform/permissions/index.js';
import { workingCalendar } from '../calendar/index.js';
import { publishedMatter, validateFormData } from '../catalogue/index.js';
import { directoryRepository } from '../directory/index.js';
import { identifyInPerson } from '../identity/index.js';
import {
  ActionUnavailableError,
  type CaseChannel,
  caseService,
  WorkflowForbiddenError,
} from '../workflow/index.js';
import { type Applicant, applicantOf, owns } from './applicant.js';
import { sealDeclaration } from './declaration-seal.js';
import { materialSourcing, unknownApplicantSourcing } from './material-sources.js';
import { checkMaterials } from './materials.js';
import { openApplication } from './open-application.js';
import { applicationRepository } from './repository.js';
import type { SubmitBody, WindowSubmitBody } from './schemas.js';

const IDEMPOTENCY_KEY = /^[\w-]{8,100}$/;

function requestHash(body: SubmitBody): string {
  const parts: unknown[] = [body.matterCode, body.versionId, body.formData, body.materials, body.collectAt];
  // Only when chosen, so the hashes of requests without a seal stay what they were.
  if (body.signWithOrganizationSeal) parts.push('seal');
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/** Who submits, on which channel, with which roles (for the case's first action). */
interface Submission {
  applicant: Applicant;
  channel: CaseChannel;
  roles: Role[];
  /** 通办: the centre chosen to collect the result at (its name). */
  collectAt?: string | null;
}

export function submissionService(ctx: AppContext) {
  const cases = caseService(ctx);
  /**
   * The published version the applicant filled in, checked for who may apply online. Inside a
   * transaction it must read through that transaction: SQLite has a single connection.
   */
  async function publishedFor(
    db: AnyDb | AnyTrx,
    matterCode: string,
    versionId: string,
    applicant: Applicant,
    channel: CaseChannel,
  ) {
    const matter = await publishedMatter(db, matterCode);
    if (!matter) throw notFound();
    if (matter.versionId !== versionId) throw new ProblemError(409, 'application.version_outdated');
    const { guide } = matter;
    if (channel === 'online' && guide.onlineDepth === 'window')
      throw new ProblemError(422, 'application.window_only');
    if (!guide.audiences.includes(applicant.kind)) throw new ProblemError(422, 'application.wrong_audience');
    return matter;
  }

  async function replayed(accountId: string, key: string, hash: string) {
    const repo = applicationRepository(ctx.db);
    const seen = await repo.findIdempotencyKey(accountId, key);
    if (!seen) return null;
    if (seen.requestHash !== hash) throw new ProblemError(422, 'application.idempotency_mismatch');
    return repo.findById(seen.applicationId);
  }

  async function createInTrx(
    trx: AnyTrx,
    request: FastifyRequest,
    { applicant, channel, roles, collectAt }: Submission,
    body: SubmitBody,
    key: string,
    hash: string,
    calendar: WorkingCalendar,
  ) {
    const repo = applicationRepository(trx);
    const matter = await publishedFor(trx, body.matterCode, body.versionId, applicant, channel);
    const { guide } = matter;
    // Licences and records are looked at here, so what is recorded as taken is what was there.
    const sourcing = await materialSourcing(trx, ctx.cipher, applicant, guide);
    // The files are the uploader's own: the applicant online, the clerk at a window.
    const materials = await checkMaterials(trx, guide, request.principal!.accountId, body.materials, {
      complete: channel === 'online',
      sourcing,
    });
    const row = await openApplication(
      trx,
      ctx,
      {
        applicant,
        channel,
        roles,
        version: { id: matter.versionId, departmentId: matter.departmentId },
        guide,
        matterCode: body.matterCode,
        formData: body.formData,
        materials: materials.links,
        reused: materials.reused,
        collectAt: collectAt ?? null,
      },
      calendar,
    );
    if (body.signWithOrganizationSeal)
      await sealDeclaration(trx, ctx, {
        row,
        formData: body.formData,
        materials,
        actor: request.auditFacts().actor,
      });
    await repo.insertIdempotencyKey({
      accountId: applicant.accountId,
      key,
      requestHash: hash,
      applicationId: row.id,
      createdAt: row.submittedAt,
    });
    if (body.draftId) {
      const draft = await repo.findDraft(body.draftId);
      if (draft && draft.accountId === applicant.accountId) await repo.deleteDraft(draft.id);
    }
    await ctx.audit.recordInTrx(trx, {
      ...request.auditFacts(),
      action: 'application.submit',
      objectType: 'application',
      objectId: row.applicationNo,
      detail: {
        matterCode: row.matterCode,
        version: matter.version,
        channel,
        // 零提交: what was taken instead of asked for, by licence number or source.
        ...(materials.reused.length
          ? {
              reused: materials.reused.map((r) =>
                r.reuse.kind === 'license' ? r.reuse.license.licenseNo : r.reuse.typeCode,
              ),
            }
          : {}),
        ...(body.signWithOrganizationSeal ? { sealed: true } : {}),
      },
    });
    return { row, guide };
  }

  /** The declaration, the matter version and the form's answers: checked before anything is written. */
  async function assertAnswers(body: SubmitBody, applicant: Applicant, channel: CaseChannel) {
    if (!body.declaration)
      throw invalidFields([{ field: 'declaration', code: 'application.declaration_required' }]);
    if (body.signWithOrganizationSeal && applicant.kind !== 'organization') {
      const problem = { field: 'signWithOrganizationSeal', code: 'application.seal_not_organization' };
      throw new ProblemError(422, 'application.seal_not_organization', { fields: [problem] });
    }
    const matter = await publishedFor(ctx.db, body.matterCode, body.versionId, applicant, channel);
    const problems = validateFormData(matter.versionId, matter.formSchema, body.formData);
    if (problems.length) {
      throw new ProblemError(400, 'application.form_invalid', {
        fields: problems.map((p) => ({ ...p, field: `formData.${p.field}` })),
      });
    }
    return matter;
  }

  /** Submits once per Idempotency-Key: a retry (timeout, crash, double tap) answers with the first attempt's application. */
  async function submitOnce(request: FastifyRequest, body: SubmitBody, submission: Submission) {
    const key = request.headers['idempotency-key'];
    if (typeof key !== 'string' || !IDEMPOTENCY_KEY.test(key)) {
      throw new ProblemError(400, 'application.idempotency_key_required', {
        fields: [{ field: 'Idempotency-Key', code: 'application.idempotency_key_required' }],
      });
    }
    const { applicant, channel } = submission;
    const hash = requestHash(body);
    const earlier = await replayed(applicant.accountId, key, hash);
    if (earlier) return { row: earlier, replayed: true };
    await assertAnswers(body, applicant, channel);
    // Read before the transaction: on SQLite its one connection is taken inside.
    const calendar = await workingCalendar(ctx);
    try {
      const { row } = await ctx.writes.transaction((trx) =>
        createInTrx(trx, request, submission, body, key, hash, calendar),
      );
      return { row, replayed: false };
    } catch (err) {
      // Two attempts with one key raced: the loser answers with the winner's application.
      if (!isUniqueViolation(err)) throw err;
      const winner = await replayed(applicant.accountId, key, hash);
      if (!winner) throw err;
      return { row: winner, replayed: true };
    }
  }

  /** A service centre chosen for collection, by id: its name, or a field error for an unknown one. */
  async function centerName(id: string | undefined): Promise<string | null> {
    if (!id) return null;
    const center = await directoryRepository(ctx.db).findServiceCenter(id);
    if (!center) throw invalidFields([{ field: 'collectAt', code: 'application.unknown_service_center' }]);
    return center.name;
  }

  return {
    async submit(request: FastifyRequest, body: SubmitBody) {
      const applicant = await applicantOf(ctx.db, request.principal);
      const collectAt = await centerName(body.collectAt);
      return submitOnce(request, body, {
        applicant,
        channel: 'online',
        roles: request.principal!.roles,
        collectAt,
      });
    },

    /**
     * 一窗受理: a clerk at any centre takes in a walk-in applicant's application. The clerk
     * has checked the ID card in person, which raises the applicant's account to trust
     * level 4 (or opens one they can claim online later); the intake decision follows on
     * the case, at any window.
     */
    async submitAtWindow(request: FastifyRequest, body: WindowSubmitBody) {
      assertCan(request.principal, 'application.window_intake');
      const collectAt = await centerName(body.collectAt);
      const { applicant: person, ...submission } = body;
      const answers = { ...submission, declaration: true };
      // Bad answers change nothing: not even the applicant's identification is recorded.
      const walkIn = {
        accountId: request.principal.accountId,
        organizationId: null,
        kind: 'person' as const,
        name: person.name,
      };
      const matter = await assertAnswers(answers, walkIn, 'window');
      // The scanned files too: checked again with the application, but before the identity
      // check is recorded, so a refused intake leaves no trace on the applicant's account.
      await checkMaterials(ctx.db, matter.guide, request.principal.accountId, answers.materials, {
        complete: false,
        sourcing: unknownApplicantSourcing(matter.guide),
      });
      const accountId = await ctx.db.transaction().execute(async (trx) => {
        const id = await identifyInPerson(trx, ctx, {
          name: body.applicant.name,
          idNumber: body.applicant.idNumber,
          mobile: body.applicant.mobile ?? null,
        });
        await ctx.audit.recordInTrx(trx, {
          ...request.auditFacts(),
          action: 'identity.verify_in_person',
          objectType: 'person',
          objectId: id,
        });
        return id;
      });
      const applicant: Applicant = {
        accountId,
        organizationId: null,
        kind: 'person',
        name: body.applicant.name,
      };
      return submitOnce(request, answers, { applicant, channel: 'window', roles: ['person'], collectAt });
    },

    /** Withdrawal before the decision is the case's own rule; the case's transaction records it. */
    async withdraw(request: FastifyRequest, applicationNo: string, reason: string) {
      const applicant = await applicantOf(ctx.db, request.principal);
      const row = await applicationRepository(ctx.db).findByNo(applicationNo);
      if (!row || !owns(applicant, row)) throw notFound();
      const found = await cases.load(ctx.db, applicationNo);
      if (!found) throw notFound();
      const actor = {
        id: found.state.applicant.accountId,
        roles: request.principal!.roles,
        departmentCode: null,
      };
      try {
        await cases.run(
          applicationNo,
          actor,
          { type: 'withdraw', expectedRevision: found.state.revision, reason },
          async (trx) => {
            await ctx.audit.recordInTrx(trx, {
              ...request.auditFacts(),
              action: 'application.withdraw',
              objectType: 'application',
              objectId: applicationNo,
            });
          },
        );
      } catch (err) {
        if (err instanceof ActionUnavailableError || err instanceof WorkflowForbiddenError)
          throw new ProblemError(409, 'application.cannot_withdraw');
        throw err;
      }
    },
  };
}
