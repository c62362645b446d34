// 工程建设项目审批 (server/src/modules/projects): categories and their stage forms (public), an
// organisation's projects, a stage's filing and its coordination by the lead department, the
// timeline and the statistics.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { IntendedUse, Stage } from '../../../server/src/modules/projects/vocabulary.js';
import type { Planning, PreOpinion } from './blueprint';
import type { JsonSchema } from './catalogueTypes';
import { query, request } from './client';
import type { Page } from './types';

export type { IntendedUse, Stage } from '../../../server/src/modules/projects/vocabulary.js';
// The stages and uses are the server's own import-free vocabulary, so the lists cannot drift.
export {
  INTENDED_USES as intendedUses,
  STAGES as stages,
} from '../../../server/src/modules/projects/vocabulary.js';

export interface Named {
  code: string;
  name: string;
}

export interface StageMatter extends Named {
  department: Named | null;
  legalLimitDays: number;
  promisedLimitDays: number;
}

export interface StageSummary {
  stage: Stage;
  name: string;
  leadDepartment: Named | null;
  matters: StageMatter[];
  unpublishedMatterCodes: string[];
}

export interface CategoryRef extends Named {
  capWorkingDays: number;
}

export interface Category extends CategoryRef {
  investment: 'government' | 'social';
  stages: StageSummary[];
}

export interface StageMaterial {
  identity: string;
  name: string;
  form: 'original' | 'copy' | 'electronic';
  copies: number;
  requirement: 'required' | 'conditional';
  condition?: string;
  key: boolean;
  source: { kind: string; licenseType?: string };
  note?: string;
  sources: { matterCode: string; materialId: string }[];
}

export interface Savings {
  fieldsSeparately: number;
  fieldsMerged: number;
  fieldsSaved: number;
  materialsSeparately: number;
  materialsMerged: number;
  materialsSaved: number;
}

/** 一张表单: a stage's matters' forms merged into one, with what that saves. */
export interface StageForm {
  category: CategoryRef;
  stage: StageSummary;
  form: { schema: JsonSchema; uiSchema: Record<string, unknown>; fields: Record<string, unknown>[] };
  fieldSources: Record<string, { matterCode: string; name: string }[]>;
  conflicts: { field: string; constraint: string; matterCodes: string[] }[];
  materials: StageMaterial[];
  savings: Savings;
}

export interface ProjectItem {
  id: string;
  projectCode: string;
  name: string;
  owner: { name: string; creditCode: string };
  category: CategoryRef;
  intendedUse: IntendedUse;
  investmentFen: number;
  siteAreaM2: number;
  registeredAt: string;
}

export type SiteGeometry =
  | { type: 'Polygon'; coordinates: number[][][] }
  | { type: 'MultiPolygon'; coordinates: number[][][][] };

export interface ProjectDetail extends ProjectItem {
  site: SiteGeometry;
  bbox: { minLng: number; minLat: number; maxLng: number; maxLat: number };
  landAreaM2: number;
  floorAreaM2: number;
  contact: { name: string; mobile: string };
  stages: StageSummary[];
  /** The project plan (项目策划) it was registered from: its check's verdict and the departments' pre-opinions. */
  planning:
    | (Pick<Planning, 'id' | 'name' | 'result' | 'checkId' | 'createdAt'> & {
        preOpinions: Omit<PreOpinion, 'id'>[];
      })
    | null;
}

export interface RegisterProjectBody {
  projectCode: string;
  name: string;
  ownerCreditCode: string;
  categoryCode: string;
  site: SiteGeometry;
  investmentFen: number;
  landAreaM2: number;
  floorAreaM2: number;
  intendedUse: IntendedUse;
  contact: { name: string; mobile: string };
  /** One of the organisation's project plans of the same category, to inherit. */
  planningId?: string;
}

const key = ['projects'] as const;

