// 一张蓝图 (server/src/modules/blueprint/schemas.ts): the layers of the departments' plans, their
// features in a map's view, the plan check of a site, layer imports and conflict coordination.
// The vocabulary is the server's own import-free module, so the lists cannot drift apart.
import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type {
  CheckResult as CheckOutcome,
  ConflictStatus,
  ElementClass,
  Engine,
  LandUseCode,
  Rule,
  Verdict,
} from '../../../server/src/modules/blueprint/vocabulary.js';
import { query, request } from './client';
import { uploadFile } from './uploads';

export {
  CHECK_RESULTS as checkOutcomes,
  ELEMENT_CLASSES as elementClasses,
  LAND_USE_CODES as landUseCodes,
  RULES as rules,
} from '../../../server/src/modules/blueprint/vocabulary.js';
export type { CheckOutcome, ConflictStatus, ElementClass, LandUseCode, Rule, Verdict };

export type SiteGeometry = Polygon | MultiPolygon;
export type Bbox = [number, number, number, number];

export interface Department {
  code: string;
  name: string;
}

export interface Layer {
  id: string;
  code: string;
  name: string;
  nameEn: string;
  department: Department;
  elementClass: ElementClass;
  rule: Rule;
  condition: string | null;
  version: number;
  featureCount: number;
  /** null while the layer has no features. */
  bbox: Bbox | null;
  color: string;
  updatedAt: string;
}

export type LayerSummary = Pick<
  Layer,
  'id' | 'code' | 'name' | 'department' | 'elementClass' | 'rule' | 'condition'
>;

export interface FeatureProperties {
  featureId: string;
  name?: string;
  landUseCode?: string;
  maxFloorAreaRatio?: number;
  maxHeightM?: number;
  minGreenRatio?: number;
  [attribute: string]: unknown;
}

export type LayerFeatures = FeatureCollection<SiteGeometry, FeatureProperties> & { truncated: boolean };

export interface FeatureDetail {
  type: 'Feature';
  id: string;
  geometry: SiteGeometry;
  properties: FeatureProperties;
  layer: LayerSummary & { version: number };
}

export interface Finding {
  attribute: 'landUseCode' | 'maxFloorAreaRatio' | 'maxHeightM' | 'minGreenRatio';
  allowed: string | number;
  /** null: not given. */
  proposed: string | number | null;
  ok: boolean;
}

export interface CheckLayer {
  layer: LayerSummary;
  intersects: boolean;
  overlapAreaM2: number;
  /** Overlap area ÷ site area, 0..1. */
  overlapShare: number;
  verdict: Verdict;
  features: {
    featureId: string;
    name: string | null;
    attributes: Record<string, unknown>;
    overlapAreaM2: number;
    findings: Finding[];
  }[];
  overlap: SiteGeometry | null;
}

export interface PlanCheck {
  id: string;
  result: CheckOutcome;
  siteAreaM2: number;
  checkedAt: string;
  engine: Engine;
  layersChecked: number;
  input: {
    site: SiteGeometry;
    projectId: string | null;
    intendedUse: string;
    floorAreaRatio: number | null;
    heightM: number | null;
    greenRatio: number | null;
  };
  /** Only the layers the site meets. */
  layers: CheckLayer[];
}

export interface CheckBody {
  site: SiteGeometry;
  projectId?: string;
  intendedUse: LandUseCode;
  floorAreaRatio?: number;
  heightM?: number;
  /** 0..1 */
  greenRatio?: number;
}

export interface ImportFields {
  code: string;
  name: string;
  nameEn: string;
  departmentCode: string;
  elementClass: ElementClass;
  rule: Rule;
  condition?: string;
  color?: string;
}

interface ConflictParty {
  layer: LayerSummary;
  featureId: string;
  featureName: string | null;
}

export interface ConflictSummary {
  id: string;
  /** The pair of element classes, e.g. basic_farmland/urban_boundary. */
  kind: string;
  status: ConflictStatus;
  overlapAreaM2: number;
  bbox: Bbox;
  departments: Department[];
  a: ConflictParty;
  b: ConflictParty;
  openedAt: string;
  resolvedAt: string | null;
}

export const conflictDecisions = ['keep_a', 'keep_b', 'adjust_both', 'no_conflict'] as const;
export type ConflictDecision = (typeof conflictDecisions)[number];

export interface ConflictDetail extends ConflictSummary {
  overlap: SiteGeometry;
  opinions: { id: string; department: Department; author: string; opinion: string; createdAt: string }[];
  decision: ConflictDecision | null;
  resolution: string | null;
  resolvedBy: string | null;
  /** What the caller may do now. */
  actions: ('opinion' | 'resolve')[];
}

export interface ConflictParams {
  status?: ConflictStatus;
  page: number;
  pageSize: number;
}

const key = ['blueprint'] as const;

export function useLayers() {
  return useQuery({
    queryKey: [...key, 'layers'],
    queryFn: () => request<{ items: Layer[] }>('GET', '/blueprint/layers'),
    select: (data) => data.items,
    staleTime: 60_000,
  });
}

export interface LoadedFeatures {
  data: LayerFeatures | undefined;
  fetching: boolean;
}

// Outside the hook: a stable function, so the combined list changes only when a query's result does.
const combineFeatures = (
  results: { data: LayerFeatures | undefined; isFetching: boolean }[],
): LoadedFeatures[] => results.map((r) => ({ data: r.data, fetching: r.isFetching }));

