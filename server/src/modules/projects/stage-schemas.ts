/**
 * Contracts of a project's stage filings (阶段申报): what must be submitted, the submission
 * itself, the lead department's coordination (一次性补正, 联合评审/验收, closing), intermediary
 * services, the Gantt timeline and the statistics.
 */
import { z } from 'zod';
import { text } from '../../platform/validation/index.js';
import { UPLOAD_REASONS } from '../applications/index.js';
import { INTERMEDIARY_SERVICES, JOINT_REVIEW_KINDS, JOINT_REVIEW_VERDICTS, STAGES } from './vocabulary.js';

const anyObject = z.record(z.string(), z.unknown());
const department = z.object({ code: z.string(), name: z.string() });
const isoDate = z.iso.date();

/** `stage` is one of STAGES; another value answers 404 after the caller's access is checked, like a missing project. */
export const projectStageParams = z.object({
  id: z.uuid(),
  stage: z
    .string()
    .max(50)
    .meta({ description: `One of ${STAGES.join(', ')}` }),
});
export const filingIdParams = z.object({ filingId: z.uuid() });
export const intermediaryParams = filingIdParams.extend({ intermediaryId: z.uuid() });

/** Why a material of the merged set is not asked for. */
export const MATERIAL_REDUCTIONS = ['commitment', 'area_assessment'] as const;

/** GET /projects/{id}/stages/{stage}/requirements: the merged form for this project, with what is waived. */
export const stageRequirements = z.object({
  stage: z.enum(STAGES),
  /** open: may be submitted now; filed: already submitted; waiting: an earlier stage is not closed. */
  availability: z.enum(['open', 'filed', 'waiting']),
  filingId: z.string().nullable(),
  form: z.object({ schema: anyObject, uiSchema: anyObject, fields: z.array(anyObject) }),
  fieldSources: z.record(z.string(), z.array(z.object({ matterCode: z.string(), name: z.string() }))),
  materials: z.array(
    z.object({
      identity: z.string(),
      name: z.string(),
      requirement: z.enum(['required', 'conditional']),
      condition: z.string().optional(),
      key: z.boolean(),
      source: anyObject,
      matterCodes: z.array(z.string()),
      /** Each matter's own material this one stands for; upload with the first (`/api/v1/uploads?matterCode=&materialId=`). */
      sources: z.array(z.object({ matterCode: z.string(), materialId: z.string() })),
      /** A 告知承诺 document: the applicant may sign a commitment instead (put its identity in `commitments`). */
      commitmentAllowed: z.boolean(),
      /** Covered by an area assessment the site lies in: not asked at all. */
      coveredBy: z.object({ code: z.string(), name: z.string() }).nullable(),
      /** A licence another matter of this stage issues (the matter's code and name): not asked, it cannot exist yet. */
      issuedInStage: z.object({ code: z.string(), name: z.string() }).nullable(),
      /**
       * For the owner's agent: how it is handed in now. reused: taken from the licence named
       * (零提交; a per-project licence only from this project's own stages); upload: the platform
       * knows the source but has nothing valid of this project's to take, so a file is asked.
       * Null for anyone else looking.
       */
      sourcing: z
        .object({
          kind: z.enum(['applicant', 'reused', 'upload', 'department']),
          licenseNo: z.string().nullable(),
          reason: z.enum(UPLOAD_REASONS).nullable(),
        })
        .nullable(),
    }),
  ),
  areaAssessments: z.array(
    z.object({ code: z.string(), name: z.string(), completedOn: z.string(), covers: z.array(z.string()) }),
  ),
  /** Fields and materials: matter by matter → one form → after commitments and area assessments. */
  reduction: z.object({
    fieldsSeparately: z.number().int(),
    fieldsMerged: z.number().int(),
    materialsSeparately: z.number().int(),
    materialsMerged: z.number().int(),
    materialsCoveredByArea: z.number().int(),
    materialsCommitmentAllowed: z.number().int(),
    /** Merged minus covered minus every allowed commitment: the fewest the applicant can hand in. */
    materialsAtLeast: z.number().int(),
  }),
  /** Matters of the stage without a licence type in the 证照目录: their result is not an electronic licence. */
  mattersWithoutLicence: z.array(z.string()),
});

