import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { AuditActor } from '../../platform/audit/index.js';
import { newRowId } from '../../platform/db/index.js';
import { ProblemError } from '../../platform/errors/index.js';
import { emitInTrx } from '../../platform/events/index.js';
import type { AppContext } from '../../platform/http/index.js';
import type { Principal } from '../../platform/permissions/index.js';
import { visiblePlanning } from '../blueprint/index.js';
import { identityRepository } from '../identity/index.js';
import { projectRepository } from './repository.js';
import type { RegisterBody } from './schemas.js';
import type { ProjectTable } from './tables.js';

export const PROJECT_REGISTERED = 'project.registered';
const IDEMPOTENCY_KEY = /^[\w-]{8,100}$/;

/** The Idempotency-Key header, required on registration. */
export function idempotencyKeyOf(request: FastifyRequest): string {
  const key = request.headers['idempotency-key'];
  if (typeof key !== 'string' || !IDEMPOTENCY_KEY.test(key))
    throw new ProblemError(400, 'project.idempotency_key_required', {
      fields: [{ field: 'Idempotency-Key', code: 'project.idempotency_key_required' }],
    });
  return key;
}

const hashOf = (body: RegisterBody) => createHash('sha256').update(JSON.stringify(body)).digest('hex');

interface Registrant {
  principal: Principal;
  facts: { actor: AuditActor | null; sourceIp: string; requestId: string };
  key: string;
}

export function projectService(ctx: AppContext) {
  const repo = projectRepository(ctx.db);

  /** The project an earlier attempt with this key registered; 422 if the key came with another body. */
  async function replayed(accountId: string, key: string, hash: string) {
    const seen = await repo.findIdempotencyKey(accountId, key);
    if (!seen) return null;
    if (seen.requestHash !== hash) throw new ProblemError(422, 'project.idempotency_mismatch');
    return (await repo.findById(seen.projectId))!;
  }

  /** The organisation the caller acts for (an org_agent always acts for one) must be the owner the body names. */
  async function ownerOf(principal: Principal, ownerCreditCode: string) {
    const org = await identityRepository(ctx.db).findOrganization(principal.actingForOrgId!);
    if (!org || org.creditCode !== ownerCreditCode)
      throw new ProblemError(403, 'project.owner_not_represented', {
        fields: [{ field: 'ownerCreditCode', code: 'project.owner_not_represented' }],
      });
    return org.accountId;
  }

  async function assertFree(body: RegisterBody, categoryCodes: string[]) {
    if (!categoryCodes.includes(body.categoryCode))
      throw new ProblemError(400, 'validation.failed', {
        fields: [{ field: 'categoryCode', code: 'project.category_unknown' }],
      });
    if (await repo.findByCode(body.projectCode))
      throw new ProblemError(409, 'project.code_taken', {
        fields: [{ field: 'projectCode', code: 'project.code_taken' }],
      });
  }

  /**
   * The planning the project is registered from: one the caller may see (their own or their
   * organisation's; a department's or a supervisor's planning is not an agent's to take), of
   * the same category.
   */
  async function planningFor(principal: Principal, body: RegisterBody) {
    if (!body.planningId) return null;
    const unknown = () =>
      new ProblemError(422, 'project.planning_unknown', {
        fields: [{ field: 'planningId', code: 'project.planning_unknown' }],
      });
    const planning = await visiblePlanning(ctx, principal, body.planningId, 'zh-CN').catch(() => {
      throw unknown();
    });
    if (planning.categoryCode !== body.categoryCode)
      throw new ProblemError(422, 'project.planning_category_mismatch', {
        fields: [{ field: 'planningId', code: 'project.planning_category_mismatch' }],
      });
    return planning.id;
  }

  return {
    /**
     * Registers a project in one transaction (row, audit record, `project.registered`), once per
     * Idempotency-Key: a retry answers with the first attempt's project.
     */
    async register(body: RegisterBody, categoryCodes: string[], who: Registrant) {
      const { accountId } = who.principal;
      const hash = hashOf(body);
      const earlier = await replayed(accountId, who.key, hash);
      if (earlier) return { row: earlier, replayed: true };
      const ownerOrganizationId = await ownerOf(who.principal, body.ownerCreditCode);
      try {
        await assertFree(body, categoryCodes);
      } catch (err) {
        // Taken, perhaps, by this key's first attempt, won since this retry first looked: that
        // project answers for both.
        const winner = await replayed(accountId, who.key, hash);
        if (winner) return { row: winner, replayed: true };
        throw err;
      }
      const planningId = await planningFor(who.principal, body);

      const at = new Date().toISOString();
      const { geometry, areaM2, bbox } = body.site;
      const row: ProjectTable = {
        id: newRowId(),
        projectCode: body.projectCode,
        name: body.name,
        ownerOrganizationId,
        categoryCode: body.categoryCode,
        site: JSON.stringify(geometry),
        siteAreaM2: areaM2,
        ...bbox,
        investmentFen: body.investmentFen,
        landAreaM2: body.landAreaM2,
        floorAreaM2: body.floorAreaM2,
        intendedUse: body.intendedUse,
        contactNameEnc: ctx.cipher.encrypt(body.contact.name),
        contactMobileEnc: ctx.cipher.encrypt(body.contact.mobile),
        registeredBy: accountId,
        planningId,
        createdAt: at,
        updatedAt: at,
      };
      try {
        await ctx.db.transaction().execute(async (trx) => {
          const r = projectRepository(trx);
          await r.insert(row);
          await r.insertIdempotencyKey({
            accountId,
            key: who.key,
            requestHash: hash,
            projectId: row.id,
            createdAt: at,
          });
          await ctx.audit.recordInTrx(trx, {
            ...who.facts,
            action: 'project.register',
            objectType: 'project',
            objectId: row.id,
            detail: {
              projectCode: row.projectCode,
              categoryCode: row.categoryCode,
              ownerOrganizationId,
              ...(planningId ? { planningId } : {}),
            },
          });
          await emitInTrx(trx, PROJECT_REGISTERED, {
            projectId: row.id,
            projectCode: row.projectCode,
            categoryCode: row.categoryCode,
            ownerOrganizationId,
          });
        });
      } catch (err) {
        // A concurrent attempt won: with the same key it answers for both, else its code is taken.
        const winner = await replayed(accountId, who.key, hash);
        if (winner) return { row: winner, replayed: true };
        await assertFree(body, categoryCodes);
        throw err;
      }
      return { row, replayed: false };
    },
  };
}
