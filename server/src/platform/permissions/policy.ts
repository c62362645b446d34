import { forbidden, unauthenticated } from '../errors/index.js';
import type { Principal } from './principal.js';
import type { Role } from './roles.js';

const grants = new Map<string, Set<Role>>();

/** Modules declare which roles may perform their actions; the matrix is data, tested as data. */
export function definePermissions(table: Record<string, readonly Role[]>): void {
  for (const [action, roles] of Object.entries(table)) {
    if (grants.has(action)) throw new Error(`permission ${action} defined twice`);
    grants.set(action, new Set(roles));
  }
}

export function permissionTable(): ReadonlyMap<string, ReadonlySet<Role>> {
  return grants;
}

export function can(principal: Principal | null, action: string): boolean {
  const allowed = grants.get(action);
  if (!allowed) throw new Error(`unknown permission ${action}`);
  return !!principal && principal.roles.some((r) => allowed.has(r));
}

/** 401 for the anonymous, 403 for a principal without the action. */
export function assertCan(principal: Principal | null, action: string): asserts principal is Principal {
  if (!principal) throw unauthenticated();
  if (!can(principal, action)) throw forbidden();
}
