import type { AnyDb } from '../../platform/db/index.js';
import { notFound } from '../../platform/errors/index.js';
import { assertCan, can, type Principal } from '../../platform/permissions/index.js';
import { type CategoryConfig, categoriesInvolving, withMatters } from './category-directory.js';
import { type ProjectScope, projectRepository } from './repository.js';
import type { ProjectTable } from './tables.js';

/** The projects the caller may see (403 for those who may see none by role). */
export async function projectScope(
  db: AnyDb,
  principal: Principal | null,
  categories: CategoryConfig[],
): Promise<ProjectScope> {
  assertCan(principal, 'project.read');
  if (can(principal, 'project.read_all')) return { kind: 'all' };
  if (principal.actingForOrgId) return { kind: 'owner', organizationId: principal.actingForOrgId };
  // A department's staff: the categories whose stages their department leads or takes part in.
  if (!principal.departmentId) return { kind: 'categories', categoryCodes: [] };
  return {
    kind: 'categories',
    categoryCodes: categoriesInvolving(await withMatters(db, categories), principal.departmentId),
  };
}

function inScope(scope: ProjectScope, row: ProjectTable): boolean {
  if (scope.kind === 'all') return true;
  if (scope.kind === 'owner') return row.ownerOrganizationId === scope.organizationId;
  return scope.categoryCodes.includes(row.categoryCode);
}

/** A project the caller may see; one out of their scope answers exactly like a missing one. */
export async function visibleProject(
  db: AnyDb,
  principal: Principal | null,
  categories: CategoryConfig[],
  id: string,
) {
  const scope = await projectScope(db, principal, categories);
  const row = await projectRepository(db).findById(id);
  if (!row || !inScope(scope, row)) throw notFound();
  return { row, scope };
}