/** Categories and stage forms are configuration: they change with a release, not by the minute. */
export function useProjectCategories() {
  return useQuery({
    queryKey: [...key, 'categories'],
    queryFn: () => request<{ items: Category[] }>('GET', '/projects/categories'),
    staleTime: 10 * 60_000,
  });
}

export function useStageForm(categoryCode: string | undefined, stage: Stage | undefined) {
  return useQuery({
    queryKey: [...key, 'stage-form', categoryCode, stage],
    queryFn: () => request<StageForm>('GET', `/projects/categories/${categoryCode}/stages/${stage}/form`),
    enabled: Boolean(categoryCode && stage),
    staleTime: 10 * 60_000,
  });
}

export function useProjects(filter: { page: number; categoryCode?: string | undefined }) {
  return useQuery({
    queryKey: [...key, 'list', filter],
    queryFn: () => request<Page<ProjectItem>>('GET', `/projects${query({ ...filter, pageSize: 20 })}`),
    placeholderData: keepPreviousData,
  });
}

export function useProject(id: string | undefined) {
  return useQuery({
    queryKey: [...key, 'detail', id],
    queryFn: () => request<ProjectDetail>('GET', `/projects/${id}`),
    enabled: Boolean(id),
  });
}

/** One Idempotency-Key per registration being filed: a retry after a lost answer registers it once. */
export function useRegisterProject() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: RegisterProjectBody; idempotencyKey: string }) =>
      request<{ project: ProjectDetail }>('POST', '/projects', body, { 'Idempotency-Key': idempotencyKey }),
    onSuccess: () => client.invalidateQueries({ queryKey: [...key, 'list'] }),
  });
}

// ——— Stage filings (阶段申报): server/src/modules/projects/stage-schemas.ts ———

export type { IntermediaryService } from '../../../server/src/modules/projects/vocabulary.js';
export {
  INTERMEDIARY_SERVICES as intermediaryServices,
  JOINT_REVIEW_KINDS as jointReviewKinds,
  JOINT_REVIEW_VERDICTS as jointReviewVerdicts,
} from '../../../server/src/modules/projects/vocabulary.js';

export type JointReviewKind = 'review' | 'acceptance';
export type JointReviewVerdict = 'agree' | 'agree_with_conditions' | 'disagree';

export interface RequiredMaterial {
  identity: string;
  name: string;
  requirement: 'required' | 'conditional';
  condition?: string;
  key: boolean;
  source: { kind: string; licenseType?: string };
  matterCodes: string[];
  /** Each matter's own material it stands for: its file is uploaded under the first. */
  sources: { matterCode: string; materialId: string }[];
  /** 告知承诺: a signed commitment may stand for it. */
  commitmentAllowed: boolean;
  /** 区域评估: covered by an assessment of the area the site lies in, so not asked. */
  coveredBy: Named | null;
  /** A licence another matter of this stage issues (that matter): not asked, it cannot exist yet. */
  issuedInStage: Named | null;
  /**
   * For the owner's agent: taken from this licence (零提交), or to be uploaded after all (the
   * project has no valid licence of the type: another project's does not count). Null for staff.
   */
  sourcing: {
    kind: 'applicant' | 'reused' | 'upload' | 'department';
    licenseNo: string | null;
    reason: string | null;
  } | null;
}

/** What this project files for a stage: its merged form, its materials and what is waived. */
export interface StageRequirements {
  stage: Stage;
  availability: 'open' | 'filed' | 'waiting';
  filingId: string | null;
  form: StageForm['form'];
  fieldSources: StageForm['fieldSources'];
  materials: RequiredMaterial[];
  areaAssessments: { code: string; name: string; completedOn: string; covers: string[] }[];
  reduction: {
    fieldsSeparately: number;
    fieldsMerged: number;
    materialsSeparately: number;
    materialsMerged: number;
    materialsCoveredByArea: number;
    materialsCommitmentAllowed: number;
    materialsAtLeast: number;
  };
  mattersWithoutLicence: string[];
}

