import type { AnyDb, AnyTrx } from '../../platform/db/index.js';
import { directoryRepository } from '../directory/index.js';
import { identityRepository } from '../identity/index.js';
import type { SealOwnerType } from './tables.js';

/** Whose seal: a department's, or an organisation's own (it signs its declarations with it). */
export type SealOwner =
  | { departmentId: string; organizationId?: never }
  | { organizationId: string; departmentId?: never };

export interface OwnerRef {
  ownerType: SealOwnerType;
  ownerId: string;
}

export function ownerRefOf(owner: SealOwner): OwnerRef {
  return owner.departmentId !== undefined
    ? { ownerType: 'department', ownerId: owner.departmentId }
    : { ownerType: 'organization', ownerId: owner.organizationId };
}

/** The owner's name as the seal and its certificate carry it; undefined when there is no such owner. */
export async function ownerName(db: AnyDb | AnyTrx, ref: OwnerRef): Promise<string | undefined> {
  if (ref.ownerType === 'department')
    return (await directoryRepository(db).findDepartment(ref.ownerId))?.name;
  return (await identityRepository(db).findOrganization(ref.ownerId))?.name;
}
