import { randomUUID } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { checkPassword, totpStep } from '../../platform/auth/index.js';
import { DUMMY_PASSWORD_HASH, hashPassword, maskName, verifyPassword } from '../../platform/crypto/index.js';
import type { AnyTrx } from '../../platform/db/index.js';
import { invalidFields, ProblemError } from '../../platform/errors/index.js';
import { emitInTrx } from '../../platform/events/index.js';
import type { AppContext } from '../../platform/http/index.js';
import { identityKeys } from './identity-keys.js';
import { accountLabel, primaryRole } from './principal.js';
import { identityRepository } from './repository.js';
import type { RegisterBody } from './schemas.js';
import type { AccountTable } from './tables.js';

export function assertPasswordPolicy(ctx: AppContext, password: string, field: string): void {
  const policy = { minLength: ctx.config.passwordMinLength, minClasses: ctx.config.passwordMinClasses };
  const problem = checkPassword(password, policy);
  if (problem) throw invalidFields([{ field, code: problem, params: policy }]);
}

function newAccount(
  kind: AccountTable['kind'],
  passwordHash: string | null,
  status: AccountTable['status'],
): AccountTable {
  const now = new Date().toISOString();
  return {
    id: randomUUID(),
    kind,
    passwordHash,
    status,
    trustLevel: 2,
    totpSecretEnc: null,
    totpLastStep: null,
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * A person row for this ID number: the existing one, or a new account that is
 * 'unclaimed' (named as a legal representative but not yet registered) or active.
 */
export async function personForInTrx(
  trx: AnyTrx,
  ctx: AppContext,
  input: { name: string; idNumber: string; mobile: string | null; passwordHash: string | null },
  field: { id: string; name: string },
): Promise<string> {
  const repo = identityRepository(trx);
  const keys = identityKeys(ctx.cipher);
  const existing = await repo.findPersonByIdBidx(keys.idNumber(input.idNumber));
  if (existing) {
    if (existing.name !== input.name)
      throw invalidFields([{ field: field.name, code: 'auth.name_mismatch' }]);
    if (input.passwordHash) {
      if (existing.status !== 'unclaimed')
        throw new ProblemError(409, 'auth.already_registered', {
          fields: [{ field: field.id, code: 'auth.already_registered' }],
        });
      await repo.updateAccount(existing.accountId, { passwordHash: input.passwordHash, status: 'active' });
      await repo.updatePerson(existing.accountId, mobileColumns(ctx, input.mobile));
    }
    return existing.accountId;
  }
  const account = newAccount('person', input.passwordHash, input.passwordHash ? 'active' : 'unclaimed');
  await repo.insertAccount(account);
  await repo.insertPerson({
    accountId: account.id,
    name: input.name,
    idNumberEnc: ctx.cipher.encrypt(input.idNumber),
    idNumberBidx: keys.idNumber(input.idNumber),
    ...mobileColumns(ctx, input.mobile),
  });
  return account.id;
}

function mobileColumns(ctx: AppContext, mobile: string | null) {
  return mobile
    ? { mobileEnc: ctx.cipher.encrypt(mobile), mobileBidx: identityKeys(ctx.cipher).mobile(mobile) }
    : { mobileEnc: null, mobileBidx: null };
}

export async function assertMobileFree(
  ctx: AppContext,
  mobile: string,
  ownerId: string | null,
  trx: AnyTrx,
): Promise<void> {
  const holder = await trx
    .selectFrom('persons')
    .select('accountId')
    .where('mobileBidx', '=', identityKeys(ctx.cipher).mobile(mobile))
    .executeTakeFirst();
  if (holder && holder.accountId !== ownerId)
    throw new ProblemError(409, 'auth.mobile_taken', {
      fields: [{ field: 'mobile', code: 'auth.mobile_taken' }],
    });
}

export function authService(ctx: AppContext) {
  const keys = identityKeys(ctx.cipher);

  async function startSessionInTrx(trx: AnyTrx, request: FastifyRequest, accountId: string) {
    return ctx.sessions.createInTrx(trx, accountId, {
      sourceIp: request.ip,
      userAgent: request.headers['user-agent'] ?? null,
    });
  }

  return {
    async register(request: FastifyRequest, body: RegisterBody) {
      assertPasswordPolicy(ctx, body.password, 'password');
      const passwordHash = await hashPassword(body.password);
      return ctx.db.transaction().execute(async (trx) => {
        const repo = identityRepository(trx);
        let accountId: string;
        if (body.kind === 'person') {
          const existing = await repo.findPersonByIdBidx(keys.idNumber(body.idNumber));
          if (existing && existing.status !== 'unclaimed') {
            throw new ProblemError(409, 'auth.already_registered', {
              fields: [{ field: 'idNumber', code: 'auth.already_registered' }],
            });
          }
          await assertMobileFree(ctx, body.mobile, existing?.accountId ?? null, trx);
          accountId = await personForInTrx(
            trx,
            ctx,
            { ...body, passwordHash },
            { id: 'idNumber', name: 'name' },
          );
        } else {
          if (await repo.findOrganizationByCreditCode(body.creditCode)) {
            throw new ProblemError(409, 'auth.already_registered', {
              fields: [{ field: 'creditCode', code: 'auth.already_registered' }],
            });
          }
          const legalRepId = await personForInTrx(
            trx,
            ctx,
            {
              name: body.legalRepresentativeName,
              idNumber: body.legalRepresentativeIdNumber,
              mobile: null,
              passwordHash: null,
            },
            { id: 'legalRepresentativeIdNumber', name: 'legalRepresentativeName' },
          );
          const account = newAccount('organization', passwordHash, 'active');
          await repo.insertAccount(account);
          await repo.insertOrganization({
            accountId: account.id,
            name: body.name,
            creditCode: body.creditCode,
            legalRepPersonId: legalRepId,
            mobileEnc: ctx.cipher.encrypt(body.mobile),
          });
          accountId = account.id;
        }
        const label = body.kind === 'person' ? maskName(body.name) : body.name;
        await ctx.audit.recordInTrx(trx, {
          ...request.auditFacts(),
          actor: { id: accountId, role: body.kind === 'person' ? 'person' : 'org_agent', label },
          action: 'account.register',
          objectType: body.kind,
          objectId: accountId,
        });
        await emitInTrx(trx, 'account.registered', { accountId, kind: body.kind });
        const { token } = await startSessionInTrx(trx, request, accountId);
        return { accountId, token };
      });
    },

    async login(request: FastifyRequest, input: { identifier: string; password: string; totp?: string }) {
      const identifier = input.identifier.trim();
      const throttleKey = keys.login(identifier);
      const lockMinutes = ctx.config.loginLockMinutes;
      if (await ctx.loginThrottle.lockedUntil(throttleKey)) {
        throw new ProblemError(401, 'auth.locked', { params: { minutes: lockMinutes } });
      }
      const account = await identityRepository(ctx.db).findLoginAccount({
        idBidx: keys.idNumber(identifier.toUpperCase()),
        creditCode: identifier.toUpperCase(),
        mobileBidx: keys.mobile(identifier),
        username: identifier.toLowerCase(),
      });
      // Always pay for one hash check, so timing does not tell real accounts from unknown ones.
      const passwordOk = await verifyPassword(
        input.password,
        account?.passwordHash ?? (await DUMMY_PASSWORD_HASH),
      );
      const step =
        account?.kind === 'staff' && account.totpSecretEnc
          ? totpStep(ctx.cipher.decrypt(account.totpSecretEnc), input.totp ?? '')
          : null;
      const secondFactorOk = account?.kind !== 'staff' || step !== null;
      const ok = !!account && account.status === 'active' && passwordOk && secondFactorOk;
      // Only the account's holder gets this far with a used code (or whoever watched them type
      // it): they are told to wait for the next one, and it counts as a failed attempt.
      const reused =
        ok && step !== null && !(await identityRepository(ctx.db).claimTotpStep(account.id, step));
      if (!ok || reused) {
        await ctx.loginThrottle.recordFailure(throttleKey);
        await ctx.audit.record({
          ...request.auditFacts(),
          actor: null,
          action: 'auth.login',
          objectType: 'account',
          objectId: account?.id ?? null,
          outcome: 'failure',
          ...(reused ? { detail: { reason: 'totp_reused' } } : {}),
        });
        throw new ProblemError(401, reused ? 'auth.totp_reused' : 'auth.invalid_credentials');
      }
      await ctx.loginThrottle.reset(throttleKey);
      return ctx.db.transaction().execute(async (trx) => {
        await ctx.audit.recordInTrx(trx, {
          ...request.auditFacts(),
          actor: {
            id: account.id,
            role: await primaryRole(identityRepository(trx), account),
            label: await accountLabel(identityRepository(trx), account),
          },
          action: 'auth.login',
          objectType: 'account',
          objectId: account.id,
        });
        const { token } = await startSessionInTrx(trx, request, account.id);
        return { accountId: account.id, token };
      });
    },
  };
}
