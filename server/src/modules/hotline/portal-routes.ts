import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { notFound, ProblemError, unauthenticated } from '../../platform/errors/index.js';
import type { AppContext } from '../../platform/http/index.js';
import type { ZodApp } from '../../platform/module.js';
import { pageQuery, problemSchema } from '../../platform/validation/index.js';
import { identityRepository } from '../identity/index.js';
import { idempotencyKeyOf, intakeService } from './intake-service.js';
import { hotlineRepository } from './repository.js';
import { myTicketDetail, myTicketPage, portalIntakeBody, ticketNoParams } from './schemas.js';
import type { TicketEventTable, TicketTable } from './tables.js';
import { type Unit, unitDirectory, unitRef } from './units.js';
import { excerptOf } from './views.js';

/** The caller's own view: no caller details, no internal notes; the units' replies. */
function myItemOf(row: TicketTable, ctx: AppContext, units: Map<string, Unit>) {
  return {
    ticketNo: row.ticketNo,
    type: row.type,
    subject: row.subject,
    status: row.status,
    address: row.address,
    excerpt: excerptOf(ctx.cipher.decrypt(row.contentEnc)),
    createdAt: row.createdAt,
    leadUnit: unitRef(units, row.leadUnitId)?.name ?? null,
    closedAt: row.closedAt,
  };
}

/** A person's own request; another's (or a guessed number) answers as missing. */
async function ownTicket(ctx: AppContext, request: FastifyRequest, ticketNo: string) {
  const principal = personOf(request);
  const row = await hotlineRepository(ctx.db).findByNo(ticketNo);
  if (!row || row.callerAccountId !== principal.accountId) throw notFound();
  return row;
}

function personOf(request: FastifyRequest) {
  const principal = request.principal;
  if (!principal) throw unauthenticated();
  if (principal.kind !== 'person') throw new ProblemError(403, 'hotline.person_only');
  return principal;
}

/** The citizen portal's 12345: a logged-in person files a request and follows it. */
export function registerPortalRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['hotline'];
  const intake = intakeService(ctx);
  const errors = { 401: problemSchema, 403: problemSchema, 404: problemSchema };

  async function detail(row: TicketTable, events?: TicketEventTable[] | null) {
    const units = await unitDirectory(ctx.db);
    const timeline = events ?? (await hotlineRepository(ctx.db).eventsOf(row.id));
    return {
      ...myItemOf(row, ctx, units),
      content: ctx.cipher.decrypt(row.contentEnc),
      districtCode: row.districtCode,
      anonymous: row.anonymous === 1,
      replies: timeline
        .filter((e) => e.kind === 'reply' && e.textEnc)
        .map((e) => ({
          at: e.at,
          unit: unitRef(units, e.unitId)?.name ?? null,
          content: ctx.cipher.decrypt(e.textEnc!),
        })),
      satisfaction: row.satisfaction,
    };
  }

  app.post(
    '/api/v1/hotline/my/tickets',
    {
      schema: {
        operationId: 'createMyHotlineTicket',
        tags,
        summary:
          '网上提交 12345 诉求（须带 Idempotency-Key）/ File a request online (Idempotency-Key required)',
        headers: z.object({ 'idempotency-key': z.string().optional() }),
        body: portalIntakeBody,
        response: {
          200: myTicketDetail,
          201: myTicketDetail,
          400: problemSchema,
          422: problemSchema,
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const principal = personOf(request);
      const key = idempotencyKeyOf(request);
      const person = await identityRepository(ctx.db).findPerson(principal.accountId);
      if (!person) throw new ProblemError(403, 'hotline.person_only');
      const { anonymous, ...rest } = request.body;
      const created = await intake.create(
        {
          channel: 'portal',
          caller: {
            name: person.name,
            phone: person.mobileEnc ? ctx.cipher.decrypt(person.mobileEnc) : undefined,
            anonymous,
            accountId: principal.accountId,
          },
          urgency: 'normal',
          disposition: { kind: 'dispatch', assistingUnitIds: [] },
          ...rest,
        },
        { facts: request.auditFacts(), accountId: principal.accountId, key },
      );
      return reply.status(created.replayed ? 200 : 201).send(await detail(created.row, created.events));
    },
  );

  app.get(
    '/api/v1/hotline/my/tickets',
    {
      schema: {
        operationId: 'listMyHotlineTickets',
        tags,
        summary: '我的 12345 诉求 / My hotline requests',
        querystring: pageQuery,
        response: { 200: myTicketPage, 400: problemSchema, 401: problemSchema, 403: problemSchema },
      },
    },
    async (request) => {
      const principal = personOf(request);
      const { page, pageSize } = request.query;
      const db = hotlineRepository(ctx.db).db;
      const q = db.selectFrom('hotlineTickets').where('callerAccountId', '=', principal.accountId);
      const { n } = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const rows = await q
        .selectAll()
        .orderBy('createdAt', 'desc')
        .orderBy('id')
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute();
      const units = await unitDirectory(ctx.db);
      return { items: rows.map((r) => myItemOf(r, ctx, units)), total: Number(n), page, pageSize };
    },
  );

  app.get(
    '/api/v1/hotline/my/tickets/:ticketNo',
    {
      schema: {
        operationId: 'getMyHotlineTicket',
        tags,
        summary: '我的诉求详情与答复 / One of my requests, with the replies',
        params: ticketNoParams,
        response: { 200: myTicketDetail, ...errors },
      },
    },
    async (request) => detail(await ownTicket(ctx, request, request.params.ticketNo)),
  );
}
