import type { Stage } from './vocabulary.js';

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

export interface ProjectTables {
  projectCategories: ProjectCategoryTable;
  projectCategoryStages: ProjectCategoryStageTable;
  projectStageMatters: ProjectStageMatterTable;
  projects: ProjectTable;
  projectIdempotency: ProjectIdempotencyTable;
}
