import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { businessDateOf } from '../../platform/calendar/index.js';
import { notFound, ProblemError } from '../../platform/errors/index.js';
import type { AppContext } from '../../platform/http/index.js';
import type { ZodApp } from '../../platform/module.js';
import { assertCan, can } from '../../platform/permissions/index.js';
import { problemSchema } from '../../platform/validation/index.js';
import { actorOf, clockNow, ticketScope, visibleTicket } from './access.js';
import { commandService } from './command-service.js';
import { findDuplicates } from './duplicates.js';
import { CALLER_PHONE_INDEX, idempotencyKeyOf, intakeService } from './intake-service.js';
import type { Clock } from './machine.js';
import { hotlineRepository } from './repository.js';
import { matchRule, routingRepository } from './routing.js';
import {
  callerDetail,
  commandBody,
  duplicateList,
  duplicateQueryBody,
  intakeBody,
  intakeResult,
  routingSuggestion,
  ticketDetail,
  ticketNoParams,
  ticketPage,
  ticketQuery,
} from './schemas.js';
import { currentSettings } from './settings.js';
import type { TicketEventTable, TicketTable } from './tables.js';
import { ticketPage as queryTickets } from './ticket-queries.js';
import { unitDirectory, unitRef } from './units.js';
import { ticketDetailOf, ticketItemOf } from './views.js';

const idempotencyHeader = z.object({ 'idempotency-key': z.string().optional() });

/** What the caller of detailFor knows already (a new order: its timeline, and no merges). */
interface Known {
  events?: TicketEventTable[] | null;
  clock?: Clock;
  fresh?: boolean;
}

/** The order as the caller may see it, with the actions they may take now. */
export async function detailFor(
  ctx: AppContext,
  request: FastifyRequest,
  row: TicketTable,
  known: Known = {},
) {
  const repo = hotlineRepository(ctx.db);
  const [units, clock, timeline, mergedInto, mergedFrom] = await Promise.all([
    unitDirectory(ctx.db),
    known.clock ?? clockNow(ctx),
    known.events ?? repo.eventsOf(row.id),
    known.fresh ? null : repo.ticketNoOf(row.mergedIntoId),
    known.fresh ? [] : repo.mergedFrom(row.id),
  ]);
  return ticketDetailOf(row, timeline, {
    cipher: ctx.cipher,
    units,
    clock,
    actor: actorOf(request.principal!),
    locale: request.locale,
    mergedInto,
    mergedFrom,
  });
}

