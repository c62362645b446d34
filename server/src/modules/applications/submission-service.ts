import { createHash, randomUUID } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { WorkingCalendar } from '../../platform/calendar/index.js';
import type { AnyDb, AnyTrx } from '../../platform/db/index.js';
import { invalidFields, notFound, ProblemError } from '../../platform/errors/index.js';
import { emitInTrx } from '../../platform/events/index.js';
import type { AppContext } from '../../platform/http/index.js';
import { workingCalendar } from '../calendar/index.js';
import { catalogueRepository, type MatterGuide, validateFormData } from '../catalogue/index.js';
import { directoryRepository } from '../directory/index.js';
import { ActionUnavailableError, caseService, WorkflowForbiddenError } from '../workflow/index.js';
import { type Applicant, applicantOf, owns } from './applicant.js';
import { applicationDateOf, formatApplicationNo } from './numbering/index.js';
import { applicationRepository } from './repository.js';
import type { SubmitBody } from './schemas.js';
import type { ApplicationTable } from './tables.js';

const IDEMPOTENCY_KEY = /^[\w-]{8,100}$/;

function requestHash(body: SubmitBody): string {
  return createHash('sha256')
    .update(JSON.stringify([body.matterCode, body.versionId, body.formData]))
    .digest('hex');
}

function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  return (
    e.code === '23505' ||
    e.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    /UNIQUE constraint failed/.test(e.message ?? '')
  );
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
  ) {
    const version = await catalogueRepository(db).publishedByCode(matterCode);
    if (!version) throw notFound();
    if (version.id !== versionId) throw new ProblemError(409, 'application.version_outdated');
    const guide = JSON.parse(version.guide) as MatterGuide;
    if (guide.onlineDepth === 'window') throw new ProblemError(422, 'application.window_only');
    if (!guide.audiences.includes(applicant.kind)) throw new ProblemError(422, 'application.wrong_audience');
    return { version, guide };
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
    applicant: Applicant,
    body: SubmitBody,
    key: string,
    hash: string,
    calendar: WorkingCalendar,
  ) {
    const repo = applicationRepository(trx);
    const { version, guide } = await publishedFor(trx, body.matterCode, body.versionId, applicant);
    const department = (await directoryRepository(trx).findDepartment(version.departmentId))!;
    const now = new Date();
    const day = applicationDateOf(now);
    // The number is allocated last, so the counter row is locked only for the final writes.
    const sequence = await repo.nextSequence(department.divisionCode, day.replace(/-/g, ''));
    const row: ApplicationTable = {
      id: randomUUID(),
      applicationNo: formatApplicationNo({ region: department.divisionCode, date: day, sequence }),
      matterCode: body.matterCode,
      matterVersionId: version.id,
      matterName: guide.name,
      regionCode: department.divisionCode,
      departmentId: department.id,
      submittedBy: applicant.accountId,
      organizationId: applicant.organizationId,
      applicantKind: applicant.kind,
      applicantName: applicant.name,
      formDataEnc: ctx.cipher.encrypt(JSON.stringify(body.formData)),
      status: 'submitted',
      submittedAt: now.toISOString(),
      updatedAt: now.toISOString(),
      revision: 1,
    };
    await repo.insert(row);
    // The case opens in the same transaction: its first task, its clock, its events.
    const state = await cases.start(
      trx,
      {
        application: { ...row, applicantAccountId: applicant.accountId },
        guide,
        channel: 'online',
        onCreditBlacklist: false,
        submittedBy: { id: applicant.accountId, roles: request.principal!.roles, departmentCode: null },
      },
      calendar,
    );
    row.status = state.status;
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
      detail: { matterCode: row.matterCode, version: version.version },
    });
    await emitInTrx(trx, 'application.submitted', {
      applicationId: row.id,
      applicationNo: row.applicationNo,
      matterCode: row.matterCode,
      matterVersionId: row.matterVersionId,
      departmentId: row.departmentId,
    });
    return { row, guide };
  }

  return {
    /**
     * Submits an application once per Idempotency-Key: a retry (after a timeout, a crash, a
     * double tap) answers with the application the first attempt created.
     */
    async submit(request: FastifyRequest, body: SubmitBody) {
      const key = request.headers['idempotency-key'];
      if (typeof key !== 'string' || !IDEMPOTENCY_KEY.test(key)) {
        throw new ProblemError(400, 'application.idempotency_key_required', {
          fields: [{ field: 'Idempotency-Key', code: 'application.idempotency_key_required' }],
        });
      }
      const applicant = await applicantOf(ctx.db, request.principal);
      const hash = requestHash(body);
      const earlier = await replayed(applicant.accountId, key, hash);
      if (earlier) return { row: earlier, replayed: true };
      if (!body.declaration)
        throw invalidFields([{ field: 'declaration', code: 'application.declaration_required' }]);
      const { version } = await publishedFor(ctx.db, body.matterCode, body.versionId, applicant);
      const problems = validateFormData(version.id, JSON.parse(version.formSchema), body.formData);
      if (problems.length) {
        throw new ProblemError(400, 'application.form_invalid', {
          fields: problems.map((p) => ({ ...p, field: `formData.${p.field}` })),
        });
      }
      // Read before the transaction: on SQLite its one connection is taken inside.
      const calendar = await workingCalendar(ctx);
      try {
        const { row } = await ctx.db
          .transaction()
          .execute((trx) => createInTrx(trx, request, applicant, body, key, hash, calendar));
        return { row, replayed: false };
      } catch (err) {
        // Two attempts with one key raced: the loser answers with the winner's application.
        if (!isUniqueViolation(err)) throw err;
        const winner = await replayed(applicant.accountId, key, hash);
        if (!winner) throw err;
        return { row: winner, replayed: true };
      }
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
