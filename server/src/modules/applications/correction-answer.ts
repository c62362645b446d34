import type { FastifyRequest } from 'fastify';
import { notFound, ProblemError } from '../../platform/errors/index.js';
import type { AppContext } from '../../platform/http/index.js';
import { versionContent } from '../catalogue/index.js';
import { ActionUnavailableError, caseService, WorkflowForbiddenError } from '../workflow/index.js';
import { applicantOf, owns } from './applicant.js';
import { materialSourcing } from './material-sources.js';
import { addMaterialLinks, checkMaterials } from './materials.js';
import { applicationRepository } from './repository.js';
import type { ResubmitBody } from './schemas.js';

/**
 * The applicant answers a correction notice (补正) online: the files it asks for are added to
 * the application's, and the case goes back to the department's intake with its clock running
 * again, in one transaction with the audit record. Files are checked as at submission (the
 * applicant's own uploads, for materials of the version filed on); any problem changes nothing.
 */
export async function answerCorrection(
  ctx: AppContext,
  request: FastifyRequest,
  applicationNo: string,
  body: ResubmitBody,
): Promise<void> {
  const applicant = await applicantOf(ctx.db, request.principal);
  const row = await applicationRepository(ctx.db).findByNo(applicationNo);
  if (!row || !owns(applicant, row)) throw notFound();
  const found = await caseService(ctx).load(ctx.db, applicationNo);
  if (!found) throw notFound();
  if (found.state.status !== 'correction_requested')
    throw new ProblemError(409, 'application.no_correction_open');
  if (!body.materials.some((m) => m.fileIds.length) && !body.note)
    throw new ProblemError(400, 'application.correction_empty', {
      fields: [{ field: 'materials', code: 'application.correction_empty' }],
    });
  const { guide } = await versionContent(ctx.db, row.matterVersionId);
  const actor = {
    id: found.state.applicant.accountId,
    roles: request.principal!.roles,
    departmentCode: null,
  };
  const command = {
    type: 'resubmit' as const,
    expectedRevision: found.state.revision,
    ...(body.note ? { note: body.note } : {}),
  };
  try {
    await caseService(ctx).run(applicationNo, actor, command, async (trx) => {
      const sourcing = await materialSourcing(trx, ctx.cipher, applicant, guide);
      const { links } = await checkMaterials(trx, guide, request.principal!.accountId, body.materials, {
        complete: false,
        sourcing,
      });
      await addMaterialLinks(trx, row.id, links);
      await ctx.audit.recordInTrx(trx, {
        ...request.auditFacts(),
        action: 'application.resubmit',
        objectType: 'application',
        objectId: applicationNo,
        detail: { files: links.length },
      });
    });
  } catch (err) {
    // Answered meanwhile (another tab, a clerk at the window): nothing is open any more.
    if (err instanceof ActionUnavailableError || err instanceof WorkflowForbiddenError)
      throw new ProblemError(409, 'application.no_correction_open');
    throw err;
  }
}
