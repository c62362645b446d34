import type { AnyDb } from '../../platform/db/index.js';
import { ProblemError, unauthenticated } from '../../platform/errors/index.js';
import type { Principal } from '../../platform/permissions/index.js';
import { identityRepository } from '../identity/index.js';
import type { Owner } from './repository.js';

export interface Applicant extends Owner {
  kind: 'person' | 'organization';
  name: string;
}

/**
 * Who an online application is made by: the person, or the organisation they act for (an
 * agent or legal representative who switched to it, or the organisation's own account).
 */
export async function applicantOf(db: AnyDb, principal: Principal | null): Promise<Applicant> {
  if (!principal) throw unauthenticated();
  if (principal.kind === 'staff') throw new ProblemError(403, 'application.staff_cannot_apply');
  const repo = identityRepository(db);
  if (principal.actingForOrgId) {
    const org = (await repo.findOrganization(principal.actingForOrgId))!;
    return {
      accountId: principal.accountId,
      organizationId: org.accountId,
      kind: 'organization',
      name: org.name,
    };
  }
  const person = (await repo.findPerson(principal.accountId))!;
  return { accountId: principal.accountId, organizationId: null, kind: 'person', name: person.name };
}

/**
 * Whose applications the caller holds, from the principal alone: the lists and the owner's
 * checks need no read of the person or organisation (the principal re-checked the agent's
 * grant when the request came in).
 */
export function ownerOf(principal: Principal | null): Owner {
  if (!principal) throw unauthenticated();
  if (principal.kind === 'staff') throw new ProblemError(403, 'application.staff_cannot_apply');
  return { accountId: principal.accountId, organizationId: principal.actingForOrgId };
}

/** The caller may see an application made by them, or for the organisation they act for. */
export function owns(owner: Owner, row: { submittedBy: string; organizationId: string | null }): boolean {
  return row.organizationId
    ? row.organizationId === owner.organizationId
    : row.submittedBy === owner.accountId && !owner.organizationId;
}
