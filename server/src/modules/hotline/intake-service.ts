import { createHash, randomUUID } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { type AnyTrx, isUniqueViolation } from '../../platform/db/index.js';
import { invalidFields, ProblemError } from '../../platform/errors/index.js';
import type { AppContext } from '../../platform/http/index.js';
import { clockNow } from './access.js';
import { findDuplicates } from './duplicates.js';
import { knowledgeRepository } from './knowledge.js';
import {
  type Actor,
  type Clock,
  createTicket,
  execute,
  TicketCommandError,
  type Transition,
} from './machine.js';
import { columnsOf, formatTicketNo, hotlineRepository } from './repository.js';
import type { DispositionInput } from './schemas.js';
import { type AuditFacts, recordStep } from './steps.js';
import type { TicketEventTable, TicketTable } from './tables.js';
import { assertUnits, unitDirectory } from './units.js';
import type { Channel, Subject, TicketType, Urgency } from './vocabulary.js';

export const CALLER_PHONE_INDEX = 'hotline.caller_phone';
const IDEMPOTENCY_KEY = /^[\w-]{8,100}$/;
const CENTRE: Actor = { centre: true, supervisor: false, unitId: null };

export interface NewTicket {
  channel: Channel;
  caller: {
    phone?: string | undefined;
    name?: string | undefined;
    anonymous: boolean;
    accountId?: string | null | undefined;
  };
  location: {
    address: string;
    districtCode: string | null;
    lng?: number | undefined;
    lat?: number | undefined;
  };
  type: TicketType;
  subject: Subject;
  content: string;
  urgency: Urgency;
  disposition: DispositionInput;
  open311Token?: string | null;
}

/** Who creates the order: the audit facts, and the account an Idempotency-Key belongs to. */
export interface Intaker {
  facts: AuditFacts;
  /** The account for Idempotency-Key look-ups; null: no key (Open311). */
  accountId: string | null;
  key: string | null;
}

/** The Idempotency-Key header, required on our own intake routes. */
export function idempotencyKeyOf(request: FastifyRequest): string {
  const key = request.headers['idempotency-key'];
  if (typeof key !== 'string' || !IDEMPOTENCY_KEY.test(key))
    throw new ProblemError(400, 'hotline.idempotency_key_required', {
      fields: [{ field: 'Idempotency-Key', code: 'hotline.idempotency_key_required' }],
    });
  return key;
}

const hashOf = (input: NewTicket) => createHash('sha256').update(JSON.stringify(input)).digest('hex');

export const commandError = (err: unknown) =>
  err instanceof TicketCommandError ? new ProblemError(err.status, err.code, { params: err.params }) : err;

