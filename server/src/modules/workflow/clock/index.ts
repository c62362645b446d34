// The statutory clock (限时办结): a budget of working days plus a ledger of suspensions
// and extensions; deadlines are always projected from it with the calendar of the moment.
export {
  applyEntry,
  type ClockProblem,
  type ClockProblemCode,
  ClockProblemError,
  type ClockResult,
  type ClockStart,
  createClock,
  openSuspensionOf,
  recordEntry,
  replayClock,
} from './ledger.js';
export { clockMessages, SUSPENSION_REASON_LABELS, WARNING_LABELS } from './messages.js';
export {
  type ClockEntry,
  type ExtendEntry,
  MAX_APPROVER_LENGTH,
  MAX_LIMIT_DAYS,
  MAX_TEXT_LENGTH,
  type ResumeEntry,
  type StatutoryClock,
  SUSPENSION_REASONS,
  type SuspendEntry,
  type SuspensionReason,
  WARNING_SEVERITY,
  type WarningLevel,
} from './model.js';
export { type ClockProjection, type LimitProjection, projectClock, warningFor } from './projection.js';
export { clockEntrySchema, restoreClock, statutoryClockSchema } from './schemas.js';
