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
  /** 零提交: how many materials were taken from licences or shared data instead of asked for. */
  reusedMaterials?: number;
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

/**
 * A material taken instead of asked for (零提交): the licence (by id, with its number and type as
 * they were when taken) or the shared-data source and whose record it is.
 */
export interface ApplicationReusedMaterialTable {
  applicationId: string;
  materialId: string;
  materialName: string;
  kind: 'license' | 'shared_data';
  /** The 证照目录 entry: a licence type, or a shared-data source such as RESIDENT_ID_CARD. */
  typeCode: string;
  typeName: string;
  licenseId: string | null;
  licenseNo: string | null;
  /** For shared data: the system that answered (population_registry) and about whom. */
  sharedSource: string | null;
  sharedSubject: string | null;
  /** The material's place in the guide. */
  position: number;
}

/**
 * 零提交 statistics, kept in the submission's transaction: per deciding department and business
 * day (Asia/Shanghai), applications and their materials taken versus handed in.
 */
export interface ZeroSubmissionCounterTable {
  departmentId: string;
  day: string;
  applications: number;
  /** Applications that took at least one material instead of asking for it. */
  applicationsWithReuse: number;
  materialsReused: number;
  /** Materials the applicant handed files in for. */
  materialsHandedIn: number;
}

/** An organisation's declaration signed with its own seal key, over the canonical submission. */
export interface ApplicationDeclarationSealTable {
  applicationId: string;
  organizationId: string;
  keyId: string;
  algorithm: string;
  signature: string;
  signedAt: string;
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
  applicationReusedMaterials: ApplicationReusedMaterialTable;
  zeroSubmissionCounters: ZeroSubmissionCounterTable;
  applicationDeclarationSeals: ApplicationDeclarationSealTable;
}
