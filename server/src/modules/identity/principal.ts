import type { SessionStore } from '../../platform/auth/index.js';
import { maskName } from '../../platform/crypto/index.js';
import type { AnyDb } from '../../platform/db/index.js';
import type { Principal, Role } from '../../platform/permissions/index.js';
import { type IdentityRepository, identityRepository } from './repository.js';
import type { AccountTable } from './tables.js';

/** Turns a session cookie's token into the caller's principal, or null when the session or its account is not live. */
export function principalResolver(db: AnyDb, sessions: SessionStore) {
  const repo = identityRepository(db);
  return async (token: string): Promise<Principal | null> => {
    const session = await sessions.resolve(token, repo.findSessionPrincipal);
    if (session?.accountStatus !== 'active') return null;
    const base = {
      accountId: session.accountId,
      sessionId: session.id,
      kind: session.accountKind,
      departmentId: null,
      serviceCenterId: null,
    };
    if (session.accountKind === 'staff') {
      if (session.staffUsername === null || session.staffDepartmentId === null) return null;
      return {
        ...base,
        roles: (session.roles?.split(',') ?? []) as Role[],
        label: session.staffUsername,
        departmentId: session.staffDepartmentId,
        serviceCenterId: session.staffServiceCenterId,
        actingForOrgId: null,
      };
    }
    if (session.accountKind === 'organization') {
      const org = await repo.findOrganization(session.accountId);
      return org
        ? { ...base, roles: ['org_agent'], label: org.name, actingForOrgId: session.accountId }
        : null;
    }
    if (session.personName === null) return null;
    const roles: Role[] = ['person'];
    let actingForOrgId: string | null = null;
    // The grant is re-checked on every request: a revoked agent loses access at once.
    if (session.actingForOrgId) {
      const orgs = await repo.organizationsOf(session.accountId);
      if (orgs.some((o) => o.id === session.actingForOrgId)) {
        actingForOrgId = session.actingForOrgId;
        roles.push('org_agent');
      }
    }
    return { ...base, roles, label: maskName(session.personName), actingForOrgId };
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
