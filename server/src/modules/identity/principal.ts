import type { SessionTable } from '../../platform/auth/index.js';
import { type FieldCipher, maskName } from '../../platform/crypto/index.js';
import type { AnyDb } from '../../platform/db/index.js';
import type { Principal, Role } from '../../platform/permissions/index.js';
import { type IdentityRepository, identityRepository } from './repository.js';
import type { AccountTable } from './tables.js';

export function principalResolver(db: AnyDb, _cipher: FieldCipher) {
  const repo = identityRepository(db);
  return async (session: SessionTable): Promise<Principal | null> => {
    const account = await repo.findPrincipalAccount(session.accountId);
    if (account?.status !== 'active') return null;
    const base = {
      accountId: account.id,
      sessionId: session.id,
      kind: account.kind,
      departmentId: null,
      serviceCenterId: null,
    };
    if (account.kind === 'staff') {
      if (account.staffUsername === null || account.staffDepartmentId === null) return null;
      return {
        ...base,
        roles: await repo.rolesOf(account.id),
        label: account.staffUsername,
        departmentId: account.staffDepartmentId,
        serviceCenterId: account.staffServiceCenterId,
        actingForOrgId: null,
      };
    }
    if (account.kind === 'organization') {
      const org = await repo.findOrganization(account.id);
      return org ? { ...base, roles: ['org_agent'], label: org.name, actingForOrgId: account.id } : null;
    }
    if (account.personName === null) return null;
    const roles: Role[] = ['person'];
    let actingForOrgId: string | null = null;
    // The grant is re-checked on every request: a revoked agent loses access at once.
    if (session.actingForOrgId) {
      const orgs = await repo.organizationsOf(account.id);
      if (orgs.some((o) => o.id === session.actingForOrgId)) {
        actingForOrgId = session.actingForOrgId;
        roles.push('org_agent');
      }
    }
    return { ...base, roles, label: maskName(account.personName), actingForOrgId };
  };
}

/** The audit label of an account: username, organisation name or masked person name. */
export async function accountLabel(repo: IdentityRepository, account: AccountTable): Promise<string> {
  if (account.kind === 'staff') return (await repo.findStaff(account.id))?.username ?? 'staff';
  if (account.kind === 'organization')
    return (await repo.findOrganization(account.id))?.name ?? 'organization';
  return maskName((await repo.findPerson(account.id))?.name ?? '');
}

/** The role an audit record names for an account acting on its own behalf. */
export async function primaryRole(repo: IdentityRepository, account: AccountTable): Promise<string> {
  if (account.kind === 'staff') return (await repo.rolesOf(account.id))[0] ?? 'staff';
  return account.kind === 'organization' ? 'org_agent' : 'person';
}
