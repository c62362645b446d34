import { randomUUID } from 'node:crypto';
import type { AuditActor } from '../../platform/audit/index.js';
import { type AnyTrx, rowAppender } from '../../platform/db/index.js';
import { emitInTrx } from '../../platform/events/index.js';
import type { AppContext } from '../../platform/http/index.js';
import { addDeltas, deltasOf } from './counters.js';
import type { TicketState, Transition } from './machine.js';
import { hotlineRepository, unitRowsOf } from './repository.js';
import type { HotlineTables, TicketEventTable, TicketTable } from './tables.js';

/** The outbox topic of every change to an order (a live board fans it out). */
export const TICKET_CHANGED = 'ticket.changed';

// The timeline is read only after the commit (the order's page, the live feed): its entries go
// with the transaction's other appended rows.
const appendEvent = rowAppender<HotlineTables, 'hotlineTicketEvents'>('hotlineTicketEvents');

export interface AuditFacts {
  actor: AuditActor | null;
  sourceIp: string;
  requestId: string;
}

export interface Step {
  /** The order as stored after the step. */
  row: TicketTable;
  before: TicketState | null;
  transition: Transition;
  today: string;
  /** The step's free text (reply, reason, note): sealed in the timeline. */
  text: string | null;
  /** Facts of the step for the timeline, the audit record and the event: nothing personal. */
  detail: Record<string, unknown>;
}

/**
 * Everything one step leaves besides the order's row, in the caller's transaction: the
 * timeline entry, the units on the order, the dashboard counters, the audit record and
 * the `ticket.changed` event.
 */
export async function recordStep(
  trx: AnyTrx,
  ctx: Pick<AppContext, 'audit' | 'cipher'>,
  facts: AuditFacts,
  step: Step,
): Promise<TicketEventTable> {
  const { row, before, transition, today, text, detail } = step;
  const { state, event } = transition;
  const repo = hotlineRepository(trx);
  const at = row.updatedAt;
  const entry: TicketEventTable = {
    id: randomUUID(),
    ticketId: row.id,
    seq: state.revision,
    at,
    actorId: facts.actor?.id ?? null,
    actorLabel: facts.actor?.label ?? null,
    kind: event.kind,
    unitId: event.unitId,
    leadUnitId: state.leadUnitId,
    fromStatus: event.fromStatus,
    toStatus: state.status,
    textEnc: text ? ctx.cipher.encrypt(text) : null,
    detail: JSON.stringify(detail),
  };
  await appendEvent(trx, entry);
  const unitsBefore = before ? unitRowsOf(row.id, before) : [];
  const unitsAfter = unitRowsOf(row.id, state);
  if (JSON.stringify(unitsAfter) !== JSON.stringify(unitsBefore))
    await repo.replaceUnits(row.id, unitsAfter, unitsBefore.length > 0);
  await addDeltas(trx, deltasOf(row, before, state, event.kind, today));
  await ctx.audit.recordInTrx(trx, {
    ...facts,
    action: `hotline.${event.kind}`,
    objectType: 'ticket',
    objectId: row.ticketNo,
    detail: { from: event.fromStatus, to: state.status, ...detail },
  });
  await emitInTrx(trx, TICKET_CHANGED, {
    ticketId: row.id,
    ticketNo: row.ticketNo,
    kind: event.kind,
    status: state.status,
    fromStatus: event.fromStatus,
    revision: state.revision,
    type: row.type,
    subject: row.subject,
    channel: row.channel,
    districtCode: row.districtCode,
    leadUnitId: state.leadUnitId,
    at,
  });
  return entry;
}
