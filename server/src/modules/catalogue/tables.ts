export type VersionStatus = 'draft' | 'published' | 'superseded' | 'withdrawn';

export interface MatterTable {
  id: string;
  code: string;
  departmentId: string;
  createdAt: string;
}

export interface MatterVersionTable {
  id: string;
  matterId: string;
  version: number;
  status: VersionStatus;
  name: string;
  /** The whole MatterGuide as JSON: what the applicant sees and what the form is made of. */
  guide: string;
  formSchema: string;
  uiSchema: string;
  /** Pinyin of the name and keywords, computed once at save time for search. */
  searchPinyin: string;
  searchInitials: string;
  createdAt: string;
  createdBy: string | null;
  publishedAt: string | null;
}

export interface LifeEventTable {
  code: string;
  name: string;
  audience: string;
  summary: string;
  matterCodes: string;
}

export interface CatalogueRevisionTable {
  id: number;
  revision: number;
}

export interface CatalogueTables {
  matters: MatterTable;
  matterVersions: MatterVersionTable;
  lifeEvents: LifeEventTable;
  catalogueRevision: CatalogueRevisionTable;
}
