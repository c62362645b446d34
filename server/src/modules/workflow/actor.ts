import type { AnyDb } from '../../platform/db/index.js';
import { unauthenticated } from '../../platform/errors/index.js';
import type { Principal } from '../../platform/permissions/index.js';
import { directoryRepository } from '../directory/index.js';
import type { Actor } from './engine/index.js';

/** The engine's view of a caller: staff act for their department (by its code), the public for themselves. */
export async function actorOf(db: AnyDb, principal: Principal | null): Promise<Actor> {
  if (!principal) throw unauthenticated();
  const department = principal.departmentId
    ? await directoryRepository(db).findDepartment(principal.departmentId)
    : undefined;
  return { id: principal.accountId, roles: principal.roles, departmentCode: department?.code ?? null };
}
