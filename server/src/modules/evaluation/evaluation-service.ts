import type { FastifyRequest } from 'fastify';
import { businessDateOf } from '../../platform/calendar/index.js';
import { type AnyDb, newRowId } from '../../platform/db/index.js';
import { notFound, ProblemError, unauthenticated } from '../../platform/errors/index.js';
import { emitInTrx } from '../../platform/events/index.js';
import type { AppContext } from '../../platform/http/index.js';
import type { Principal } from '../../platform/permissions/index.js';
import { type ApplicationSummary, applicantOf, findApplicationByNo, owns } from '../applications/index.js';
import { workingCalendar } from '../calendar/index.js';
import { identityRepository } from '../identity/index.js';
import { requestNotification } from '../notifications/index.js';
import { EVALUABLE_STATUSES, RECTIFICATION_WORKING_DAYS, ratingClassOf } from './model.js';
import { evaluationRepository, type RectificationOpening } from './repository.js';
import type { EvaluateBody } from './schemas.js';
import type { EvaluationTable } from './tables.js';

/** The applicant's own application, or 404 for anyone else (staff are told they cannot rate). */
export async function ownApplication(db: AnyDb, principal: Principal | null, applicationNo: string) {
  if (!principal) throw unauthenticated();
  if (principal.kind === 'staff') throw new ProblemError(403, 'evaluation.applicant_only');
  const applicant = await applicantOf(db, principal);
  const application = await findApplicationByNo(db, applicationNo);
  if (!application || !owns(applicant, application)) throw notFound();
  return { applicant, application };
}

export const isEvaluable = (application: ApplicationSummary) =>
  EVALUABLE_STATUSES.includes(application.status);

/** A person's own account (trust level ≥ 2) rates under their real name; an organisation's login does not. */
async function ratesUnderRealName(db: AnyDb, principal: Principal): Promise<boolean> {
  if (principal.kind !== 'person') return false;
  const account = await identityRepository(db).findAccount(principal.accountId);
  return !!account && account.trustLevel >= 2;
}

export function evaluationService(ctx: AppContext) {
  return {
    /**
     * Records the one evaluation of an application. A 差评 under a real name opens the
     * department's rectification in the same transaction, due in working days.
     */
    async evaluate(request: FastifyRequest, applicationNo: string, body: EvaluateBody) {
      const { application } = await ownApplication(ctx.db, request.principal, applicationNo);
      const principal = request.principal!;
      const realName = await ratesUnderRealName(ctx.db, principal);
      const rating = ratingClassOf(body.level);
      const opensRectification = rating === 'bad' && realName;
      // Read before the transaction: SQLite's one connection would wait on itself inside it.
      const calendar = opensRectification ? await workingCalendar(ctx) : null;

      return ctx.db.transaction().execute(async (trx) => {
        const repo = evaluationRepository(trx);
        const current = await findApplicationByNo(trx, applicationNo);
        if (!current || !isEvaluable(current)) throw new ProblemError(409, 'evaluation.not_evaluable');
        const now = new Date();
        const today = businessDateOf(now);
        const row: EvaluationTable = {
          id: newRowId(),
          applicationId: application.id,
          applicationNo,
          departmentId: application.departmentId,
          matterCode: application.matterCode,
          matterName: application.matterName,
          raterAccountId: principal.accountId,
          organizationId: application.organizationId,
          realName: realName ? 1 : 0,
          channel: body.channel,
          level: body.level,
          rating,
          commentEnc: body.comment ? ctx.cipher.encrypt(body.comment) : null,
          followUpEnc: null,
          followUpAt: null,
          evaluatedAt: now.toISOString(),
          evaluatedOn: today,
        };
        const scores = [
          { evaluationId: row.id, indicator: 'overall' as const, score: body.level },
          ...Object.entries(body.scores).map(([indicator, score]) => ({
            evaluationId: row.id,
            indicator: indicator as keyof EvaluateBody['scores'],
            score,
          })),
        ];
        const reasons = body.reasons.map((reason) => ({ evaluationId: row.id, reason }));
        if (!(await repo.insert(row, scores, reasons)))
          throw new ProblemError(409, 'evaluation.already_evaluated');

        const rectification: RectificationOpening | null = calendar
          ? {
              id: newRowId(),
              evaluationId: row.id,
              applicationId: application.id,
              applicationNo,
              departmentId: application.departmentId,
              matterName: application.matterName,
              applicantAccountId: principal.accountId,
              level: body.level,
              openedAt: row.evaluatedAt,
              deadline: calendar.addWorkingDays(today, RECTIFICATION_WORKING_DAYS),
            }
          : null;
        if (rectification) await repo.openRectification(rectification);
        await ctx.audit.recordInTrx(trx, {
          ...request.auditFacts(),
          action: 'evaluation.record',
          objectType: 'application',
          objectId: applicationNo,
          detail: {
            level: body.level,
            rating,
            channel: body.channel,
            realName,
            reasons: body.reasons,
            ...(rectification ? { rectificationId: rectification.id, deadline: rectification.deadline } : {}),
          },
        });
        await emitInTrx(trx, 'evaluation.recorded', {
          evaluationId: row.id,
          applicationId: application.id,
          applicationNo,
          departmentId: application.departmentId,
          matterCode: application.matterCode,
          level: body.level,
          rating,
          channel: body.channel,
          realName,
        });
        if (rectification) {
          await emitInTrx(trx, 'evaluation.bad_rating_opened', {
            rectificationId: rectification.id,
            evaluationId: row.id,
            applicationNo,
            departmentId: application.departmentId,
            deadline: rectification.deadline,
          });
          // The applicant hears that their complaint is being handled, and by when.
          await requestNotification(trx, {
            accountId: principal.accountId,
            kind: 'evaluation.rectification',
            params: { applicationNo, matterName: application.matterName, dueOn: rectification.deadline },
            link: `/my/applications/${applicationNo}`,
          });
        }
        return row;
      });
    },

    /** 追评: one additional comment on one's own evaluation, at any time after it. */
    async followUp(request: FastifyRequest, applicationNo: string, comment: string) {
      const { application } = await ownApplication(ctx.db, request.principal, applicationNo);
      await ctx.db.transaction().execute(async (trx) => {
        const repo = evaluationRepository(trx);
        const evaluation = await repo.findByApplicationId(application.id);
        if (!evaluation) throw new ProblemError(409, 'evaluation.not_evaluated');
        const at = new Date().toISOString();
        if (!(await repo.addFollowUp(evaluation.id, ctx.cipher.encrypt(comment), at)))
          throw new ProblemError(409, 'evaluation.follow_up_taken');
        await ctx.audit.recordInTrx(trx, {
          ...request.auditFacts(),
          action: 'evaluation.follow_up',
          objectType: 'application',
          objectId: applicationNo,
        });
        await emitInTrx(trx, 'evaluation.followed_up', {
          evaluationId: evaluation.id,
          applicationNo,
          departmentId: evaluation.departmentId,
        });
      });
    },
  };
}