export interface StageSubmitBody {
  formData: Record<string, unknown>;
  materials: { identity: string; fileIds: string[] }[];
  commitments: string[];
  declaration: true;
}

export interface Clock {
  workingDays: number;
  limitDays: number | null;
  deadline: string | null;
  late: boolean;
  warning: 'none' | 'yellow' | 'red';
  startedOn: string | null;
  endedOn: string | null;
}

export interface FilingMatter {
  matterCode: string;
  matterName: string;
  department: Named;
  applicationNo: string;
  status: string;
  decided: boolean;
  outcome: 'approved' | 'denied' | null;
  clock: Clock;
  proposedCorrection: { material: string | null; problem: string }[];
  licenceTypes: string[];
  licences: { licenseNo: string; typeName: string; status: string }[];
}

export interface JointReview {
  id: string;
  kind: JointReviewKind;
  heldOn: string;
  opinions: { department: Named; verdict: JointReviewVerdict; opinion: string }[];
  conclusion: JointReviewVerdict;
  summary: string;
  recordedAt: string;
}

export interface Intermediary {
  id: string;
  service: string;
  provider: string;
  startedOn: string;
  endedOn: string | null;
  workingDays: number;
}

export type FilingStatus = 'in_progress' | 'correction_requested' | 'closed';
export type FilingAction =
  | 'proposeCorrection'
  | 'requestCorrection'
  | 'resubmit'
  | 'recordJointReview'
  | 'recordIntermediary'
  | 'close';

export interface FilingSummary {
  id: string;
  filingNo: string;
  projectId: string;
  projectCode: string;
  projectName: string;
  stage: Stage;
  stageName: string;
  leadDepartment: Named;
  status: FilingStatus;
  submittedAt: string;
  closedAt: string | null;
  clock: Clock;
  matterCount: number;
  decidedCount: number;
}

export interface FilingDetail extends FilingSummary {
  matters: FilingMatter[];
  corrections: {
    id: string;
    requestedAt: string;
    answeredAt: string | null;
    items: { matterCode: string; material: string | null; problem: string }[];
  }[];
  jointReviews: JointReview[];
  intermediaries: Intermediary[];
  reduction: { commitments: string[]; coveredByArea: string[] };
  actions: FilingAction[];
  revision: number;
}

export interface TimelineStage {
  stage: Stage;
  name: string;
  filingId: string | null;
  status: 'not_started' | FilingStatus;
  clock: Clock | null;
  departments: {
    department: Named;
    matterCode: string;
    matterName: string;
    applicationNo: string;
    status: string;
    clock: Clock;
  }[];
  intermediaries: Intermediary[];
}

export interface ProjectTimeline {
  projectId: string;
  capWorkingDays: number;
  workingDays: number;
  late: boolean;
  today: string;
  stages: TimelineStage[];
}

export interface ProjectStatistics {
  today: string;
  projectsOnline: number;
  projectsCompleted: number;
  averageWorkingDays: number | null;
  byCategory: {
    code: string;
    name: string;
    capWorkingDays: number;
    projects: number;
    completed: number;
    averageWorkingDays: number | null;
    overCap: number;
  }[];
  byStage: {
    stage: Stage;
    name: string;
    filed: number;
    closed: number;
    averageWorkingDays: number | null;
    averageLimitDays: number | null;
  }[];
  lateDepartments: { department: Named; lateMatters: number; openMatters: number }[];
  supervisionOrders: { total: number; open: number };
}

export function useStageRequirements(projectId: string, stage: Stage | undefined) {
  return useQuery({
    queryKey: [...key, 'requirements', projectId, stage],
    queryFn: () => request<StageRequirements>('GET', `/projects/${projectId}/stages/${stage}/requirements`),
    enabled: Boolean(projectId && stage),
  });
}

