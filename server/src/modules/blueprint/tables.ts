import type { ElementClass, Engine, Rule } from './vocabulary.js';

/** A control layer (图层) of one department; its features are replaced as a whole on re-import. */
export interface LayerTable {
  id: string;
  code: string;
  name: string;
  nameEn: string;
  departmentCode: string;
  elementClass: ElementClass;
  rule: Rule;
  condition: string | null;
  color: string;
  /** 1 on the first import, +1 on each re-import: what the per-process spatial index watches. */
  version: number;
  featureCount: number;
  minLng: number | null;
  minLat: number | null;
  maxLng: number | null;
  maxLat: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface FeatureTable {
  id: string;
  layerId: string;
  name: string | null;
  /** GeoJSON Polygon or MultiPolygon (WGS84) as text. */
  geometry: string;
  /** JSON object: landUseCode, maxFloorAreaRatio, maxHeightM, minGreenRatio, and whatever else came. */
  attributes: string;
  minLng: number;
  minLat: number;
  maxLng: number;
  maxLat: number;
}

/** A plan check (规划检测) as it was answered: input and outcome kept as JSON. */
export interface CheckTable {
  id: string;
  result: 'pass' | 'conditional' | 'conflict';
  engine: Engine;
  siteAreaM2: number;
  input: string;
  outcome: string;
  projectId: string | null;
  checkedBy: string;
  /** The organisation an agent checked for: its other agents see the check too. */
  organizationId: string | null;
  checkedAt: string;
}

/** A coordination case (冲突协调) about two features of two layers that contradict each other. */
export interface ConflictTable {
  id: string;
  /** The two feature ids in order: a pair is opened once however often it is scanned. */
  pairKey: string;
  kind: string;
  status: 'open' | 'resolved';
  protectedLayerId: string;
  protectedFeatureId: string;
  protectedFeatureName: string | null;
  otherLayerId: string;
  otherFeatureId: string;
  otherFeatureName: string | null;
  overlap: string;
  overlapAreaM2: number;
  minLng: number;
  minLat: number;
  maxLng: number;
  maxLat: number;
  decision: string | null;
  resolution: string | null;
  resolvedBy: string | null;
  resolvedAt: string | null;
  openedAt: string;
}

export interface ConflictDepartmentTable {
  conflictId: string;
  departmentCode: string;
}

export interface ConflictOpinionTable {
  id: string;
  conflictId: string;
  departmentCode: string;
  authorId: string;
  authorLabel: string;
  opinion: string;
  createdAt: string;
}

/** A project plan (项目策划): the stages and matters a site and category will need, and pre-opinions. */
export interface PlanningTable {
  id: string;
  name: string;
  categoryCode: string;
  intendedUse: string;
  site: string;
  checkId: string;
  result: 'pass' | 'conditional' | 'conflict';
  stages: string;
  createdBy: string;
  organizationId: string | null;
  createdAt: string;
}

export interface PreOpinionTable {
  id: string;
  planningId: string;
  departmentCode: string;
  reason: string;
  dueOn: string;
  status: 'pending' | 'answered';
  opinion: string | null;
  answeredBy: string | null;
  answeredAt: string | null;
}

export interface BlueprintTables {
  blueprintLayers: LayerTable;
  blueprintFeatures: FeatureTable;
  blueprintChecks: CheckTable;
  blueprintConflicts: ConflictTable;
  blueprintConflictDepartments: ConflictDepartmentTable;
  blueprintConflictOpinions: ConflictOpinionTable;
  blueprintPlannings: PlanningTable;
  blueprintPreOpinions: PreOpinionTable;
}
