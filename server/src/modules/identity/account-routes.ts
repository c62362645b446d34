import { z } from 'zod';
import { hashPassword, maskIdNumber, maskMobile, verifyPassword } from '../../platform/crypto/index.js';
import { invalidFields, ProblemError, unauthenticated } from '../../platform/errors/index.js';
import type { AppContext } from '../../platform/http/index.js';
import type { ZodApp } from '../../platform/module.js';
import { problemSchema } from '../../platform/validation/index.js';
import { assertMobileFree, assertPasswordPolicy } from './auth-service.js';
import { identityKeys } from './identity-keys.js';
import { localPopulationRegistry } from './population-registry.js';
import { identityRepository } from './repository.js';
import {
  changePasswordBody,
  type MeResponse,
  meResponse,
  trustLevelResponse,
  updateMeBody,
} from './schemas.js';

export function registerAccountRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['accounts'];
  const registry = localPopulationRegistry(ctx.db);
  const decryptOpt = (sealed: string | null) => (sealed ? ctx.cipher.decrypt(sealed) : null);

  async function me(accountId: string): Promise<MeResponse> {
    const repo = identityRepository(ctx.db);
    const account = (await repo.findAccount(accountId))!;
    const common = {
      id: account.id,
      kind: account.kind,
      trustLevel: account.trustLevel,
      createdAt: account.createdAt,
    };
    if (account.kind === 'person') {
      const p = (await repo.findPerson(accountId))!;
      const mobile = decryptOpt(p.mobileEnc);
      return {
        ...common,
        name: p.name,
        maskedIdNumber: maskIdNumber(ctx.cipher.decrypt(p.idNumberEnc)),
        ...(mobile ? { maskedMobile: maskMobile(mobile) } : {}),
      };
    }
    if (account.kind === 'organization') {
      const o = (await repo.findOrganization(accountId))!;
      const rep = (await repo.findPerson(o.legalRepPersonId))!;
      const mobile = decryptOpt(o.mobileEnc);
      return {
        ...common,
        name: o.name,
        creditCode: o.creditCode,
        ...(mobile ? { maskedMobile: maskMobile(mobile) } : {}),
        legalRepresentative: {
          name: rep.name,
          maskedIdNumber: maskIdNumber(ctx.cipher.decrypt(rep.idNumberEnc)),
        },
      };
    }
    const s = (await repo.findStaff(accountId))!;
    const mobile = decryptOpt(s.mobileEnc);
    return { ...common, name: s.name, ...(mobile ? { maskedMobile: maskMobile(mobile) } : {}) };
  }

  const caller = (request: { principal: { accountId: string; kind: string } | null }) => {
    if (!request.principal) throw unauthenticated();
    return request.principal;
  };

  app.get(
    '/api/v1/accounts/me',
    { schema: { operationId: 'getMyAccount', tags, response: { 200: meResponse, 401: problemSchema } } },
    async (request) => me(caller(request).accountId),
  );

  app.patch(
    '/api/v1/accounts/me',
    {
      schema: {
        operationId: 'updateMyAccount',
        tags,
        body: updateMeBody,
        response: { 200: meResponse, 400: problemSchema, 409: problemSchema },
      },
    },
    async (request) => {
      const principal = caller(request);
      const { mobile } = request.body;
      await ctx.db.transaction().execute(async (trx) => {
        const repo = identityRepository(trx);
        const mobileEnc = ctx.cipher.encrypt(mobile);
        if (principal.kind === 'person') {
          await assertMobileFree(ctx, mobile, principal.accountId, trx);
          await repo.updatePerson(principal.accountId, {
            mobileEnc,
            mobileBidx: identityKeys(ctx.cipher).mobile(mobile),
          });
        } else if (principal.kind === 'organization') {
          await repo.updateOrganization(principal.accountId, { mobileEnc });
        } else {
          await repo.updateStaff(principal.accountId, { mobileEnc });
        }
        await ctx.audit.recordInTrx(trx, {
          ...request.auditFacts(),
          action: 'account.update_mobile',
          objectType: principal.kind,
          objectId: principal.accountId,
        });
      });
      return me(principal.accountId);
    },
  );

  app.post(
    '/api/v1/accounts/me/password',
    {
      schema: {
        operationId: 'changeMyPassword',
        tags,
        body: changePasswordBody,
        response: { 204: z.null(), 400: problemSchema },
      },
    },
    async (request, reply) => {
      const principal = request.principal;
      if (!principal) throw unauthenticated();
      const account = (await identityRepository(ctx.db).findAccount(principal.accountId))!;
      if (!(await verifyPassword(request.body.currentPassword, account.passwordHash ?? ''))) {
        throw invalidFields([{ field: 'currentPassword', code: 'password.wrong_current' }]);
      }
      assertPasswordPolicy(ctx, request.body.newPassword, 'newPassword');
      const passwordHash = await hashPassword(request.body.newPassword);
      await ctx.db.transaction().execute(async (trx) => {
        await identityRepository(trx).updateAccount(principal.accountId, { passwordHash });
        // Other devices signed in with the old password are signed out.
        await ctx.sessions.destroyAllInTrx(trx, principal.accountId, principal.sessionId);
        await ctx.audit.recordInTrx(trx, {
          ...request.auditFacts(),
          action: 'account.change_password',
          objectType: principal.kind,
          objectId: principal.accountId,
        });
      });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/accounts/me/identity-verification',
    {
      schema: {
        operationId: 'verifyMyIdentity',
        tags,
        summary: '实名认证（人口库核验）/ Verify identity against the population registry',
        response: { 200: trustLevelResponse, 401: problemSchema, 422: problemSchema },
      },
    },
    async (request) => {
      const principal = caller(request);
      const repo = identityRepository(ctx.db);
      const person = principal.kind === 'person' ? await repo.findPerson(principal.accountId) : undefined;
      if (!person) throw new ProblemError(422, 'identity.not_verified');
      if (person.trustLevel >= 3) return { trustLevel: person.trustLevel };
      const answer = await registry.verify(person.idNumberBidx, person.name);
      if (answer === 'unavailable') throw new ProblemError(503, 'identity.registry_unavailable');
      await ctx.db.transaction().execute(async (trx) => {
        if (answer === 'match')
          await identityRepository(trx).updateAccount(person.accountId, { trustLevel: 3 });
        await ctx.audit.recordInTrx(trx, {
          ...request.auditFacts(),
          action: 'account.verify_identity',
          objectType: 'person',
          objectId: person.accountId,
          outcome: answer === 'match' ? 'success' : 'failure',
        });
      });
      if (answer !== 'match') throw new ProblemError(422, 'identity.not_verified');
      return { trustLevel: 3 as const };
    },
  );
}
