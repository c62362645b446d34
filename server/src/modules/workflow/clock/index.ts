// The statutory clock (限时办结): a budget of working days plus a ledger of suspensions,
// extensions and the final stop; deadlines are always projected from it with the calendar
// of the moment.
export {
  applyEntry,
  type ClockProblem,
  type ClockProblemCode,
  ClockProblemError,
  type ClockResult,
  type ClockStart,
  createClock,
  limitsProblem,
  openSuspensionOf,
  partClock,
  recordEntry,
  replayClock,
  startClock,
  stopOf,
} from './ledger.js';
export { clockMessages, SUSPENSION_REASON_LABELS, WARNING_LABELS } from './messages.js';
export {
  type ClockEntry,
  type ClockLimits,
  type ExtendEntry,
  MAX_APPROVER_LENGTH,
  MAX_LIMIT_DAYS,
  MAX_TEXT_LENGTH,
  type ResumeEntry,
  type StatutoryClock,
  type StopEntry,
  SUSPENSION_REASONS,
  type SuspendEntry,
  type SuspensionReason,
  WARNING_SEVERITY,
  type WarningLevel,
} from './model.js';
export { type ClockProjection, type LimitProjection, projectClock, warningFor } from './projection.js';
export { clockEntrySchema, restoreClock, statutoryClockSchema } from './schemas.js';
