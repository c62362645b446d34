import type { FastifyRequest } from 'fastify';
import { businessDateOf } from '../../platform/calendar/index.js';
import type { AnyDb } from '../../platform/db/index.js';
import { invalidFields, notFound, ProblemError } from '../../platform/errors/index.js';
import { emitInTrx } from '../../platform/events/index.js';
import type { AppContext } from '../../platform/http/index.js';
import { assertCan, can, type Principal } from '../../platform/permissions/index.js';
import type { CallBackMethod } from './model.js';
import { evaluationRepository } from './repository.js';
import type { RectificationTable } from './tables.js';

/** The department whose rectifications a caller sees, or null for every department. */
export function rectificationScope(principal: Principal | null): string | null {
  assertCan(principal, 'rectification.read');
  return can(principal, 'rectification.read_all') ? null : principal.departmentId;
}

/** A rectification the caller may see; another department's answers as missing. */
export async function visibleRectification(db: AnyDb, principal: Principal | null, id: string) {
  const scope = rectificationScope(principal);
  const row = await evaluationRepository(db).findRectification(id);
  if (!row || (scope !== null && row.departmentId !== scope)) throw notFound();
  return row;
}

export interface CallBack {
  calledBackOn: string;
  method: CallBackMethod;
  satisfied: boolean;
  note?: string | undefined;
}

export function rectificationService(ctx: AppContext) {
  /**
   * One change to an open rectification of the caller's own department, with its audit
   * record and event, in one transaction; a concurrent change answers 409.
   */
  async function change(
    request: FastifyRequest,
    id: string,
    step: { action: string; topic: string },
    patchOf: (row: RectificationTable, now: Date) => Partial<RectificationTable>,
  ) {
    const principal = request.principal;
    assertCan(principal, 'rectification.handle');
    await ctx.db.transaction().execute(async (trx) => {
      const repo = evaluationRepository(trx);
      const row = await repo.findRectification(id);
      if (!row || row.departmentId !== principal.departmentId) throw notFound();
      if (row.status === 'closed') throw new ProblemError(409, 'rectification.closed');
      const patch = patchOf(row, new Date());
      if (!(await repo.updateRectification(row.id, row.revision, patch)))
        throw new ProblemError(409, 'error.conflict');
      const facts = {
        rectificationId: row.id,
        applicationNo: row.applicationNo,
        departmentId: row.departmentId,
      };
      await ctx.audit.recordInTrx(trx, {
        ...request.auditFacts(),
        action: step.action,
        objectType: 'rectification',
        objectId: row.id,
        detail: {
          applicationNo: row.applicationNo,
          ...Object.fromEntries(
            Object.entries(patch).filter(([k]) => !k.endsWith('Enc') && !k.endsWith('By')),
          ),
        },
      });
      const onTime = patch.closedOn ? { onTime: patch.closedOn <= row.deadline } : {};
      await emitInTrx(trx, step.topic, { ...facts, ...onTime });
    });
  }

  return {
    /** 整改: what the department did about the complaint; may be revised until closed. */
    rectify: (request: FastifyRequest, id: string, measures: string) =>
      change(request, id, { action: 'rectification.rectify', topic: 'evaluation.rectified' }, (_, now) => ({
        measures,
        rectifiedAt: now.toISOString(),
        rectifiedBy: request.principal!.accountId,
      })),

    /** 回访: the applicant was contacted; a later call-back replaces an earlier one until closed. */
    callBack: (request: FastifyRequest, id: string, callBack: CallBack) =>
      change(
        request,
        id,
        { action: 'rectification.call_back', topic: 'evaluation.called_back' },
        (row, now) => {
          const from = businessDateOf(new Date(row.openedAt));
          if (callBack.calledBackOn < from || callBack.calledBackOn > businessDateOf(now))
            throw invalidFields([
              { field: 'calledBackOn', code: 'rectification.call_back_date', params: { from } },
            ]);
          return {
            calledBackOn: callBack.calledBackOn,
            callBackMethod: callBack.method,
            applicantSatisfied: callBack.satisfied ? 1 : 0,
            callBackNoteEnc: callBack.note ? ctx.cipher.encrypt(callBack.note) : null,
            calledBackAt: now.toISOString(),
            calledBackBy: request.principal!.accountId,
          };
        },
      ),

    /** 办结: only once both the rectification and the call-back are on record. */
    close: (request: FastifyRequest, id: string) =>
      change(
        request,
        id,
        { action: 'rectification.close', topic: 'evaluation.rectification_closed' },
        (row, now) => {
          if (!row.measures || !row.calledBackOn) throw new ProblemError(409, 'rectification.incomplete');
          return {
            status: 'closed',
            closedAt: now.toISOString(),
            closedOn: businessDateOf(now),
            closedBy: request.principal!.accountId,
          };
        },
      ),
  };
}
