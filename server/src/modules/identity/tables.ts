import type { AccountKind, Role } from '../../platform/permissions/index.js';

export type AccountStatus = 'active' | 'disabled' | 'unclaimed';
export type TrustLevel = 2 | 3 | 4;

export interface AccountTable {
  id: string;
  kind: AccountKind;
  passwordHash: string | null;
  status: AccountStatus;
  trustLevel: TrustLevel;
  totpSecretEnc: string | null;
  /** The time step of the last TOTP code accepted (RFC 6238 §5.2: never accepted twice). */
  totpLastStep: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface PersonTable {
  accountId: string;
  name: string;
  idNumberEnc: string;
  idNumberBidx: string;
  mobileEnc: string | null;
  mobileBidx: string | null;
}

export interface OrganizationTable {
  accountId: string;
  name: string;
  creditCode: string;
  legalRepPersonId: string;
  mobileEnc: string | null;
}

export interface OrganizationAgentTable {
  organizationId: string;
  personId: string;
  grantedAt: string;
  grantedBy: string;
}

export interface StaffTable {
  accountId: string;
  username: string;
  name: string;
  departmentId: string;
  serviceCenterId: string | null;
  mobileEnc: string | null;
}

export interface AccountRoleTable {
  accountId: string;
  role: Role;
}

/** The local stand-in for the population registry (人口库): people it knows, by blind index. */
export interface PopulationRecordTable {
  idNumberBidx: string;
  name: string;
  status: 'normal' | 'cancelled';
}

/** 失信名单 as the credit system answers it: 容缺受理 and 告知承诺 are not offered to those on it. */
export interface CreditBlacklistTable {
  subjectBidx: string;
  reason: string;
  listedOn: string;
}

export interface IdentityTables {
  accounts: AccountTable;
  persons: PersonTable;
  organizations: OrganizationTable;
  organizationAgents: OrganizationAgentTable;
  staff: StaffTable;
  accountRoles: AccountRoleTable;
  populationRecords: PopulationRecordTable;
  creditBlacklist: CreditBlacklistTable;
}
