import type { MaterialFiles } from './uploads';
// Cases (办件) as the workbench sees them, as the server answers them
// (server/src/modules/workflow/schemas.ts, applications/staff-routes.ts, window-routes.ts).
// Labels live in i18n (cases.*).

import type {
  ClockEntry,
  WarningLevel as Warning,
} from '../../../server/src/modules/workflow/clock/model.js';
import type { SubmittedApplication } from './applicationTypes';

// The clock's vocabulary is the server's own pure model, so the two cannot drift apart.
export type {
  ClockEntry,
  SuspensionReason,
  WarningLevel as Warning,
} from '../../../server/src/modules/workflow/clock/model.js';
export {
  MAX_LIMIT_DAYS as maxLimitDays,
  MAX_TEXT_LENGTH as maxClockTextLength,
  SUSPENSION_REASONS as suspensionReasons,
} from '../../../server/src/modules/workflow/clock/model.js';
export type {
  InstanceStatus as CaseStatus,
  TaskStatus,
  WorkRole,
} from '../../../server/src/modules/workflow/engine/vocabulary.js';
// The engine's vocabulary, from its import-free module, so the lists cannot drift apart.
export {
  ANY_DEPARTMENT,
  DELIVERY_CHANNELS as deliveryChannels,
  INSTANCE_STATUSES as caseStatuses,
  WORK_ROLES as workRoles,
} from '../../../server/src/modules/workflow/engine/vocabulary.js';

import type {
  InstanceStatus as CaseStatus,
  DELIVERY_CHANNELS,
  TaskStatus,
} from '../../../server/src/modules/workflow/engine/vocabulary.js';

export interface InboxItem {
  taskId: string;
  taskRevision: number;
  applicationNo: string;
  matterCode: string;
  matterName: string;
  stepId: string;
  stepName: string;
  kind: string;
  status: TaskStatus;
  department: string;
  assigneeId: string | null;
  caseStatus: CaseStatus;
  openedAt: string;
  dueOn: string;
  warning: Warning;
}

export type InboxScope = 'mine' | 'pool';

export interface InboxParams {
  scope: InboxScope;
  page: number;
  pageSize: number;
  q?: string;
  warning?: 'red';
}

export interface LimitView {
  limitDays: number;
  budgetDays: number;
  deadline: string;
  remainingWorkingDays: number;
  overdueWorkingDays: number;
  warning: Warning;
}

export interface CaseClock {
  startDate: string;
  legal: LimitView;
  promised: LimitView;
  suspended: boolean;
  stopped: boolean;
  entries: ClockEntry[];
}

export type AcceptanceMode = 'standard' | 'shortfall' | 'commitment' | 'deemed';

export interface CaseIntake {
  receivedOn?: string | null;
  acceptance?: AcceptanceMode | null;
  correction?: { items: { material: string | null; problem: string }[]; requestedAt: string } | null;
  refusalReason?: string | null;
  shortfall?: { missing: string[]; dueOn: string; commitmentRef: string; suppliedAt: string | null } | null;
  commitment?: { commitmentRef: string; truthful: boolean | null } | null;
}

export interface CaseStep {
  id: string;
  name: string;
  kind: string;
  department: string;
}

export interface CaseTask {
  id: string;
  stepId: string;
  stepName: string;
  kind: string;
  department: string;
  role: string;
  assigneeId: string | null;
  status: TaskStatus;
  revision: number;
  openedAt: string;
  closedAt: string | null;
  dueOn: string;
  result: { action: string; outcome: string | null; opinion: string | null } | null;
}

export interface SupervisionOrder {
  id: string;
  department: string;
  text: string;
  dueOn: string;
  issuedAt: string;
  answer: { text: string; at: string } | null;
}

export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];

export interface CaseDelivery {
  channel: DeliveryChannel;
  trackingNo: string | null;
  place?: string | null;
  by: string;
  at: string;
}

export interface CaseAction {
  type: string;
  expectedRevision: number;
  taskId?: string;
  /** The only values the server will take: decision outcomes, return targets, orders to answer. */
  choices?: string[];
}

export interface CaseLogEntry {
  revision: number;
  type: string;
  actorId: string;
  taskId: string | null;
  at: string;
  payload: Record<string, unknown>;
}

export interface WorkflowCase {
  applicationNo: string;
  matterCode: string;
  matterName: string;
  channel: 'online' | 'window';
  departmentCode: string;
  status: CaseStatus;
  outcome: 'approved' | 'denied' | null;
  revision: number;
  intake: CaseIntake;
  intakeDueOn: string | null;
  clock: CaseClock | null;
  steps: CaseStep[];
  tasks: CaseTask[];
  supervisionOrders: SupervisionOrder[];
  delivery: CaseDelivery | null;
  timeline: CaseLogEntry[];
  actions: CaseAction[];
}

/** A command as sent: the action's envelope and the fields its form asked for. */
export type CaseCommand = { type: string; expectedRevision: number; taskId?: string } & Record<
  string,
  unknown
>;

export interface StaffApplicationMaterial {
  materialId: string;
  materialName: string;
  fileId: string;
  fileName: string;
  mediaType: string;
  byteSize: number;
}

export interface StaffApplication {
  applicationNo: string;
  matterCode: string;
  matterName: string;
  versionId: string;
  status: string;
  applicant: { kind: 'person' | 'organization'; name: string; idNumber: string | null };
  formData: Record<string, unknown>;
  materials: StaffApplicationMaterial[];
  submittedAt: string;
  /** 通办: where the applicant chose to collect the result. */
  collectAt: string | null;
}

export interface WindowApplication {
  matterCode: string;
  versionId: string;
  formData: Record<string, unknown>;
  /** Scanned at the window; owned by the clerk who uploaded them. */
  materials: MaterialFiles[];
  /** 通办: the service centre (id) where the applicant will collect the result. */
  collectAt?: string;
  applicant: { name: string; idNumber: string; mobile?: string };
}

export type WindowSubmitted = SubmittedApplication;

export type SupervisionFilter = 'red' | 'yellow' | 'intake';

export interface SupervisionParams {
  warning: SupervisionFilter;
  department?: string;
  page: number;
  pageSize: number;
}

export interface SupervisedCase {
  applicationNo: string;
  matterName: string;
  departmentCode: string;
  status: CaseStatus;
  promisedDueOn: string | null;
  intakeDueOn: string | null;
  warning: Warning;
  openOrders: number;
}
