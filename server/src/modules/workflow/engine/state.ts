import type { Role } from '../../../platform/permissions/index.js';
import type { ClockLimits, StatutoryClock } from '../clock/index.js';
import type { TaskCommand } from './commands.js';
import type { Assignment, StepKind } from './definition.js';
import type { FlowPosition } from './flow.js';

/**
 * The instance state: plain JSON (no Dates, Maps or classes) so that it can be stored as
 * rows, sent to the UI and rebuilt from the effect log. Instants are ISO strings in UTC;
 * business dates are Asia/Shanghai 'YYYY-MM-DD'.
 */

import type { DELIVERY_CHANNELS, InstanceStatus, TaskStatus } from './vocabulary.js';

export {
  DELIVERY_CHANNELS,
  INSTANCE_STATUSES,
  type InstanceStatus,
  TASK_STATUSES,
  type TaskStatus,
} from './vocabulary.js';

export const TERMINAL_STATUSES: ReadonlySet<InstanceStatus> = new Set([
  'refused',
  'completed',
  'withdrawn',
  'revoked',
]);
/** Waiting for an intake decision. */
export const INTAKE_STATUSES: ReadonlySet<InstanceStatus> = new Set([
  'submitted',
  'pre_review',
  'resubmitted',
]);

export type Outcome = 'approved' | 'denied';

export function isActive(task: Task): boolean {
  return task.status === 'open' || task.status === 'claimed';
}

/** 'system' acts for the law itself (e.g. acceptance deemed by 行政许可法 Art. 32); no account holds it. */
export type ActorRole = Role | 'system';

export interface Actor {
  id: string;
  roles: readonly ActorRole[];
  departmentCode: string | null;
}

export const SYSTEM_ACTOR: Actor = { id: 'system', roles: ['system'], departmentCode: null };

export interface TaskResult {
  action: TaskCommand['type'];
  /** The choice made, e.g. 'approve' for decide, 'agree' for review; null when the action has none. */
  outcome: string | null;
  opinion: string | null;
}

export interface Task {
  id: string;
  stepId: string;
  kind: StepKind;
  /** On a co-signer's task: the task that asked for the countersignature. */
  countersignFor: string | null;
  /** On a task made by a transfer: the task it replaces. */
  transferredFrom: string | null;
  assignment: Assignment;
  /** The claimant, or the person a transfer or countersignature named (the task still open). */
  assigneeId: string | null;
  status: TaskStatus;
  revision: number;
  budgetDays: number;
  /** When the step's budget began: a transfer keeps it, so passing a task on never resets its clock. */
  stepOpenedAt: string;
  openedAt: string;
  closedAt: string | null;
  result: TaskResult | null;
}

export type AcceptanceMode = 'standard' | 'shortfall' | 'commitment' | 'deemed';

export interface CorrectionItem {
  material: string | null;
  problem: string;
}

/** 容缺受理: non-key materials promised by a date; the decision waits for them. */
export interface Shortfall {
  missing: string[];
  dueOn: string;
  commitmentRef: string;
  suppliedAt: string | null;
}

export interface Intake {
  /** Business date of the latest (re)submission: Art. 32's five working days count from it. */
  receivedOn: string | null;
  acceptance: AcceptanceMode | null;
  correction: { items: CorrectionItem[]; requestedAt: string } | null;
  refusalReason: string | null;
  shortfall: Shortfall | null;
  /** 告知承诺: the signed commitment, and the later verification's finding. */
  commitment: { commitmentRef: string; truthful: boolean | null } | null;
}

export interface SupervisionOrder {
  id: string;
  department: string;
  text: string;
  dueOn: string;
  issuedBy: string;
  issuedAt: string;
  answer: { text: string; by: string; at: string } | null;
}

export interface Delivery {
  channel: (typeof DELIVERY_CHANNELS)[number];
  trackingNo: string | null;
  /** 通办: where the applicant chose to collect it (window delivery), wherever the case was decided. */
  place?: string | null;
  by: string;
  at: string;
}

export interface InstanceState {
  /** The application's id: one workflow instance per application. */
  id: string;
  /** The stored definition (one per matter version) this instance runs. */
  definitionId: string;
  status: InstanceStatus;
  outcome: Outcome | null;
  revision: number;
  applicant: { accountId: string; onCreditBlacklist: boolean };
  flow: FlowPosition;
  /** Every task ever made, in creation order: tasks end in a status, they are never removed. */
  tasks: Task[];
  intake: Intake;
  /** The matter version's limits, fixed at creation: the clock starts with them, steps take shares of them. */
  limits: ClockLimits;
  /**
   * The statutory clock (../clock): null until acceptance, then its ledger of suspensions
   * and extensions, ended by a stop at the decision. Due dates are derived, never stored.
   */
  clock: StatutoryClock | null;
  supervisionOrders: SupervisionOrder[];
  delivery: Delivery | null;
  createdAt: string;
  updatedAt: string;
}
