import { maskIdNumber, maskMobile } from '../../platform/crypto/index.js';
import { notFound } from '../../platform/errors/index.js';
import type { AppContext } from '../../platform/http/index.js';
import type { ZodApp } from '../../platform/module.js';
import { assertCan } from '../../platform/permissions/index.js';
import { problemSchema } from '../../platform/validation/index.js';
import { identityKeys } from './identity-keys.js';
import { identityRepository } from './repository.js';
import { idParams, personFile, personList, personLookupQuery, trustLevelResponse } from './schemas.js';

/** Window clerks find applicants and check them in person; every look is audited. */
export function registerPersonRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['persons'];

  app.get(
    '/api/v1/persons',
    {
      schema: {
        operationId: 'findPersons',
        tags,
        summary: '按身份证号查找办事人 / Find a person by ID number',
        querystring: personLookupQuery,
        response: { 200: personList, 400: problemSchema, 403: problemSchema },
      },
    },
    async (request) => {
      assertCan(request.principal, 'person.lookup');
      const person = await identityRepository(ctx.db).findPersonByIdBidx(
        identityKeys(ctx.cipher).idNumber(request.query.idNumber),
      );
      await ctx.audit.record({
        ...request.auditFacts(),
        action: 'person.search',
        objectType: 'person',
        objectId: person?.accountId ?? null,
        outcome: person ? 'success' : 'failure',
      });
      if (!person || person.status === 'disabled') return { items: [] };
      return {
        items: [
          {
            id: person.accountId,
            name: person.name,
            maskedIdNumber: maskIdNumber(request.query.idNumber),
            trustLevel: person.trustLevel,
          },
        ],
      };
    },
  );

  app.get(
    '/api/v1/persons/:id',
    {
      schema: {
        operationId: 'getPerson',
        tags,
        params: idParams,
        response: { 200: personFile, 403: problemSchema, 404: problemSchema },
      },
    },
    async (request) => {
      assertCan(request.principal, 'person.read');
      const person = await identityRepository(ctx.db).findPerson(request.params.id);
      if (!person) throw notFound();
      await ctx.audit.record({
        ...request.auditFacts(),
        action: 'person.read',
        objectType: 'person',
        objectId: person.accountId,
      });
      return {
        id: person.accountId,
        name: person.name,
        maskedIdNumber: maskIdNumber(ctx.cipher.decrypt(person.idNumberEnc)),
        maskedMobile: person.mobileEnc ? maskMobile(ctx.cipher.decrypt(person.mobileEnc)) : null,
        trustLevel: person.trustLevel,
        createdAt: person.createdAt,
      };
    },
  );

  app.post(
    '/api/v1/persons/:id/in-person-verification',
    {
      schema: {
        operationId: 'verifyPersonInPerson',
        tags,
        summary: '窗口现场核验身份（信任等级 4）/ In-person identity check at a window',
        params: idParams,
        response: { 200: trustLevelResponse, 403: problemSchema, 404: problemSchema },
      },
    },
    async (request) => {
      assertCan(request.principal, 'person.verify_in_person');
      await ctx.db.transaction().execute(async (trx) => {
        const repo = identityRepository(trx);
        const person = await repo.findPerson(request.params.id);
        if (!person) throw notFound();
        await repo.updateAccount(person.accountId, { trustLevel: 4 });
        await ctx.audit.recordInTrx(trx, {
          ...request.auditFacts(),
          action: 'person.verify_in_person',
          objectType: 'person',
          objectId: person.accountId,
          detail: { serviceCenterId: request.principal!.serviceCenterId },
        });
      });
      return { trustLevel: 4 as const };
    },
  );
}
