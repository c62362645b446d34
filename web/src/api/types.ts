// Shapes of the /api/v1 contract as the server answers them (JSON, camelCase).

export const roles = [
  'person',
  'org_agent',
  'window_clerk',
  'reviewer',
  'approver',
  'dept_head',
  'supervisor',
  'hotline_operator',
  'catalogue_maintainer',
  'sys_admin',
  'security_admin',
  'audit_admin',
] as const;
export type Role = (typeof roles)[number];

export type AccountKind = 'person' | 'organization' | 'staff';
export type TrustLevel = 2 | 3 | 4;

export interface Problem {
  type?: string;
  title: string;
  status: number;
  code?: string;
  detail?: string;
  errors?: { field: string; code: string; message: string }[];
}

export interface OrganizationRef {
  id: string;
  name: string;
  creditCode: string;
}

export interface Session {
  account: {
    id: string;
    kind: AccountKind;
    name: string;
    trustLevel: TrustLevel;
    roles: Role[];
    maskedIdNumber?: string;
    creditCode?: string;
    username?: string;
    departmentId?: string;
    departmentName?: string;
    serviceCenterId?: string;
    serviceCenterName?: string;
  };
  actingFor: OrganizationRef | null;
  organizations: OrganizationRef[];
}

export interface PersonRegistration {
  kind: 'person';
  name: string;
  idNumber: string;
  mobile: string;
  password: string;
}

export interface OrganizationRegistration {
  kind: 'organization';
  name: string;
  creditCode: string;
  legalRepresentativeName: string;
  legalRepresentativeIdNumber: string;
  mobile: string;
  password: string;
}

export interface LoginRequest {
  identifier: string;
  password: string;
  totp?: string;
}

export interface MyAccount {
  id: string;
  kind: AccountKind;
  name: string;
  trustLevel: TrustLevel;
  maskedIdNumber?: string;
  maskedMobile?: string;
  creditCode?: string;
  legalRepresentative?: { name: string; maskedIdNumber: string };
  createdAt: string;
}

export interface Agent {
  personId: string;
  name: string;
  maskedIdNumber: string;
  grantedAt: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  /** Work lists stop counting at 1,000: true when there are more than `total`. */
  totalCapped?: boolean;
  page: number;
  pageSize: number;
}

export type StaffStatus = 'active' | 'disabled';

export interface Staff {
  id: string;
  username: string;
  name: string;
  departmentId: string;
  departmentName: string;
  serviceCenterId: string | null;
  serviceCenterName: string | null;
  roles: Role[];
  status: StaffStatus;
  maskedMobile: string | null;
  createdAt: string;
}

export interface NewStaff {
  username: string;
  name: string;
  departmentId: string;
  serviceCenterId?: string;
  roles: Role[];
  mobile?: string;
  password: string;
}

export interface StaffChange {
  roles?: Role[];
  status?: StaffStatus;
  departmentId?: string;
  serviceCenterId?: string;
}

export interface TotpSecret {
  totpSecret: string;
  otpauthUri: string;
}

export interface Department {
  id: string;
  code: string;
  name: string;
  divisionCode: string;
  divisionName: string;
}

export interface Division {
  code: string;
  name: string;
  parentCode: string | null;
  level: 'province' | 'city' | 'district' | 'town';
}

export interface ServiceCenter {
  id: string;
  name: string;
  divisionCode: string;
  divisionName: string;
  address: string;
  phone: string;
  openingHours: string;
}

export interface AuditRecord {
  seq: number;
  at: string;
  actorId: string | null;
  actorName: string | null;
  actorRole: string | null;
  action: string;
  objectType: string | null;
  objectId: string | null;
  outcome: string;
  sourceIp: string | null;
}

export interface AuditFilter {
  action?: string;
  from?: string;
  to?: string;
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  lastSeq: number;
  /** Committed records not on the chain yet: they join it within seconds. */
  unchained: number;
  problems: { seq: number; kind: string; message: string }[];
}

export interface PersonMatch {
  id: string;
  name: string;
  maskedIdNumber: string;
  trustLevel: TrustLevel;
}

export interface PersonDetail extends PersonMatch {
  maskedMobile: string | null;
  createdAt: string;
}
