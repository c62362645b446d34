// The statutory clock of one application (or one step of it): a start date, a budget in
// working days and an append-only ledger. Nothing here is a deadline: deadlines are
// derived by `projectClock` from this state and the working-day calendar of the moment,
// so an administrator's correction of a calendar year re-projects every open clock.
// The state is plain JSON (strings, numbers, arrays) so that it can be stored as is.

/** Why the clock stops (暂停计时 / 特别程序, 《行政许可法》第四十五条). */
export const SUSPENSION_REASONS = ['expert_review', 'hearing', 'testing', 'correction', 'other'] as const;
export type SuspensionReason = (typeof SUSPENSION_REASONS)[number];

/** The largest limit or single extension accepted, as in the catalogue's guide. */
export const MAX_LIMIT_DAYS = 365;
/** The longest free text kept in a ledger entry. */
export const MAX_TEXT_LENGTH = 500;
/** The longest approver identifier (a staff account id). */
export const MAX_APPROVER_LENGTH = 64;

/** The clock stops at the end of `date`: `date` itself still counts. */
export interface SuspendEntry {
  type: 'suspend';
  /** Business date, 'YYYY-MM-DD' in Asia/Shanghai. */
  date: string;
  reason: SuspensionReason;
  /** What is awaited, e.g. 「委托第三方检测，预计 15 个工作日」. */
  text: string;
}

/** The clock runs again after `date`: `date` itself is not counted. */
export interface ResumeEntry {
  type: 'resume';
  date: string;
  /** E.g. 「检测报告已送达」; optional. */
  note?: string;
}

/** 延期: the budget grows by `workingDays`, on the approval of `approvedBy`. */
export interface ExtendEntry {
  type: 'extend';
  date: string;
  workingDays: number;
  /** The approving head's staff account id. */
  approvedBy: string;
  reason: string;
}

/**
 * 停止计时: the decision is taken on `date`. The clock counts `date` itself and nothing
 * after it; always the last entry, and never while a suspension is open.
 */
export interface StopEntry {
  type: 'stop';
  date: string;
}

export type ClockEntry = SuspendEntry | ResumeEntry | ExtendEntry | StopEntry;

/** The budget of a clock, known before it starts (a matter version's limits). */
export interface ClockLimits {
  /** 法定时限, working days. */
  legalLimitDays: number;
  /** 承诺时限, working days; never more than the legal limit. */
  promisedLimitDays: number;
}

export interface StatutoryClock extends ClockLimits {
  /** The acceptance date (受理日), 'YYYY-MM-DD'; not counted itself. */
  startDate: string;
  /** In the order recorded; dates never decrease. */
  entries: readonly ClockEntry[];
}

export type WarningLevel = 'none' | 'yellow' | 'red';

export const WARNING_SEVERITY: Record<WarningLevel, number> = { none: 0, yellow: 1, red: 2 };
