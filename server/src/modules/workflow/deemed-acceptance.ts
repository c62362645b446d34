import { businessDateOf } from '../../platform/calendar/index.js';
import { ProblemError } from '../../platform/errors/index.js';
import type { AppContext } from '../../platform/http/index.js';
import type { CaseService } from './case-service.js';
import { SYSTEM_ACTOR } from './engine/index.js';
import { workflowRepository } from './store/repository.js';

const AWAITING_INTAKE = ['submitted', 'pre_review', 'resubmitted'] as const;

/**
 * 行政许可法 Art. 32: an application with no intake notice within five working days of
 * receipt counts as accepted from the day of receipt. Finds every case whose last day for
 * the notice has passed and accepts it as the law does. Several processes may run this at
 * once: the case's revision lets one of them act, the others find nothing left to do.
 */
export async function deemOverdueIntakes(
  ctx: AppContext,
  cases: CaseService,
  now = new Date(),
): Promise<string[]> {
  const today = businessDateOf(now);
  const due = await workflowRepository(ctx.db)
    .db.selectFrom('workflowInstances')
    .select(['applicationNo', 'revision'])
    .where('status', 'in', [...AWAITING_INTAKE])
    .where('intakeDueOn', '<', today)
    .orderBy('intakeDueOn')
    .limit(500)
    .execute();
  const accepted: string[] = [];
  for (const { applicationNo, revision } of due) {
    try {
      await cases.run(
        applicationNo,
        SYSTEM_ACTOR,
        { type: 'deemAccepted', expectedRevision: revision },
        async (trx) => {
          await ctx.audit.recordInTrx(trx, {
            actor: null,
            action: 'workflow.deemAccepted',
            objectType: 'application',
            objectId: applicationNo,
            detail: { basis: '《中华人民共和国行政许可法》第三十二条' },
          });
        },
      );
      accepted.push(applicationNo);
    } catch (err) {
      // Someone decided in the meantime (another process, or a clerk): nothing to deem.
      if (!(err instanceof ProblemError) || err.status !== 409) throw err;
    }
  }
  return accepted;
}

/** Runs the Art. 32 check every minute in a serving process; returns the stop function. */
export function startDeemedAcceptance(
  ctx: AppContext,
  cases: CaseService,
  log: { error(o: object, m: string): void },
) {
  const timer = setInterval(
    () => void deemOverdueIntakes(ctx, cases).catch((err) => log.error({ err }, 'deemed acceptance failed')),
    60_000,
  );
  timer.unref();
  return () => clearInterval(timer);
}