/** POST /projects/{id}/stages/{stage} (Idempotency-Key): one merged form for every matter of the stage. */
export const stageSubmitBody = z.object({
  formData: anyObject,
  /** Files per material of the merged set, by its `identity`; each file goes to every matter needing it. */
  materials: z
    .array(z.object({ identity: z.string().min(1).max(300), fileIds: z.array(z.string().max(64)).max(20) }))
    .max(100),
  /** Identities of 告知承诺 documents replaced by the applicant's signed commitment. */
  commitments: z.array(z.string().min(1).max(300)).max(100).default([]),
  declaration: z.literal(true),
});
export type StageSubmitBody = z.output<typeof stageSubmitBody>;

const clockOf = z.object({
  /** Working days counted (for a matter: its statutory clock, suspensions excluded). */
  workingDays: z.number().int(),
  limitDays: z.number().int().nullable(),
  deadline: z.string().nullable(),
  late: z.boolean(),
  warning: z.enum(['none', 'yellow', 'red']),
  startedOn: z.string().nullable(),
  endedOn: z.string().nullable(),
});

const filingMatter = z.object({
  matterCode: z.string(),
  matterName: z.string(),
  department: department,
  applicationNo: z.string(),
  /** The application's status (applications module vocabulary). */
  status: z.string(),
  decided: z.boolean(),
  outcome: z.enum(['approved', 'denied']).nullable(),
  clock: clockOf,
  /** Open correction items this department proposed for the combined correction. */
  proposedCorrection: z.array(z.object({ material: z.string().nullable(), problem: z.string() })),
  licenceTypes: z.array(z.string()),
  licences: z.array(z.object({ licenseNo: z.string(), typeName: z.string(), status: z.string() })),
});

const jointReview = z.object({
  id: z.string(),
  kind: z.enum(JOINT_REVIEW_KINDS),
  heldOn: z.string(),
  opinions: z.array(
    z.object({ department: department, verdict: z.enum(JOINT_REVIEW_VERDICTS), opinion: z.string() }),
  ),
  conclusion: z.enum(JOINT_REVIEW_VERDICTS),
  summary: z.string(),
  recordedAt: z.string(),
});

const intermediary = z.object({
  id: z.string(),
  service: z.enum(INTERMEDIARY_SERVICES),
  provider: z.string(),
  startedOn: z.string(),
  endedOn: z.string().nullable(),
  workingDays: z.number().int(),
});

const correction = z.object({
  id: z.string(),
  requestedAt: z.string(),
  answeredAt: z.string().nullable(),
  items: z.array(z.object({ matterCode: z.string(), material: z.string().nullable(), problem: z.string() })),
});

export const FILING_ACTIONS = [
  'proposeCorrection',
  'requestCorrection',
  'resubmit',
  'recordJointReview',
  'recordIntermediary',
  'close',
] as const;

export const filingSummary = z.object({
  id: z.string(),
  filingNo: z.string(),
  projectId: z.string(),
  projectCode: z.string(),
  projectName: z.string(),
  stage: z.enum(STAGES),
  stageName: z.string(),
  leadDepartment: department,
  status: z.enum(['in_progress', 'correction_requested', 'closed']),
  submittedAt: z.string(),
  closedAt: z.string().nullable(),
  /** Submission → close (or today), intermediary time excluded; its limit is the longest matter's promised limit. */
  clock: clockOf,
  matterCount: z.number().int(),
  decidedCount: z.number().int(),
});

export const filingDetail = filingSummary.extend({
  matters: z.array(filingMatter),
  corrections: z.array(correction),
  jointReviews: z.array(jointReview),
  intermediaries: z.array(intermediary),
  /** The materials waived at submission and why. */
  reduction: z.object({
    commitments: z.array(z.string()),
    coveredByArea: z.array(z.string()),
  }),
  /** What the caller may do now (buttons never offer what the server would refuse). */
  actions: z.array(z.enum(FILING_ACTIONS)),
  revision: z.number().int(),
});

export const filingResult = z.object({ filing: filingDetail });

