import type { IntermediaryService, JointReviewKind, JointReviewVerdict, Stage } from './vocabulary.js';

/** A project category (项目分类): configuration, with its cap on the whole approval. */
export interface ProjectCategoryTable {
  code: string;
  name: string;
  nameEn: string;
  investment: 'government' | 'social';
  capWorkingDays: number;
  position: number;
}

/** A stage a category goes through, and the department that leads it (牵头部门). */
export interface ProjectCategoryStageTable {
  categoryCode: string;
  stage: Stage;
  leadDepartmentCode: string;
  position: number;
}

/** A catalogue matter a category's stage contains. */
export interface ProjectStageMatterTable {
  categoryCode: string;
  stage: Stage;
  matterCode: string;
  position: number;
}

export interface ProjectTable {
  id: string;
  projectCode: string;
  name: string;
  ownerOrganizationId: string;
  categoryCode: string;
  /** The site's red line as GeoJSON (Polygon or MultiPolygon, WGS84). */
  site: string;
  siteAreaM2: number;
  minLng: number;
  minLat: number;
  maxLng: number;
  maxLat: number;
  investmentFen: number;
  landAreaM2: number;
  floorAreaM2: number;
  intendedUse: string;
  contactNameEnc: string;
  contactMobileEnc: string;
  registeredBy: string;
  /** The blueprint's project planning (项目策划) the project was registered from, if any. */
  planningId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ProjectIdempotencyTable {
  accountId: string;
  key: string;
  requestHash: string;
  projectId: string;
  createdAt: string;
}

/** One submission of one stage of a project (阶段申报): one application per matter of the stage. */
export interface ProjectFilingTable {
  id: string;
  filingNo: string;
  projectId: string;
  stage: Stage;
  leadDepartmentId: string;
  status: 'in_progress' | 'correction_requested' | 'closed';
  /** Guards the lead department's and the applicant's stage-level writes (409 when stale). */
  revision: number;
  /** The account that submitted: the applicant of every matter's case. */
  submittedBy: string;
  submittedAt: string;
  /** Business date of the submission: the stage clock counts from the next working day. */
  submittedOn: string;
  closedAt: string | null;
  closedOn: string | null;
  closedBy: string | null;
  /** JSON arrays of material identities: replaced by a commitment (告知承诺), covered by an area assessment. */
  commitments: string;
  coveredByArea: string;
}

export interface ProjectFilingMatterTable {
  filingId: string;
  matterCode: string;
  applicationId: string;
  applicationNo: string;
  departmentId: string;
  position: number;
}

export interface ProjectFilingIdempotencyTable {
  accountId: string;
  key: string;
  requestHash: string;
  filingId: string;
  createdAt: string;
}

/** A department's items for the combined correction, waiting for the lead department to send them. */
export interface ProjectCorrectionProposalTable {
  filingId: string;
  matterCode: string;
  /** JSON: [{material, problem}]. */
  items: string;
  /** JSON: the proposing reviewer as the workflow's actor (id, roles, departmentCode). */
  proposedBy: string;
  proposedAt: string;
}

/** 一次性补正: one notice with every item of every matter. */
export interface ProjectCorrectionTable {
  id: string;
  filingId: string;
  /** JSON: [{matterCode, material, problem}]. */
  items: string;
  requestedBy: string;
  requestedAt: string;
  answeredAt: string | null;
}

export interface ProjectJointReviewTable {
  id: string;
  filingId: string;
  kind: JointReviewKind;
  heldOn: string;
  /** JSON: [{departmentCode, verdict, opinion}]. */
  opinions: string;
  conclusion: JointReviewVerdict;
  summary: string;
  recordedBy: string;
  recordedAt: string;
}

/** 中介服务: an external step; its days are excluded from the stage's government clock. */
export interface ProjectIntermediaryTable {
  id: string;
  filingId: string;
  service: IntermediaryService;
  provider: string;
  startedOn: string;
  endedOn: string | null;
  recordedBy: string;
  recordedAt: string;
}

export interface ProjectTables {
  projectCategories: ProjectCategoryTable;
  projectCategoryStages: ProjectCategoryStageTable;
  projectStageMatters: ProjectStageMatterTable;
  projects: ProjectTable;
  projectIdempotency: ProjectIdempotencyTable;
  projectFilings: ProjectFilingTable;
  projectFilingMatters: ProjectFilingMatterTable;
  projectFilingIdempotency: ProjectFilingIdempotencyTable;
  projectCorrectionProposals: ProjectCorrectionProposalTable;
  projectCorrections: ProjectCorrectionTable;
  projectJointReviews: ProjectJointReviewTable;
  projectIntermediaries: ProjectIntermediaryTable;
}
