import { newRowId, rowAppender } from '../../platform/db/index.js';
import { type CaseChange, onCaseChange, SYSTEM_ACTOR } from '../workflow/index.js';
import { applicationRepository } from './repository.js';
import type { ApplicationTables } from './tables.js';

/** The applicant's timeline shows what happened to their application, not the back office's steps. */
const APPLICANT_EVENT = /^application\.(.+)$/;

// Read only after the commit (the applicant's timeline): written with the transaction's other
// appended rows.
const appendEvent = rowAppender<ApplicationTables, 'applicationEvents'>('applicationEvents');

function noteOf(payload: Record<string, unknown>): string | null {
  for (const key of ['reason', 'opinion', 'note'] as const) {
    if (typeof payload[key] === 'string') return payload[key];
  }
  return null;
}

/** Keeps the application's status and timeline in step with its case, in the case's transaction. */
export function keepApplicationsInStep(): void {
  onCaseChange(async (trx, change: CaseChange) => {
    const repo = applicationRepository(trx);
    const { after, before, effects } = change;
    if (before?.status !== after.status) {
      await repo.updateStatus(change.applicationId, after.status, after.updatedAt);
    }
    const last = effects.findLast((e) => e.type === 'action.recorded');
    const actorId =
      last?.type === 'action.recorded' && last.action.actorId !== SYSTEM_ACTOR.id
        ? last.action.actorId
        : null;
    for (const effect of effects) {
      if (effect.type !== 'event.emitted') continue;
      const action = APPLICANT_EVENT.exec(effect.event.name)?.[1];
      if (!action) continue;
      await appendEvent(trx, {
        id: newRowId(),
        applicationId: change.applicationId,
        at: after.updatedAt,
        action,
        actorId,
        note: noteOf(effect.event.payload),
      });
    }
  });
}
