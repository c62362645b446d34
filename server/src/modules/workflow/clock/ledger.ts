import { isIsoDate } from '../../../platform/calendar/index.js';
import { ProblemError } from '../../../platform/errors/index.js';
import {
  type ClockEntry,
  type ClockLimits,
  MAX_APPROVER_LENGTH,
  MAX_LIMIT_DAYS,
  MAX_TEXT_LENGTH,
  type StatutoryClock,
  type StopEntry,
  SUSPENSION_REASONS,
  type SuspendEntry,
} from './model.js';

// Writing the ledger. Every function here is pure and calendar-free: whether an entry
// may be recorded depends only on the ledger so far, never on the calendar, so a later
// calendar correction can move deadlines but can never make a stored ledger invalid.

export type ClockProblemCode =
  | 'clock.invalid_date'
  | 'clock.invalid_limit'
  | 'clock.promised_exceeds_legal'
  | 'clock.invalid_entry'
  | 'clock.entry_before_start'
  | 'clock.entry_out_of_order'
  | 'clock.already_suspended'
  | 'clock.not_suspended'
  | 'clock.stopped'
  | 'clock.invalid_reason'
  | 'clock.text_required'
  | 'clock.text_too_long'
  | 'clock.invalid_extension'
  | 'clock.approver_required';

/** A refused clock or entry: `code` is the i18n key, `field` the offending property. */
export interface ClockProblem {
  code: ClockProblemCode;
  field: string;
  params: Record<string, string | number>;
}

export type ClockResult = { ok: true; clock: StatutoryClock } | { ok: false; problem: ClockProblem };

/** The ledger refused an entry because of what is already in it (HTTP 409); otherwise 422. */
const CONFLICTS: ReadonlySet<ClockProblemCode> = new Set([
  'clock.entry_before_start',
  'clock.entry_out_of_order',
  'clock.already_suspended',
  'clock.not_suspended',
  'clock.stopped',
]);

/** The problem as an RFC 9457 error for the HTTP layer. */
export class ClockProblemError extends ProblemError {
  constructor(readonly problem: ClockProblem) {
    super(CONFLICTS.has(problem.code) ? 409 : 422, problem.code, {
      params: problem.params,
      fields: [{ field: problem.field, code: problem.code, params: problem.params }],
    });
  }
}

const refuse = (
  code: ClockProblemCode,
  field: string,
  params: Record<string, string | number> = {},
): { ok: false; problem: ClockProblem } => ({ ok: false, problem: { code, field, params } });

const isWholeIn = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max;

export interface ClockStart extends ClockLimits {
  startDate: string;
}

/** What is wrong with a budget, or null: whole days from 0 to 365, promised ≤ legal. */
export function limitsProblem(limits: ClockLimits): ClockProblem | null {
  for (const field of ['legalLimitDays', 'promisedLimitDays'] as const)
    if (!isWholeIn(limits[field], 0, MAX_LIMIT_DAYS))
      return refuse('clock.invalid_limit', field, { max: MAX_LIMIT_DAYS }).problem;
  if (limits.promisedLimitDays > limits.legalLimitDays)
    return refuse('clock.promised_exceeds_legal', 'promisedLimitDays', {
      promised: limits.promisedLimitDays,
      legal: limits.legalLimitDays,
    }).problem;
  return null;
}

/** A clock with an empty ledger, started on the acceptance date. */
export function createClock(start: ClockStart): ClockResult {
  if (typeof start.startDate !== 'string' || !isIsoDate(start.startDate))
    return refuse('clock.invalid_date', 'startDate');
  const problem = limitsProblem(start);
  if (problem) return { ok: false, problem };
  return {
    ok: true,
    clock: {
      startDate: start.startDate,
      legalLimitDays: start.legalLimitDays,
      promisedLimitDays: start.promisedLimitDays,
      entries: [],
    },
  };
}

/** Like createClock, throwing the problem as a ClockProblemError (for services). */
export function startClock(start: ClockStart): StatutoryClock {
  const result = createClock(start);
  if (!result.ok) throw new ClockProblemError(result.problem);
  return result.clock;
}

/** The stop that ended the clock (always the last entry), if any. */
export function stopOf(clock: Pick<StatutoryClock, 'entries'>): StopEntry | null {
  const last = clock.entries.at(-1);
  return last?.type === 'stop' ? last : null;
}

/** The suspension still running at the end of the ledger, if any. */
export function openSuspensionOf(clock: Pick<StatutoryClock, 'entries'>): SuspendEntry | null {
  for (let i = clock.entries.length - 1; i >= 0; i--) {
    const entry = clock.entries[i]!;
    if (entry.type === 'suspend') return entry;
    if (entry.type === 'resume') return null;
  }
  return null;
}

/** Trimmed required text, or the problem with it. */
function requiredText(value: unknown, field: string, max: number): string | ClockProblem {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text === '') return { code: 'clock.text_required', field, params: {} };
  if (text.length > max) return { code: 'clock.text_too_long', field, params: { max } };
  return text;
}

/**
 * Records one entry, or says why not. Refused: anything once the clock has stopped, a
 * malformed date or one before the start date or before the previous entry (dates never
 * decrease; entries of one day keep their order), a second suspension while one is open,
 * a resume without an open suspension, a stop while suspended, an extension that is not a
 * whole number of 1–365 working days or lacks its approver, a suspension without a known
 * reason kind and an explanation. Texts are stored trimmed.
 * The clock given is not changed; the answer carries a new one.
 */
