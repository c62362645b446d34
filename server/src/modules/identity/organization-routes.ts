import { z } from 'zod';
import { maskIdNumber } from '../../platform/crypto/index.js';
import { notFound, ProblemError, unauthenticated } from '../../platform/errors/index.js';
import type { AppContext } from '../../platform/http/index.js';
import type { ZodApp } from '../../platform/module.js';
import type { Principal } from '../../platform/permissions/index.js';
import { problemSchema } from '../../platform/validation/index.js';
import { identityKeys } from './identity-keys.js';
import { identityRepository } from './repository.js';
import { addAgentBody, agentItem, agentList, agentParams, idParams } from './schemas.js';

/**
 * Who may see and manage an organisation's agents: the organisation's own account and its
 * legal representative manage; agents may look. Everyone else gets 404, as for a missing one.
 */
async function organizationAccess(ctx: AppContext, principal: Principal | null, orgId: string) {
  if (!principal) throw unauthenticated();
  const org = await identityRepository(ctx.db).findOrganization(orgId);
  if (!org) throw notFound();
  if (principal.kind === 'organization' && principal.accountId === orgId) return { org, manage: true };
  if (principal.kind === 'person') {
    if (org.legalRepPersonId === principal.accountId) return { org, manage: true };
    if (await identityRepository(ctx.db).findAgent(orgId, principal.accountId)) return { org, manage: false };
  }
  throw notFound();
}

export function registerOrganizationRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['organizations'];
  const toItem = (row: { personId: string; name: string; idNumberEnc: string; grantedAt: string }) => ({
    personId: row.personId,
    name: row.name,
    maskedIdNumber: maskIdNumber(ctx.cipher.decrypt(row.idNumberEnc)),
    grantedAt: row.grantedAt,
  });

  app.get(
    '/api/v1/organizations/:id/agents',
    {
      schema: {
        operationId: 'listAgents',
        tags,
        params: idParams,
        response: { 200: agentList, 404: problemSchema },
      },
    },
    async (request) => {
      await organizationAccess(ctx, request.principal, request.params.id);
      const rows = await identityRepository(ctx.db).agentsOf(request.params.id);
      return { items: rows.map(toItem) };
    },
  );

  app.post(
    '/api/v1/organizations/:id/agents',
    {
      schema: {
        operationId: 'addAgent',
        tags,
        summary: '授权经办人 / Authorise an agent',
        params: idParams,
        body: addAgentBody,
        response: { 201: agentItem, 400: problemSchema, 404: problemSchema, 409: problemSchema },
      },
    },
    async (request, reply) => {
      const { manage } = await organizationAccess(ctx, request.principal, request.params.id);
      if (!manage) throw notFound();
      const orgId = request.params.id;
      const item = await ctx.db.transaction().execute(async (trx) => {
        const repo = identityRepository(trx);
        const person = await repo.findPersonByIdBidx(
          identityKeys(ctx.cipher).idNumber(request.body.idNumber),
        );
        if (person?.status !== 'active' || person.name !== request.body.name) {
          throw new ProblemError(422, 'org.agent_unknown', {
            fields: [{ field: 'idNumber', code: 'org.agent_unknown' }],
          });
        }
        if (await repo.findAgent(orgId, person.accountId)) throw new ProblemError(409, 'org.agent_exists');
        await repo.insertAgent(orgId, person.accountId, request.principal!.accountId);
        await ctx.audit.recordInTrx(trx, {
          ...request.auditFacts(),
          action: 'organization.agent_add',
          objectType: 'organization',
          objectId: orgId,
          detail: { personId: person.accountId },
        });
        return (await repo.agentsOf(orgId)).find((a) => a.personId === person.accountId)!;
      });
      return reply.status(201).send(toItem(item));
    },
  );

  app.delete(
    '/api/v1/organizations/:id/agents/:personId',
    {
      schema: {
        operationId: 'removeAgent',
        tags,
        params: agentParams,
        response: { 204: z.null(), 404: problemSchema },
      },
    },
    async (request, reply) => {
      const { manage } = await organizationAccess(ctx, request.principal, request.params.id);
      if (!manage) throw notFound();
      await ctx.db.transaction().execute(async (trx) => {
        const result = await identityRepository(trx).deleteAgent(request.params.id, request.params.personId);
        if (Number(result.numDeletedRows) === 0) throw notFound();
        await ctx.audit.recordInTrx(trx, {
          ...request.auditFacts(),
          action: 'organization.agent_remove',
          objectType: 'organization',
          objectId: request.params.id,
          detail: { personId: request.params.personId },
        });
      });
      return reply.status(204).send(null);
    },
  );
}