export function intakeService(ctx: AppContext) {
  async function replayed(accountId: string, key: string, hash: string) {
    const repo = hotlineRepository(ctx.db);
    const seen = await repo.findIdempotencyKey(accountId, key);
    if (!seen) return null;
    if (seen.requestHash !== hash) throw new ProblemError(422, 'hotline.idempotency_mismatch');
    return (await repo.findById(seen.ticketId))!;
  }

  /** Checks what the body refers to (units, knowledge entry) before anything is written. */
  async function assertReferences(input: NewTicket) {
    const d = input.disposition;
    if (d.kind === 'dispatch' && d.leadUnitId) {
      assertUnits(await unitDirectory(ctx.db), {
        'disposition.leadUnitId': d.leadUnitId,
        'disposition.assistingUnitIds': d.assistingUnitIds,
      });
    }
    if (d.kind === 'direct_answer' && input.type !== 'consultation')
      throw invalidFields([{ field: 'disposition.kind', code: 'hotline.direct_answer_consultation_only' }]);
    if (
      d.kind === 'direct_answer' &&
      d.knowledgeId &&
      !(await knowledgeRepository(ctx.db).find(d.knowledgeId))
    )
      throw invalidFields([{ field: 'disposition.knowledgeId', code: 'hotline.knowledge_unknown' }]);
  }

  async function createInTrx(trx: AnyTrx, input: NewTicket, intaker: Intaker, clock: Clock, hash: string) {
    const repo = hotlineRepository(trx);
    const { at, today } = clock;
    const d = input.disposition;
    const created = createTicket(
      {
        type: input.type,
        urgency: input.urgency,
        disposition: d.kind === 'redirect' ? { kind: 'redirect', target: d.target } : { kind: d.kind },
      },
      clock,
    );
    const phone = input.caller.phone;
    const row: TicketTable = {
      id: randomUUID(),
      ticketNo: formatTicketNo(today, await hotlineRepository(ctx.numbers.on(trx)).nextSequence(today)),
      channel: input.channel,
      type: input.type,
      subject: input.subject,
      urgency: input.urgency,
      callerPhoneEnc: phone ? ctx.cipher.encrypt(phone) : null,
      callerPhoneBidx: phone ? ctx.cipher.blindIndex(CALLER_PHONE_INDEX, phone) : null,
      callerNameEnc: input.caller.name ? ctx.cipher.encrypt(input.caller.name) : null,
      anonymous: input.caller.anonymous ? 1 : 0,
      callerAccountId: input.caller.accountId ?? null,
      address: input.location.address,
      districtCode: input.location.districtCode,
      lng: input.location.lng ?? null,
      lat: input.location.lat ?? null,
      contentEnc: ctx.cipher.encrypt(input.content),
      answerEnc: d.kind === 'direct_answer' ? ctx.cipher.encrypt(d.answer) : null,
      knowledgeId: d.kind === 'direct_answer' ? (d.knowledgeId ?? null) : null,
      open311Token: input.open311Token ?? null,
      createdAt: at,
      createdOn: today,
      createdBy: intaker.facts.actor?.id ?? null,
      updatedAt: at,
      ...columnsOf(created.state),
    };
    await repo.insertTicket(row);
    const events: TicketEventTable[] = [];
    events.push(
      await recordStep(trx, ctx, intaker.facts, {
        row,
        before: null,
        transition: created,
        today,
        text: d.kind === 'direct_answer' ? d.answer : null,
        detail: {
          channel: input.channel,
          type: input.type,
          subject: input.subject,
          urgency: input.urgency,
          ...(d.kind === 'redirect' ? { redirectTarget: d.target } : {}),
          ...(d.kind === 'direct_answer' && d.knowledgeId ? { knowledgeId: d.knowledgeId } : {}),
        },
      }),
    );
    if (d.kind === 'direct_answer' && d.knowledgeId) await knowledgeRepository(trx).countUse(d.knowledgeId);
    let current = row;
    if (d.kind === 'dispatch' && d.leadUnitId) {
      // 一键派单: the call taker dispatches at once, as a second step of the same order.
      const dispatched: Transition = execute(
        created.state,
        { type: 'dispatch', leadUnitId: d.leadUnitId, assistingUnitIds: d.assistingUnitIds },
        CENTRE,
        clock,
      );
      current = { ...row, ...columnsOf(dispatched.state) };
      await repo.updateState(row.id, row.revision, dispatched.state, at);
      events.push(
        await recordStep(trx, ctx, intaker.facts, {
          row: current,
          before: created.state,
          transition: dispatched,
          today,
          text: null,
          detail: { leadUnitId: d.leadUnitId, assistingUnitIds: dispatched.state.assistingUnitIds },
        }),
      );
    }
    if (intaker.accountId && intaker.key)
      await repo.insertIdempotencyKey({
        accountId: intaker.accountId,
        key: intaker.key,
        requestHash: hash,
        ticketId: row.id,
        createdAt: at,
      });
    return { row: current, events };
  }

  return {
    /**
     * One new order in one transaction (number, row, timeline, counters, audit, event), once
     * per Idempotency-Key: a retry answers with the first attempt's order. Possible
     * duplicates are looked up first and returned with it; merging is the centre's call.
     */
    async create(input: NewTicket, intaker: Intaker) {
      const hash = hashOf(input);
      if (intaker.accountId && intaker.key) {
        const earlier = await replayed(intaker.accountId, intaker.key, hash);
        if (earlier) return { row: earlier, events: null, clock: undefined, duplicates: [], replayed: true };
      }
      await assertReferences(input);
      const clock = await clockNow(ctx);
      const duplicates = await findDuplicates(
        ctx.db,
        {
          callerPhoneBidx: input.caller.phone
            ? ctx.cipher.blindIndex(CALLER_PHONE_INDEX, input.caller.phone)
            : null,
          subject: input.subject,
          address: input.location.address,
          lng: input.location.lng,
          lat: input.location.lat,
        },
        clock.settings,
        new Date(clock.at),
      );
      try {
        const { row, events } = await ctx.writes.transaction((trx) =>
          createInTrx(trx, input, intaker, clock, hash),
        );
        return { row, events, clock, duplicates, replayed: false };
      } catch (err) {
        // Two attempts with one key raced: the loser answers with the winner's order.
        if (!intaker.accountId || !intaker.key || !isUniqueViolation(err)) throw commandError(err);
        const winner = await replayed(intaker.accountId, intaker.key, hash);
        if (!winner) throw err;
        return { row: winner, events: null, clock: undefined, duplicates: [], replayed: true };
      }
    },
  };
}

export type IntakeService = ReturnType<typeof intakeService>;
