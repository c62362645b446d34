import { INSTANCE_STATUSES, type InstanceStatus } from '../workflow/index.js';

/** An application's status is its case's: kept in step in the same transaction (case-sync.ts). */
export const APPLICATION_STATUSES = INSTANCE_STATUSES;
export type ApplicationStatus = InstanceStatus;

export interface ApplicationTable {
  id: string;
  applicationNo: string;
  matterCode: string;
  matterVersionId: string;
  matterName: string;
  regionCode: string;
  departmentId: string;
  /** The account that submitted: a person (also when acting for an organisation) or an organisation. */
  submittedBy: string;
  /** The organisation applied for, when a person acts as its agent or it applies itself. */
  organizationId: string | null;
  applicantKind: 'person' | 'organization';
  applicantName: string;
  /** The answers, sealed with SM4: forms carry ID numbers, addresses and the like. */
  formDataEnc: string;
  status: ApplicationStatus;
  submittedAt: string;
  updatedAt: string;
  revision: number;
  /** 通办: the service centre chosen to collect the result at, when not the deciding department's own. */
  collectAt?: string | null;
}

export interface ApplicationEventTable {
  id: string;
  applicationId: string;
  at: string;
  action: string;
  actorId: string | null;
  note: string | null;
}

export interface ApplicationNoCounterTable {
  region: string;
  day: string;
  lastValue: number;
}

export interface ApplicationDraftTable {
  id: string;
  accountId: string;
  organizationId: string | null;
  matterCode: string;
  matterVersionId: string;
  matterName: string;
  formDataEnc: string;
  /** JSON of DraftMaterials: which of the applicant's uploads go with which material. */
  materials: string;
  createdAt: string;
  updatedAt: string;
}

/** A file handed in for one material of an application; the file itself is in the file store. */
export interface ApplicationMaterialTable {
  applicationId: string;
  materialId: string;
  /** The material's name in the version applied for, kept for lists that do not read the guide. */
  materialName: string;
  fileId: string;
  /** Order within the application, as the applicant handed the files in. */
  position: number;
}

export interface IdempotencyKeyTable {
  accountId: string;
  key: string;
  requestHash: string;
  applicationId: string;
  createdAt: string;
}

export interface ApplicationTables {
  applications: ApplicationTable;
  applicationEvents: ApplicationEventTable;
  applicationNoCounters: ApplicationNoCounterTable;
  applicationDrafts: ApplicationDraftTable;
  applicationMaterials: ApplicationMaterialTable;
  idempotencyKeys: IdempotencyKeyTable;
}
