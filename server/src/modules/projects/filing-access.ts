import type { AnyDb } from '../../platform/db/index.js';
import { notFound } from '../../platform/errors/index.js';
import { assertCan, can, type Principal } from '../../platform/permissions/index.js';
import { filingRepository } from './filing-repository.js';
import { projectRepository } from './repository.js';

/** How the caller stands to a filing: several at once (a lead department may hold a matter too). */
export interface FilingStanding {
  owner: boolean;
  lead: boolean;
  /** The caller's department has a matter in it. */
  department: boolean;
  supervisor: boolean;
}

/**
 * A filing the caller may see: the owner organisation's agents, the lead department's and the
 * matters' departments' staff, supervisors. Anyone else gets the answer a missing one gets.
 */
export async function visibleFiling(db: AnyDb, principal: Principal | null, filingId: string) {
  assertCan(principal, 'project.read');
  const repo = filingRepository(db);
  const filing = await repo.findById(filingId);
  if (!filing) throw notFound();
  const project = (await projectRepository(db).findById(filing.projectId))!;
  const matters = await repo.mattersOf([filing.id]);
  const departmentId = principal.kind === 'staff' ? principal.departmentId : null;
  const standing: FilingStanding = {
    owner: principal.actingForOrgId !== null && principal.actingForOrgId === project.ownerOrganizationId,
    lead: departmentId !== null && filing.leadDepartmentId === departmentId,
    department: departmentId !== null && matters.some((m) => m.departmentId === departmentId),
    supervisor: can(principal, 'project.read_all'),
  };
  if (!standing.owner && !standing.lead && !standing.department && !standing.supervisor) throw notFound();
  return { filing, project, matters, standing };
}