/** The features of each visible layer within the view (one query per layer and view), in the same order. */
export function useLayerFeatures(layerIds: readonly string[], bbox: Bbox | null) {
  const view = bbox?.map((v) => v.toFixed(5)).join(',');
  return useQueries({
    combine: combineFeatures,
    queries: layerIds.map((id) => ({
      queryKey: [...key, 'features', id, view],
      queryFn: () =>
        request<LayerFeatures>(
          'GET',
          `/blueprint/layers/${encodeURIComponent(id)}/features${query({ bbox: view })}`,
        ),
      enabled: view !== undefined,
      placeholderData: keepPreviousData,
      staleTime: 60_000,
    })),
  });
}

export function useFeature(featureId: string | null) {
  return useQuery({
    queryKey: [...key, 'feature', featureId],
    queryFn: () => request<FeatureDetail>('GET', `/blueprint/features/${encodeURIComponent(featureId!)}`),
    enabled: featureId !== null,
  });
}

export function useRunCheck() {
  return useMutation({
    mutationFn: (body: CheckBody) => request<PlanCheck>('POST', '/blueprint/checks', body),
  });
}

export const checkReportUrl = (id: string) => `/api/v1/blueprint/checks/${encodeURIComponent(id)}/report.pdf`;

/** Multipart: the file and the layer's fields; a refusal names each bad feature (`features[3]`). */
export function useImportLayer() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ file, fields }: { file: File; fields: ImportFields }) =>
      uploadFile<Layer>(
        '/blueprint/layers/import',
        file,
        undefined,
        Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && v !== '')),
      ),
    onSuccess: () => void client.invalidateQueries({ queryKey: [...key, 'layers'] }),
  });
}

export function useConflicts(params: ConflictParams) {
  return useQuery({
    queryKey: [...key, 'conflicts', params],
    queryFn: () =>
      request<{ items: ConflictSummary[]; total: number; page: number; pageSize: number }>(
        'GET',
        `/blueprint/conflicts${query(params)}`,
      ),
    placeholderData: keepPreviousData,
  });
}

export function useConflict(id: string) {
  return useQuery({
    queryKey: [...key, 'conflict', id],
    queryFn: () => request<ConflictDetail>('GET', `/blueprint/conflicts/${encodeURIComponent(id)}`),
  });
}

/** opinions | resolve: each answers the whole case, which replaces the cached one. */
export function useConflictStep<T>(id: string, step: 'opinions' | 'resolve') {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: T) =>
      request<ConflictDetail>('POST', `/blueprint/conflicts/${encodeURIComponent(id)}/${step}`, body),
    onSuccess: (detail) => {
      client.setQueryData([...key, 'conflict', id], detail);
      void client.invalidateQueries({ queryKey: [...key, 'conflicts'] });
    },
  });
}

export interface ScanResult {
  scannedPairs: number;
  found: number;
  /** New cases: a pair already on a case is not opened again. */
  opened: number;
}

/** 批量冲突检测: the administrator looks for conflicts across all layers and opens cases. */
export function useScanConflicts() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => request<ScanResult>('POST', '/blueprint/conflicts/scan'),
    onSuccess: () => void client.invalidateQueries({ queryKey: [...key, 'conflicts'] }),
  });
}

// 项目策划生成: a site and a category make the stages and matters, a plan check and the
// departments' pre-opinion requests.
export interface PreOpinion {
  id: string;
  department: Department;
  /** Why the department is asked: its layers the site meets, or its stage. */
  reason: string;
  /** YYYY-MM-DD */
  dueOn: string;
  status: 'pending' | 'answered';
  opinion: string | null;
  answeredAt: string | null;
}

export interface Planning {
  id: string;
  name: string;
  categoryCode: string;
  checkId: string;
  result: CheckOutcome;
  createdAt: string;
  stages: { stage: string; name: string; leadDepartment: string; matters: string[] }[];
  preOpinions: PreOpinion[];
}

export interface PlanningBody extends CheckBody {
  name: string;
  categoryCode: string;
}

export interface PlanningParams {
  /** Only those the caller's department still has to answer. */
  waiting?: boolean;
  page: number;
  pageSize: number;
}

export function usePlannings(params: PlanningParams, enabled = true) {
  return useQuery({
    queryKey: [...key, 'plannings', params],
    queryFn: () =>
      request<{ items: Planning[]; total: number; page: number; pageSize: number }>(
        'GET',
        `/blueprint/plannings${query({ ...params, waiting: params.waiting ? 'true' : undefined })}`,
      ),
    placeholderData: keepPreviousData,
    // Departments answer while the plan is open elsewhere: read afresh on every visit.
    staleTime: 0,
    enabled,
  });
}

export function usePlanning(id: string) {
  return useQuery({
    queryKey: [...key, 'planning', id],
    queryFn: () => request<Planning>('GET', `/blueprint/plannings/${encodeURIComponent(id)}`),
    staleTime: 0,
  });
}

export function useCreatePlanning() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: PlanningBody) => request<Planning>('POST', '/blueprint/plannings', body),
    onSuccess: (planning) => {
      client.setQueryData([...key, 'planning', planning.id], planning);
      void client.invalidateQueries({ queryKey: [...key, 'plannings'] });
    },
  });
}

/** The caller's department's pre-opinion, once: the answer is the whole planning. */
export function useAnswerPreOpinion(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (opinion: string) =>
      request<Planning>('POST', `/blueprint/plannings/${encodeURIComponent(id)}/opinions`, { opinion }),
    onSuccess: (planning) => {
      client.setQueryData([...key, 'planning', id], planning);
      void client.invalidateQueries({ queryKey: [...key, 'plannings'] });
    },
  });
}