/** Everything cached about projects and filings: a filing's step changes its project's too. */
const useInvalidateProjects = () => {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: key });
};

export function useSubmitStage(projectId: string, stage: Stage) {
  const invalidate = useInvalidateProjects();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: StageSubmitBody; idempotencyKey: string }) =>
      request<{ filing: FilingDetail }>('POST', `/projects/${projectId}/stages/${stage}`, body, {
        'Idempotency-Key': idempotencyKey,
      }),
    onSuccess: invalidate,
  });
}

export function useProjectFilings(projectId: string | undefined) {
  return useQuery({
    queryKey: [...key, 'filings', 'of', projectId],
    queryFn: () => request<{ items: FilingSummary[] }>('GET', `/projects/${projectId}/filings`),
    enabled: Boolean(projectId),
  });
}

export type FilingRole = 'lead' | 'department' | 'all';

export function useFilings(filter: {
  role: FilingRole;
  status?: 'open' | 'closed' | undefined;
  page: number;
}) {
  return useQuery({
    queryKey: [...key, 'filings', 'list', filter],
    queryFn: () =>
      request<Page<FilingSummary>>('GET', `/projects/filings${query({ ...filter, pageSize: 20 })}`),
    placeholderData: keepPreviousData,
  });
}

export function useFiling(filingId: string | undefined) {
  return useQuery({
    queryKey: [...key, 'filings', 'detail', filingId],
    queryFn: async () =>
      (await request<{ filing: FilingDetail }>('GET', `/projects/filings/${filingId}`)).filing,
    enabled: Boolean(filingId),
  });
}

export interface FilingCommands {
  proposeCorrection: { matterCode: string; items: { material: string | null; problem: string }[] };
  requestCorrection: { expectedRevision: number };
  resubmit: { expectedRevision: number; note?: string | undefined };
  recordJointReview: {
    kind: JointReviewKind;
    heldOn: string;
    opinions: { departmentCode: string; verdict: JointReviewVerdict; opinion: string }[];
    conclusion: JointReviewVerdict;
    summary: string;
  };
  recordIntermediary: { service: string; provider: string; startedOn: string; endedOn?: string | undefined };
  close: { expectedRevision: number };
}

const commandPaths: Record<FilingAction, string> = {
  proposeCorrection: 'correction-items',
  requestCorrection: 'correction',
  resubmit: 'resubmit',
  recordJointReview: 'joint-reviews',
  recordIntermediary: 'intermediaries',
  close: 'close',
};

/** One of the filing's steps, as the server offers it in `actions`; answers the filing as it now stands. */
export function useFilingCommand<A extends FilingAction>(filingId: string, action: A) {
  const invalidate = useInvalidateProjects();
  return useMutation({
    mutationFn: async (body: FilingCommands[A]) =>
      (
        await request<{ filing: FilingDetail }>(
          'POST',
          `/projects/filings/${filingId}/${commandPaths[action]}`,
          body,
        )
      ).filing,
    onSuccess: invalidate,
  });
}

export function useFinishIntermediary(filingId: string) {
  const invalidate = useInvalidateProjects();
  return useMutation({
    mutationFn: ({ intermediaryId, endedOn }: { intermediaryId: string; endedOn: string }) =>
      request<{ filing: FilingDetail }>(
        'POST',
        `/projects/filings/${filingId}/intermediaries/${intermediaryId}/finish`,
        { endedOn },
      ),
    onSuccess: invalidate,
  });
}

export function useProjectTimeline(projectId: string | undefined) {
  return useQuery({
    queryKey: [...key, 'timeline', projectId],
    queryFn: () => request<ProjectTimeline>('GET', `/projects/${projectId}/timeline`),
    enabled: Boolean(projectId),
  });
}

export function useProjectStatistics() {
  return useQuery({
    queryKey: [...key, 'statistics'],
    queryFn: () => request<ProjectStatistics>('GET', '/projects/statistics'),
  });
}
