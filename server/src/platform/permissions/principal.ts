import type { Role } from './roles.js';

export type AccountKind = 'person' | 'organization' | 'staff';

/** Who is calling: resolved from the session on every request, never cached in a process. */
export interface Principal {
  accountId: string;
  sessionId: string;
  kind: AccountKind;
  roles: Role[];
  /** Safe to log and audit: a username or a masked name. */
  label: string;
  departmentId: string | null;
  serviceCenterId: string | null;
  /** The organisation a person currently acts for as agent or legal representative. */
  actingForOrgId: string | null;
}
