import type { InstanceStatus, Outcome, TaskStatus } from './engine/index.js';

/** How an application reached us: online (网上预审 first) or at a window (受理 there). */
export const CASE_CHANNELS = ['online', 'window'] as const;
export type CaseChannel = (typeof CASE_CHANNELS)[number];

/** Immutable: one per matter version and channel; instances point at it. */
export interface WorkflowDefinitionTable {
  id: string;
  matterVersionId: string;
  channel: CaseChannel;
  definition: string;
  createdAt: string;
}

/**
 * One case per application. `state` is the engine's InstanceState without its tasks and
 * supervision orders (those are rows); the other columns are what lists filter and sort
 * on, rewritten with every action. Due dates are projections of the clock (the clock in
 * `state` is the truth) kept for sorting, refreshed when a calendar year changes.
 */
export interface WorkflowInstanceTable {
  id: string;
  definitionId: string;
  channel: CaseChannel;
  applicationNo: string;
  matterCode: string;
  matterName: string;
  /** The deciding department's code: who answers for the case. */
  departmentCode: string;
  applicantAccountId: string;
  status: InstanceStatus;
  outcome: Outcome | null;
  revision: number;
  state: string;
  /** Art. 32: the last day for an intake decision while one is awaited. */
  intakeDueOn: string | null;
  promisedDueOn: string | null;
  legalDueOn: string | null;
  /** From this day the case is yellow (due soon); red after promisedDueOn. */
  warnFrom: string | null;
  /** 1 while the clock is suspended (its stored due dates then move daily: lists leave it out of red/yellow). */
  suspended: number;
  createdAt: string;
  updatedAt: string;
}

export interface WorkflowTaskTable {
  id: string;
  instanceId: string;
  stepId: string;
  kind: string;
  countersignFor: string | null;
  transferredFrom: string | null;
  department: string;
  role: string;
  assigneeId: string | null;
  status: TaskStatus;
  revision: number;
  budgetDays: number;
  stepOpenedAt: string;
  openedAt: string;
  closedAt: string | null;
  result: string | null;
  dueOn: string;
}

/** The action log: the timeline, and the optimistic lock's backstop (one row per revision). */
export interface WorkflowActionTable {
  id: string;
  instanceId: string;
  revision: number;
  type: string;
  actorId: string;
  taskId: string | null;
  at: string;
  payload: string;
}

export interface WorkflowSupervisionOrderTable {
  id: string;
  instanceId: string;
  department: string;
  text: string;
  dueOn: string;
  issuedBy: string;
  issuedAt: string;
  answerText: string | null;
  answeredBy: string | null;
  answeredAt: string | null;
}

/**
 * One row per change to a work list (see `store/list-changes.ts`): a list's revision is the sum
 * of its key's weights, which compaction folds into fewer rows without changing the sum.
 */
export interface WorkflowListChangeTable {
  id: string;
  key: string;
  weight: number;
}

export interface WorkflowTables {
  workflowDefinitions: WorkflowDefinitionTable;
  workflowInstances: WorkflowInstanceTable;
  workflowTasks: WorkflowTaskTable;
  workflowActions: WorkflowActionTable;
  workflowSupervisionOrders: WorkflowSupervisionOrderTable;
  workflowListChanges: WorkflowListChangeTable;
}
