import type { FastifyRequest } from 'fastify';
import { ProblemError } from '../../platform/errors/index.js';
import type { AppContext } from '../../platform/http/index.js';
import { actorOf, clockNow, visibleTicket } from './access.js';
import { commandError } from './intake-service.js';
import { type Command, execute } from './machine.js';
import { isTerminal } from './model.js';
import { columnsOf, hotlineRepository, stateOf } from './repository.js';
import type { CommandBody } from './schemas.js';
import { recordStep } from './steps.js';
import { assertUnits, unitDirectory } from './units.js';

/** The text a command carries, sealed in the timeline; and its non-personal facts. */
function textAndDetail(body: CommandBody): { text: string | null; detail: Record<string, unknown> } {
  switch (body.type) {
    case 'dispatch':
    case 'reassign':
      return {
        text: body.note ?? null,
        detail: { leadUnitId: body.leadUnitId, assistingUnitIds: body.assistingUnitIds },
      };
    case 'return':
      return { text: body.reason, detail: {} };
    case 'insist':
    case 'supervise':
      return { text: body.note, detail: {} };
    case 'requestExtension':
      return { text: body.reason, detail: { workingDays: body.workingDays } };
    case 'decideExtension':
      return { text: body.note ?? null, detail: { approve: body.approve } };
    case 'reply':
      return { text: body.content, detail: { resolved: body.resolved } };
    case 'followUp':
      return { text: body.note ?? null, detail: { result: body.result } };
    case 'merge':
      return { text: null, detail: { intoTicketNo: body.intoTicketNo } };
    case 'assistNote':
      return { text: body.text, detail: {} };
    case 'sign':
      return { text: null, detail: {} };
  }
}

export function commandService(ctx: AppContext) {
  /** The machine's command: a merge names its target by number, the machine by id. */
  async function commandOf(body: CommandBody, ownId: string): Promise<Command> {
    if (body.type === 'dispatch' || body.type === 'reassign')
      assertUnits(await unitDirectory(ctx.db), {
        leadUnitId: body.leadUnitId,
        assistingUnitIds: body.assistingUnitIds,
      });
    if (body.type !== 'merge') {
      const { expectedRevision: _, ...command } = body;
      return command as Command;
    }
    const target = await hotlineRepository(ctx.db).findByNo(body.intoTicketNo);
    if (!target || target.id === ownId || isTerminal(target.status))
      throw new ProblemError(422, 'hotline.merge_target_invalid', {
        fields: [{ field: 'intoTicketNo', code: 'hotline.merge_target_invalid' }],
      });
    return { type: 'merge', intoTicketId: target.id };
  }

  return {
    /**
     * One command on an order the caller may see, in one transaction with its timeline entry,
     * counters, audit record and event. A stale `expectedRevision`, or someone acting first
     * in between, answers 409 and changes nothing.
     */
    async run(request: FastifyRequest, ticketNo: string, body: CommandBody) {
      const principal = request.principal;
      const seen = await visibleTicket(ctx.db, principal, ticketNo);
      const actor = actorOf(principal!);
      const command = await commandOf(body, seen.id);
      const clock = await clockNow(ctx);
      const { text, detail } = textAndDetail(body);
      try {
        return await ctx.writes.transaction(async (trx) => {
          const repo = hotlineRepository(trx);
          const row = (await repo.findForUpdate(ticketNo, ctx.dialect))!;
          if (row.revision !== body.expectedRevision) throw new ProblemError(409, 'error.conflict');
          const before = stateOf(row);
          const transition = execute(before, command, actor, clock);
          if (!(await repo.updateState(row.id, row.revision, transition.state, clock.at)))
            throw new ProblemError(409, 'error.conflict');
          const after = { ...row, ...columnsOf(transition.state), updatedAt: clock.at };
          const stepDetail =
            body.type === 'decideExtension' && before.extension
              ? {
                  ...detail,
                  workingDays: before.extension.workingDays,
                  handlingDueOn: transition.state.handlingDueOn,
                }
              : body.type === 'followUp'
                ? { ...detail, reopened: transition.state.status === 'in_progress' }
                : detail;
          await recordStep(trx, ctx, request.auditFacts(), {
            row: after,
            before,
            transition,
            today: clock.today,
            text,
            detail: stepDetail,
          });
          return after;
        });
      } catch (err) {
        throw commandError(err);
      }
    },
  };
}