export const filingListQuery = z.object({
  /** lead: stages my department leads; department: stages with a matter of mine; all (supervisors). */
  role: z.enum(['lead', 'department', 'all']).default('lead'),
  status: z.enum(['open', 'closed']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export const filingPage = z.object({
  items: z.array(filingSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export const projectFilings = z.object({ items: z.array(filingSummary) });

const correctionItem = z.strictObject({ material: text(200).nullable(), problem: text(500) });

/** A matter's department proposes its items for the combined correction (its intake task stays open). */
export const proposeCorrectionBody = z.strictObject({
  matterCode: z.string().min(1).max(50),
  items: z.array(correctionItem).min(1).max(50),
});
/** The lead department sends every proposed item to the applicant at once (一次性补正). */
export const requestCorrectionBody = z.strictObject({ expectedRevision: z.number().int().min(0) });
/** The applicant answers the combined correction once: every matter under correction is resubmitted. */
export const resubmitBody = z.strictObject({
  expectedRevision: z.number().int().min(0),
  note: text(500).optional(),
  /** Files answering the correction, by material identity; each goes to every matter under correction asking for it. */
  materials: z
    .array(
      z.object({ identity: z.string().min(1).max(300), fileIds: z.array(z.string().max(64)).min(1).max(20) }),
    )
    .max(100)
    .optional(),
});

export const jointReviewBody = z.strictObject({
  kind: z.enum(JOINT_REVIEW_KINDS),
  heldOn: isoDate,
  opinions: z
    .array(
      z.strictObject({
        departmentCode: z.string().min(1).max(50),
        verdict: z.enum(JOINT_REVIEW_VERDICTS),
        opinion: text(2000),
      }),
    )
    .min(1)
    .max(30),
  conclusion: z.enum(JOINT_REVIEW_VERDICTS),
  summary: text(2000),
});

export const intermediaryBody = z.strictObject({
  service: z.enum(INTERMEDIARY_SERVICES),
  provider: text(200),
  startedOn: isoDate,
  endedOn: isoDate.optional(),
});
export const intermediaryFinishBody = z.strictObject({ endedOn: isoDate });

export const closeBody = z.strictObject({ expectedRevision: z.number().int().min(0) });

/** GET /projects/{id}/timeline: Gantt rows. */
export const projectTimeline = z.object({
  projectId: z.string(),
  capWorkingDays: z.number().int(),
  /** Sum of the stages' government clocks. */
  workingDays: z.number().int(),
  late: z.boolean(),
  today: z.string(),
  stages: z.array(
    z.object({
      stage: z.enum(STAGES),
      name: z.string(),
      filingId: z.string().nullable(),
      status: z.enum(['not_started', 'in_progress', 'correction_requested', 'closed']),
      clock: clockOf.nullable(),
      departments: z.array(
        z.object({
          department: department,
          matterCode: z.string(),
          matterName: z.string(),
          applicationNo: z.string(),
          status: z.string(),
          clock: clockOf,
        }),
      ),
      intermediaries: z.array(intermediary),
    }),
  ),
});

/** GET /projects/statistics: computed from the data, the article's figures as the model. */
export const projectStatistics = z.object({
  today: z.string(),
  projectsOnline: z.number().int(),
  projectsCompleted: z.number().int(),
  averageWorkingDays: z.number().nullable(),
  byCategory: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      capWorkingDays: z.number().int(),
      projects: z.number().int(),
      completed: z.number().int(),
      averageWorkingDays: z.number().nullable(),
      overCap: z.number().int(),
    }),
  ),
  byStage: z.array(
    z.object({
      stage: z.enum(STAGES),
      name: z.string(),
      filed: z.number().int(),
      closed: z.number().int(),
      averageWorkingDays: z.number().nullable(),
      /** The average stage limit: its longest matter's promised limit (the matters run in parallel). */
      averageLimitDays: z.number().nullable(),
    }),
  ),
  lateDepartments: z.array(
    z.object({ department: department, lateMatters: z.number().int(), openMatters: z.number().int() }),
  ),
  supervisionOrders: z.object({ total: z.number().int(), open: z.number().int() }),
  /** The 20 most recently registered projects with their working days so far against the cap. */
  recentProjects: z.array(
    z.object({
      id: z.string(),
      projectCode: z.string(),
      name: z.string(),
      categoryCode: z.string(),
      capWorkingDays: z.number().int(),
      workingDays: z.number().int(),
      stagesClosed: z.number().int(),
      stages: z.number().int(),
      completed: z.boolean(),
      late: z.boolean(),
    }),
  ),
});

export type ProposeCorrectionBody = z.output<typeof proposeCorrectionBody>;
export type JointReviewBody = z.output<typeof jointReviewBody>;
export type IntermediaryBody = z.output<typeof intermediaryBody>;
export type ResubmitBody = z.output<typeof resubmitBody>;