export function applyEntry(clock: StatutoryClock, entry: ClockEntry): ClockResult {
  const type = (entry as { type?: unknown } | null)?.type;
  if (type !== 'suspend' && type !== 'resume' && type !== 'extend' && type !== 'stop')
    return refuse('clock.invalid_entry', 'type');
  if (typeof entry.date !== 'string' || !isIsoDate(entry.date)) return refuse('clock.invalid_date', 'date');
  const stop = stopOf(clock);
  if (stop) return refuse('clock.stopped', 'type', { since: stop.date });
  if (entry.date < clock.startDate)
    return refuse('clock.entry_before_start', 'date', { date: entry.date, start: clock.startDate });
  const previous = clock.entries.at(-1);
  if (previous && entry.date < previous.date)
    return refuse('clock.entry_out_of_order', 'date', { date: entry.date, previous: previous.date });

  let recorded: ClockEntry;
  switch (entry.type) {
    case 'suspend': {
      const open = openSuspensionOf(clock);
      if (open) return refuse('clock.already_suspended', 'type', { since: open.date });
      if (!(SUSPENSION_REASONS as readonly unknown[]).includes(entry.reason))
        return refuse('clock.invalid_reason', 'reason');
      const text = requiredText(entry.text, 'text', MAX_TEXT_LENGTH);
      if (typeof text !== 'string') return { ok: false, problem: text };
      recorded = { type: 'suspend', date: entry.date, reason: entry.reason, text };
      break;
    }
    case 'resume': {
      if (!openSuspensionOf(clock)) return refuse('clock.not_suspended', 'type');
      recorded = { type: 'resume', date: entry.date };
      if (entry.note !== undefined) {
        if (typeof entry.note !== 'string') return refuse('clock.text_required', 'note');
        const note = entry.note.trim();
        if (note.length > MAX_TEXT_LENGTH)
          return refuse('clock.text_too_long', 'note', { max: MAX_TEXT_LENGTH });
        if (note !== '') recorded.note = note;
      }
      break;
    }
    case 'extend': {
      if (!isWholeIn(entry.workingDays, 1, MAX_LIMIT_DAYS))
        return refuse('clock.invalid_extension', 'workingDays', { max: MAX_LIMIT_DAYS });
      const approvedBy = requiredText(entry.approvedBy, 'approvedBy', MAX_APPROVER_LENGTH);
      if (typeof approvedBy !== 'string') {
        const code = approvedBy.code === 'clock.text_required' ? 'clock.approver_required' : approvedBy.code;
        return { ok: false, problem: { ...approvedBy, code } };
      }
      const reason = requiredText(entry.reason, 'reason', MAX_TEXT_LENGTH);
      if (typeof reason !== 'string') return { ok: false, problem: reason };
      recorded = { type: 'extend', date: entry.date, workingDays: entry.workingDays, approvedBy, reason };
      break;
    }
    case 'stop': {
      const open = openSuspensionOf(clock);
      if (open) return refuse('clock.already_suspended', 'type', { since: open.date });
      recorded = { type: 'stop', date: entry.date };
      break;
    }
  }
  return { ok: true, clock: { ...clock, entries: [...clock.entries, recorded] } };
}

/** Like applyEntry, throwing the problem as a ClockProblemError (for services). */
export function recordEntry(clock: StatutoryClock, entry: ClockEntry): StatutoryClock {
  const result = applyEntry(clock, entry);
  if (!result.ok) throw new ClockProblemError(result.problem);
  return result.clock;
}

/**
 * Re-validates a stored clock by starting it afresh and applying its entries in order:
 * the same rules as when they were recorded. `index` names the first refused entry.
 */
export function replayClock(
  clock: StatutoryClock,
): { ok: true; clock: StatutoryClock } | { ok: false; problem: ClockProblem; index: number | null } {
  const started = createClock(clock);
  if (!started.ok) return { ...started, index: null };
  let current = started.clock;
  for (const [index, entry] of clock.entries.entries()) {
    const next = applyEntry(current, entry);
    if (!next.ok) return { ...next, index };
    current = next.clock;
  }
  return { ok: true, clock: current };
}

/**
 * The clock of one part of the case (a step, a task): its own start and limits, held up by
 * the case's suspensions as far as they fall after its start. A suspension running on that
 * day is carried as one begun that day; one over by then is left out. The case's
 * extensions and its stop are not carried: a part keeps its own budget and runs until the
 * part is done. `clock` is null when the case's clock has not started (no suspensions yet).
 */
export function partClock(clock: StatutoryClock | null, start: ClockStart): StatutoryClock {
  const part = startClock(start);
  const entries: ClockEntry[] = [];
  let running: SuspendEntry | null = null;
  for (const entry of clock?.entries ?? []) {
    if (entry.type !== 'suspend' && entry.type !== 'resume') continue;
    if (entry.date <= part.startDate) {
      running = entry.type === 'suspend' ? entry : null;
      continue;
    }
    if (running) entries.push({ ...running, date: part.startDate });
    running = null;
    entries.push(entry);
  }
  if (running) entries.push({ ...running, date: part.startDate });
  return { ...part, entries };
}
