import { maskIdNumber } from '../../platform/crypto/index.js';
import type { AppContext } from '../../platform/http/index.js';
import type { Principal } from '../../platform/permissions/index.js';
import { directoryRepository } from '../directory/index.js';
import { identityRepository } from './repository.js';
import type { SessionResponse } from './schemas.js';

/** What the web app needs to know about the caller to draw menus and headers. */
export async function sessionView(ctx: AppContext, principal: Principal): Promise<SessionResponse> {
  const repo = identityRepository(ctx.db);
  const account = await repo.findAccount(principal.accountId);
  if (!account) throw new Error('principal without account');
  const common = {
    id: account.id,
    kind: account.kind,
    trustLevel: account.trustLevel,
    roles: principal.roles,
  };
  if (account.kind === 'staff') {
    const staff = (await repo.findStaff(account.id))!;
    const directory = directoryRepository(ctx.db);
    const department = await directory.findDepartment(staff.departmentId);
    const center = staff.serviceCenterId
      ? await directory.findServiceCenter(staff.serviceCenterId)
      : undefined;
    return {
      account: {
        ...common,
        name: staff.name,
        username: staff.username,
        departmentId: staff.departmentId,
        departmentName: department?.name,
        serviceCenterId: center?.id,
        serviceCenterName: center?.name,
      },
      actingFor: null,
      organizations: [],
    };
  }
  if (account.kind === 'organization') {
    const org = (await repo.findOrganization(account.id))!;
    const self = { id: org.accountId, name: org.name, creditCode: org.creditCode };
    return {
      account: { ...common, name: org.name, creditCode: org.creditCode },
      actingFor: self,
      organizations: [self],
    };
  }
  const person = (await repo.findPerson(account.id))!;
  const organizations = await repo.organizationsOf(account.id);
  return {
    account: {
      ...common,
      name: person.name,
      maskedIdNumber: maskIdNumber(ctx.cipher.decrypt(person.idNumberEnc)),
    },
    actingFor: organizations.find((o) => o.id === principal.actingForOrgId) ?? null,
    organizations,
  };
}