/** The 12345 centre's and the units' side of work orders. */
export function registerTicketRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['hotline'];
  const intake = intakeService(ctx);
  const commands = commandService(ctx);
  const errors = { 401: problemSchema, 403: problemSchema, 404: problemSchema };

  app.post(
    '/api/v1/hotline/tickets',
    {
      schema: {
        operationId: 'createHotlineTicket',
        tags,
        summary:
          '12345 受理登记（须带 Idempotency-Key）/ Take a call as a work order (Idempotency-Key required)',
        headers: idempotencyHeader,
        body: intakeBody,
        response: { 200: intakeResult, 201: intakeResult, 400: problemSchema, 422: problemSchema, ...errors },
      },
    },
    async (request, reply) => {
      assertCan(request.principal, 'hotline.intake');
      const key = idempotencyKeyOf(request);
      const { caller, location, ...rest } = request.body;
      const created = await intake.create(
        { channel: 'phone', caller, location, ...rest },
        { facts: request.auditFacts(), accountId: request.principal.accountId, key },
      );
      const ticket = await detailFor(ctx, request, created.row, {
        events: created.events,
        clock: created.clock,
        fresh: !created.replayed,
      });
      return reply.status(created.replayed ? 200 : 201).send({ ticket, duplicates: created.duplicates });
    },
  );

  app.post(
    '/api/v1/hotline/tickets/duplicates',
    {
      schema: {
        operationId: 'findHotlineDuplicates',
        tags,
        summary: '疑似重复工单（同一来电人、地点或诉求）/ Possible duplicates of a call being taken',
        body: duplicateQueryBody,
        response: { 200: duplicateList, 400: problemSchema, ...errors },
      },
    },
    async (request) => {
      assertCan(request.principal, 'hotline.intake');
      const { callerPhone, ...probe } = request.body;
      const settings = await currentSettings(ctx.db);
      const items = await findDuplicates(
        ctx.db,
        {
          ...probe,
          callerPhoneBidx: callerPhone ? ctx.cipher.blindIndex(CALLER_PHONE_INDEX, callerPhone) : null,
        },
        settings,
      );
      return { items };
    },
  );

  app.get(
    '/api/v1/hotline/tickets',
    {
      schema: {
        operationId: 'listHotlineTickets',
        tags,
        summary:
          '工单列表（中心看全部，承办单位看本单位）/ Work orders: all for the centre, a unit’s own for it',
        querystring: ticketQuery,
        response: { 200: ticketPage, 400: problemSchema, 401: problemSchema, 403: problemSchema },
      },
    },
    async (request) => {
      const scope = ticketScope(request.principal);
      const at = new Date();
      const now = { at: at.toISOString(), today: businessDateOf(at) };
      const [page, units] = await Promise.all([
        queryTickets(ctx.db, request.query, scope, now),
        unitDirectory(ctx.db),
      ]);
      const centre = scope === null;
      return { ...page, items: page.items.map((row) => ticketItemOf(row, ctx.cipher, units, now, centre)) };
    },
  );

  app.get(
    '/api/v1/hotline/tickets/:ticketNo',
    {
      schema: {
        operationId: 'getHotlineTicket',
        tags,
        summary: '工单详情：流转记录、时限与可办理的操作 / A work order: timeline, limits and what I may do',
        params: ticketNoParams,
        response: { 200: ticketDetail, ...errors },
      },
    },
    async (request) =>
      detailFor(ctx, request, await visibleTicket(ctx.db, request.principal, request.params.ticketNo)),
  );

  app.get(
    '/api/v1/hotline/tickets/:ticketNo/caller',
    {
      schema: {
        operationId: 'getHotlineCaller',
        tags,
        summary: '来电人完整信息（查看留痕）/ The caller’s name and number, unmasked (audited)',
        params: ticketNoParams,
        response: { 200: callerDetail, ...errors },
      },
    },
    async (request) => {
      const row = await visibleTicket(ctx.db, request.principal, request.params.ticketNo);
      const centre = can(request.principal, 'hotline.read_all');
      if (row.anonymous === 1 && !centre) throw new ProblemError(403, 'hotline.caller_confidential');
      // Every look at a caller's identity is on record, like a person's file.
      await ctx.audit.record({
        ...request.auditFacts(),
        action: 'hotline.caller_read',
        objectType: 'ticket',
        objectId: row.ticketNo,
      });
      return {
        name: row.callerNameEnc ? ctx.cipher.decrypt(row.callerNameEnc) : null,
        phone: row.callerPhoneEnc ? ctx.cipher.decrypt(row.callerPhoneEnc) : null,
        anonymous: row.anonymous === 1,
      };
    },
  );

  app.get(
    '/api/v1/hotline/tickets/:ticketNo/routing',
    {
      schema: {
        operationId: 'getHotlineRouting',
        tags,
        summary: '按派单规则推荐的承办单位 / The unit the routing rules suggest',
        params: ticketNoParams,
        response: { 200: routingSuggestion, ...errors },
      },
    },
    async (request) => {
      assertCan(request.principal, 'hotline.dispatch');
      const row = await visibleTicket(ctx.db, request.principal, request.params.ticketNo);
      const [rules, units] = await Promise.all([routingRepository(ctx.db).list(), unitDirectory(ctx.db)]);
      const match = matchRule(rules, row);
      // No rule at all (not even the city's catch-all): the 12345 centre's own department.
      const fallback = [...units.values()].find((u) => u.code === 'FS-ZSJ');
      const leadUnitId = match?.rule.leadUnitId ?? fallback?.id;
      if (!leadUnitId) throw notFound();
      const assisting = match ? (JSON.parse(match.rule.assistingUnitIds) as string[]) : [];
      return {
        leadUnit: unitRef(units, leadUnitId)!,
        assistingUnits: assisting.map((id) => unitRef(units, id)!),
        ruleId: match?.rule.id ?? null,
        basis: match?.basis ?? 'city_default',
      };
    },
  );

  app.post(
    '/api/v1/hotline/tickets/:ticketNo/commands',
    {
      schema: {
        operationId: 'runHotlineCommand',
        tags,
        summary:
          '办理：派单、签收、退单、改派/维持、延期、答复、回访、督办、合并 / Act on a work order (expectedRevision: 409 when stale)',
        params: ticketNoParams,
        body: commandBody,
        response: {
          200: ticketDetail,
          400: problemSchema,
          409: problemSchema,
          422: problemSchema,
          ...errors,
        },
      },
    },
    async (request) => {
      const row = await commands.run(request, request.params.ticketNo, request.body);
      return detailFor(ctx, request, row);
    },
  );
}
