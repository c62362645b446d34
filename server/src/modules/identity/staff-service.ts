import { randomUUID } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { newTotpSecret, totpUri } from '../../platform/auth/index.js';
import { hashPassword, maskMobile } from '../../platform/crypto/index.js';
import type { AnyDb } from '../../platform/db/index.js';
import { invalidFields, notFound, ProblemError } from '../../platform/errors/index.js';
import type { AppContext } from '../../platform/http/index.js';
import { combinesAdministrators, type Role } from '../../platform/permissions/index.js';
import { directoryRepository } from '../directory/index.js';
import { assertPasswordPolicy } from './auth-service.js';
import { identityRepository } from './repository.js';
import type { StaffItem } from './schemas.js';

export interface NewStaff {
  username: string;
  name: string;
  departmentId: string;
  serviceCenterId?: string | null;
  roles: string[];
  mobile?: string;
  password: string;
  /** Seeds pass a documented secret; otherwise a fresh one is made. */
  totpSecret?: string;
  /** Seeds hash the shared demo password once. */
  passwordHash?: string;
}

export function staffService(ctx: AppContext) {
  const directory = directoryRepository(ctx.db);

  async function assertPlacement(
    departmentId: string | undefined,
    serviceCenterId: string | null | undefined,
  ) {
    if (departmentId && !(await directory.findDepartment(departmentId))) {
      throw invalidFields([{ field: 'departmentId', code: 'staff.unknown_department' }]);
    }
    if (serviceCenterId && !(await directory.findServiceCenter(serviceCenterId))) {
      throw invalidFields([{ field: 'serviceCenterId', code: 'staff.unknown_service_center' }]);
    }
  }

  function assertRoles(roles: Role[] | undefined) {
    if (roles && combinesAdministrators(roles))
      throw invalidFields([{ field: 'roles', code: 'staff.separation_of_duties' }]);
  }

  async function item(db: AnyDb, accountId: string): Promise<StaffItem> {
    const repo = identityRepository(db);
    const staff = await repo.findStaff(accountId);
    const account = await repo.findAccount(accountId);
    if (!staff || !account) throw notFound();
    const department = await directory.findDepartment(staff.departmentId);
    const center = staff.serviceCenterId
      ? await directory.findServiceCenter(staff.serviceCenterId)
      : undefined;
    return {
      id: accountId,
      username: staff.username,
      name: staff.name,
      departmentId: staff.departmentId,
      departmentName: department?.name ?? '',
      serviceCenterId: staff.serviceCenterId,
      serviceCenterName: center?.name ?? null,
      roles: await repo.rolesOf(accountId),
      status: account.status === 'active' ? 'active' : 'disabled',
      maskedMobile: staff.mobileEnc ? maskMobile(ctx.cipher.decrypt(staff.mobileEnc)) : null,
      createdAt: account.createdAt,
    };
  }

  return {
    item: (accountId: string) => item(ctx.db, accountId),

    async list(q: string | undefined, page: number, pageSize: number) {
      const { total, rows } = await identityRepository(ctx.db).staffPage(q, page, pageSize);
      return { items: await Promise.all(rows.map((r) => item(ctx.db, r.accountId))), total, page, pageSize };
    },

    async create(request: FastifyRequest | null, input: NewStaff) {
      const roles = input.roles as Role[];
      assertRoles(roles);
      assertPasswordPolicy(ctx, input.password, 'password');
      await assertPlacement(input.departmentId, input.serviceCenterId);
      const totpSecret = input.totpSecret ?? newTotpSecret();
      const passwordHash = input.passwordHash ?? (await hashPassword(input.password));
      const id = randomUUID();
      const now = new Date().toISOString();
      await ctx.db.transaction().execute(async (trx) => {
        const repo = identityRepository(trx);
        if (await repo.findStaffByUsername(input.username)) {
          throw new ProblemError(409, 'staff.username_taken', {
            fields: [{ field: 'username', code: 'staff.username_taken' }],
          });
        }
        await repo.insertAccount({
          id,
          kind: 'staff',
          passwordHash,
          status: 'active',
          trustLevel: 4,
          totpSecretEnc: ctx.cipher.encrypt(totpSecret),
          totpLastStep: null,
          createdAt: now,
          updatedAt: now,
        });
        await repo.insertStaff({
          accountId: id,
          username: input.username,
          name: input.name,
          departmentId: input.departmentId,
          serviceCenterId: input.serviceCenterId ?? null,
          mobileEnc: input.mobile ? ctx.cipher.encrypt(input.mobile) : null,
        });
        await repo.setRoles(id, roles);
        await ctx.audit.recordInTrx(trx, {
          ...(request?.auditFacts() ?? { actor: null }),
          action: 'staff.create',
          objectType: 'staff',
          objectId: id,
          detail: { username: input.username, roles },
        });
      });
      return { staff: await item(ctx.db, id), totpSecret, otpauthUri: totpUri(totpSecret, input.username) };
    },

    async update(
      request: FastifyRequest,
      id: string,
      patch: {
        roles?: string[];
        status?: 'active' | 'disabled';
        departmentId?: string;
        serviceCenterId?: string | null;
      },
    ) {
      const roles = patch.roles as Role[] | undefined;
      if (request.principal?.accountId === id && (roles || patch.status)) {
        throw new ProblemError(403, 'staff.no_self_change');
      }
      assertRoles(roles);
      await assertPlacement(patch.departmentId, patch.serviceCenterId);
      await ctx.db.transaction().execute(async (trx) => {
        const repo = identityRepository(trx);
        if (!(await repo.findStaff(id))) throw notFound();
        if (roles) await repo.setRoles(id, roles);
        if (patch.status) {
          await repo.updateAccount(id, { status: patch.status });
          if (patch.status === 'disabled') await ctx.sessions.destroyAllInTrx(trx, id);
        }
        const placement = {
          ...(patch.departmentId ? { departmentId: patch.departmentId } : {}),
          ...(patch.serviceCenterId !== undefined ? { serviceCenterId: patch.serviceCenterId } : {}),
        };
        if (Object.keys(placement).length) await repo.updateStaff(id, placement);
        await ctx.audit.recordInTrx(trx, {
          ...request.auditFacts(),
          action: 'staff.update',
          objectType: 'staff',
          objectId: id,
          detail: patch,
        });
      });
      return item(ctx.db, id);
    },

    async resetTotp(request: FastifyRequest, id: string) {
      const totpSecret = newTotpSecret();
      const staff = await ctx.db.transaction().execute(async (trx) => {
        const repo = identityRepository(trx);
        const found = await repo.findStaff(id);
        if (!found) throw notFound();
        await repo.updateAccount(id, { totpSecretEnc: ctx.cipher.encrypt(totpSecret), totpLastStep: null });
        await ctx.sessions.destroyAllInTrx(trx, id);
        await ctx.audit.recordInTrx(trx, {
          ...request.auditFacts(),
          action: 'staff.reset_totp',
          objectType: 'staff',
          objectId: id,
        });
        return found;
      });
      return { totpSecret, otpauthUri: totpUri(totpSecret, staff.username) };
    },
  };
}
