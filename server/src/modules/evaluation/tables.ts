import type {
  BadRatingReason,
  CallBackMethod,
  Channel,
  Indicator,
  Level,
  RatingClass,
  RectificationStatus,
} from './model.js';

export interface EvaluationTable {
  id: string;
  applicationId: string;
  applicationNo: string;
  departmentId: string;
  matterCode: string;
  matterName: string;
  raterAccountId: string;
  /** Set when the rater acted for an organisation. */
  organizationId: string | null;
  /** 1 when a person account (trust level ≥ 2) rated: only their 差评 open a rectification. */
  realName: number;
  channel: Channel;
  level: Level;
  /** ratingClassOf(level), kept so dashboards count in SQL with the one rule. */
  rating: RatingClass;
  /** Free text from the applicant: it may carry personal data, so it is sealed (SM4). */
  commentEnc: string | null;
  /** 追评: one additional comment, sealed like the first. */
  followUpEnc: string | null;
  followUpAt: string | null;
  evaluatedAt: string;
  /** The Asia/Shanghai business date of evaluatedAt, for date-range statistics on both engines. */
  evaluatedOn: string;
}

export interface EvaluationScoreTable {
  evaluationId: string;
  indicator: Indicator;
  score: number;
}

export interface EvaluationReasonTable {
  evaluationId: string;
  reason: BadRatingReason;
}

export interface RectificationTable {
  id: string;
  evaluationId: string;
  applicationId: string;
  applicationNo: string;
  departmentId: string;
  matterName: string;
  /** The applicant who rated (a person): the one to call back. */
  applicantAccountId: string;
  level: Level;
  status: RectificationStatus;
  openedAt: string;
  /** Business date by which the rectification and call-back are due (working days). */
  deadline: string;
  measures: string | null;
  rectifiedAt: string | null;
  rectifiedBy: string | null;
  calledBackOn: string | null;
  callBackMethod: CallBackMethod | null;
  applicantSatisfied: number | null;
  callBackNoteEnc: string | null;
  calledBackAt: string | null;
  calledBackBy: string | null;
  closedAt: string | null;
  /** Business date of closing, compared with `deadline` for the on-time rate. */
  closedOn: string | null;
  closedBy: string | null;
  revision: number;
}

export interface EvaluationTables {
  evaluations: EvaluationTable;
  evaluationScores: EvaluationScoreTable;
  evaluationReasons: EvaluationReasonTable;
  rectifications: RectificationTable;
}
