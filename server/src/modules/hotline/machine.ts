import {
  type CommandType,
  endOfBusinessDay,
  type FollowUpResult,
  type HotlineSettings,
  isTerminal,
  type RedirectTarget,
  type TicketStatus,
  type TicketType,
  type Urgency,
} from './model.js';

// The work order's life as a pure function: (state, command, actor, clock) → new state and
// the one timeline event it leaves, or a refusal that changes nothing. The service stores
// what this decides; the property tests drive it with random commands.

/** What the machine needs of the working-day calendar. */
export interface DayCounter {
  addWorkingDays(start: string, n: number): string;
}

export interface Clock {
  /** The instant of the action (UTC ISO). */
  at: string;
  /** Its business date in Asia/Shanghai. */
  today: string;
  calendar: DayCounter;
  settings: HotlineSettings;
}

/** Who acts: the dispatch centre, a supervisor, and/or staff of one unit (department). */
export interface Actor {
  centre: boolean;
  supervisor: boolean;
  unitId: string | null;
}

export interface PendingExtension {
  workingDays: number;
  reason: string;
  requestedAt: string;
}

export interface TicketState {
  status: TicketStatus;
  type: TicketType;
  urgency: Urgency;
  revision: number;
  /** The lead unit (承办单位); kept while a returned order waits for arbitration. */
  leadUnitId: string | null;
  assistingUnitIds: string[];
  /** When the centre must have dispatched (again, after a return). */
  dispatchDueAt: string | null;
  dispatchedAt: string | null;
  dispatchedOn: string | null;
  /** When the lead unit must have signed for it. */
  signDueAt: string | null;
  signedAt: string | null;
  /** Last business date on which the unit may return it. */
  returnUntil: string | null;
  /** The dispatcher insisted after a return: the unit cannot return it again. */
  returnRefused: boolean;
  handlingDueOn: string | null;
  extension: PendingExtension | null;
  extendedDays: number;
  returnCount: number;
  reopenCount: number;
  supervisionCount: number;
  repliedAt: string | null;
  closedAt: string | null;
  closedOn: string | null;
  satisfaction: FollowUpResult | null;
  mergedIntoId: string | null;
  redirectTarget: RedirectTarget | null;
}

export type Command =
  | { type: 'dispatch'; leadUnitId: string; assistingUnitIds: string[]; note?: string | undefined }
  | { type: 'sign' }
  | { type: 'return'; reason: string }
  | { type: 'reassign'; leadUnitId: string; assistingUnitIds: string[]; note?: string | undefined }
  | { type: 'insist'; note: string }
  | { type: 'requestExtension'; workingDays: number; reason: string }
  | { type: 'decideExtension'; approve: boolean; note?: string | undefined }
  | { type: 'reply'; content: string; resolved: boolean }
  | { type: 'followUp'; result: FollowUpResult; note?: string | undefined }
  | { type: 'supervise'; note: string }
  | { type: 'merge'; intoTicketId: string }
  | { type: 'assistNote'; text: string };

/** What a refused command answers: an HTTP status and an i18n code; nothing changed. */
export class TicketCommandError extends Error {
  constructor(
    readonly status: 403 | 409 | 422,
    readonly code: string,
    readonly params: Record<string, unknown> = {},
  ) {
    super(code);
  }
}

export interface Transition {
  state: TicketState;
  /** The timeline entry: its kind is the command's type (or the intake's disposition). */
  event: { kind: string; unitId: string | null; fromStatus: TicketStatus | null };
}

type Who = 'centre' | 'supervision' | 'lead' | 'assisting';

interface Rule {
  from: readonly TicketStatus[];
  who: Who;
}

// Who may send what, from which statuses. Everything else about a command (its window,
// its payload) is checked in `execute`.
const RULES: Record<CommandType, Rule> = {
  dispatch: { from: ['pending_dispatch'], who: 'centre' },
  sign: { from: ['dispatched'], who: 'lead' },
  return: { from: ['dispatched', 'in_progress'], who: 'lead' },
  reassign: { from: ['returned'], who: 'centre' },
  insist: { from: ['returned'], who: 'centre' },
  requestExtension: { from: ['in_progress'], who: 'lead' },
  decideExtension: { from: ['in_progress'], who: 'centre' },
  reply: { from: ['in_progress'], who: 'lead' },
  followUp: { from: ['replied'], who: 'centre' },
  supervise: { from: ['dispatched', 'in_progress'], who: 'supervision' },
  merge: { from: ['pending_dispatch', 'dispatched', 'returned'], who: 'centre' },
  assistNote: { from: ['dispatched', 'in_progress'], who: 'assisting' },
};

function allowed(state: TicketState, actor: Actor, who: Who): boolean {
  switch (who) {
    case 'centre':
      return actor.centre;
    case 'supervision':
      return actor.centre || actor.supervisor;
    case 'lead':
      return actor.unitId !== null && actor.unitId === state.leadUnitId;
    case 'assisting':
      return actor.unitId !== null && state.assistingUnitIds.includes(actor.unitId);
  }
}

/** Late: not signed for by its time, or past the handling deadline. */
export function isLate(state: TicketState, at: string, today: string): boolean {
  if (state.status === 'dispatched' && state.signDueAt !== null && at > state.signDueAt) return true;
  return (
    (state.status === 'dispatched' || state.status === 'in_progress') &&
    state.handlingDueOn !== null &&
    state.handlingDueOn < today
  );
}

/** Why this actor cannot send this command now, or null when it may (its payload aside). */
function refusal(
  state: TicketState,
  actor: Actor,
  type: CommandType,
  clock: Clock,
): TicketCommandError | null {
  const rule = RULES[type];
  if (!allowed(state, actor, rule.who)) return new TicketCommandError(403, 'error.forbidden');
  if (!rule.from.includes(state.status))
    return new TicketCommandError(409, 'hotline.action_unavailable', { action: type, status: state.status });
  switch (type) {
    case 'return':
      if (state.returnRefused) return new TicketCommandError(409, 'hotline.return_refused');
      if (state.returnUntil !== null && clock.today > state.returnUntil)
        return new TicketCommandError(409, 'hotline.return_window_passed', { until: state.returnUntil });
      return null;
    case 'requestExtension':
      if (state.extension) return new TicketCommandError(409, 'hotline.extension_pending');
      if (state.extendedDays >= clock.settings.maxExtensionDays)
        return new TicketCommandError(409, 'hotline.extension_exhausted', {
          max: clock.settings.maxExtensionDays,
        });
      return null;
    case 'decideExtension':
      return state.extension ? null : new TicketCommandError(409, 'hotline.no_extension_pending');
    case 'supervise':
      return isLate(state, clock.at, clock.today) ? null : new TicketCommandError(409, 'hotline.not_late');
    default:
      return null;
  }
}

/** The commands this actor could send now: what the detail view offers. */
export function availableCommands(state: TicketState, actor: Actor, clock: Clock): CommandType[] {
  return (Object.keys(RULES) as CommandType[]).filter((type) => refusal(state, actor, type, clock) === null);
}

/** Deadlines of a (re)dispatch: sign-for and return window, and the handling limit unless kept. */
function dispatchClock(state: TicketState, clock: Clock) {
  const { at, today, calendar, settings } = clock;
  return {
    status: 'dispatched' as const,
    dispatchedAt: at,
    dispatchedOn: today,
    signDueAt: signDueAt(state.urgency, clock),
    signedAt: null,
    returnUntil: calendar.addWorkingDays(today, settings.returnWorkingDays),
    handlingDueOn: calendar.addWorkingDays(today, settings.handlingDays[state.type]),
    dispatchDueAt: null,
  };
}

/** Urgent: hours from now; otherwise the end of the n-th working day. Used for dispatch and sign-for. */
export function signDueAt(urgency: Urgency, { at, today, calendar, settings }: Clock): string {
  return urgency === 'urgent'
    ? new Date(Date.parse(at) + settings.urgentDispatchHours * 3_600_000).toISOString()
    : endOfBusinessDay(calendar.addWorkingDays(today, settings.dispatchWorkingDays));
}

const units = (lead: string, assisting: string[]) => ({
  leadUnitId: lead,
  assistingUnitIds: [...new Set(assisting)].filter((u) => u !== lead).sort(),
});

export function execute(state: TicketState, command: Command, actor: Actor, clock: Clock): Transition {
  const refused = refusal(state, actor, command.type, clock);
  if (refused) throw refused;
  const { at, today, calendar, settings } = clock;
  let next: TicketState;
  switch (command.type) {
    case 'dispatch':
    case 'reassign':
      // Reassigning after a return goes to another unit; keeping this one is `insist`.
      if (command.type === 'reassign' && command.leadUnitId === state.leadUnitId)
        throw new TicketCommandError(422, 'hotline.reassign_same_unit');
      next = {
        ...state,
        ...dispatchClock(state, clock),
        ...units(command.leadUnitId, command.assistingUnitIds),
        returnRefused: false,
      };
      break;
    case 'sign':
      next = { ...state, status: 'in_progress', signedAt: at };
      break;
    case 'return':
      next = {
        ...state,
        status: 'returned',
        returnCount: state.returnCount + 1,
        dispatchDueAt: signDueAt(state.urgency, clock),
        extension: null,
      };
      break;
    case 'insist':
      // The return was unfounded: the unit keeps the handling deadline it had.
      next = {
        ...state,
        status: 'dispatched',
        signDueAt: signDueAt(state.urgency, clock),
        signedAt: null,
        dispatchDueAt: null,
        returnRefused: true,
      };
      break;
    case 'requestExtension': {
      const left = settings.maxExtensionDays - state.extendedDays;
      if (command.workingDays > left)
        throw new TicketCommandError(422, 'hotline.extension_too_long', { max: left });
      next = {
        ...state,
        extension: { workingDays: command.workingDays, reason: command.reason, requestedAt: at },
      };
      break;
    }
    case 'decideExtension': {
      const days = state.extension!.workingDays;
      next = command.approve
        ? {
            ...state,
            extension: null,
            extendedDays: state.extendedDays + days,
            handlingDueOn: calendar.addWorkingDays(state.handlingDueOn ?? today, days),
          }
        : { ...state, extension: null };
      break;
    }
    case 'reply':
      next = { ...state, status: 'replied', repliedAt: at, extension: null };
      break;
    case 'followUp': {
      const reopens = command.result === 'dissatisfied' && state.reopenCount < settings.maxReopens;
      next = reopens
        ? {
            ...state,
            status: 'in_progress',
            reopenCount: state.reopenCount + 1,
            repliedAt: null,
            satisfaction: command.result,
            handlingDueOn: calendar.addWorkingDays(today, settings.handlingDays[state.type]),
          }
        : { ...state, status: 'closed', closedAt: at, closedOn: today, satisfaction: command.result };
      break;
    }
    case 'supervise':
      next = { ...state, supervisionCount: state.supervisionCount + 1 };
      break;
    case 'merge':
      next = {
        ...state,
        status: 'merged',
        mergedIntoId: command.intoTicketId,
        closedAt: at,
        closedOn: today,
      };
      break;
    case 'assistNote':
      next = { ...state };
      break;
  }
  next.revision = state.revision + 1;
  const unitId =
    command.type === 'dispatch' || command.type === 'reassign'
      ? command.leadUnitId
      : RULES[command.type].who === 'lead' || RULES[command.type].who === 'assisting'
        ? actor.unitId
        : state.leadUnitId;
  return { state: next, event: { kind: command.type, unitId, fromStatus: state.status } };
}

export type Disposition =
  | { kind: 'dispatch' }
  | { kind: 'direct_answer' }
  | { kind: 'redirect'; target: RedirectTarget };

/** A new order: waiting for dispatch, or finished at intake (answered on the spot, or redirected). */
export function createTicket(
  input: { type: TicketType; urgency: Urgency; disposition: Disposition },
  clock: Clock,
): Transition {
  const { at, today } = clock;
  const base: TicketState = {
    status: 'pending_dispatch',
    type: input.type,
    urgency: input.urgency,
    revision: 1,
    leadUnitId: null,
    assistingUnitIds: [],
    dispatchDueAt: null,
    dispatchedAt: null,
    dispatchedOn: null,
    signDueAt: null,
    signedAt: null,
    returnUntil: null,
    returnRefused: false,
    handlingDueOn: null,
    extension: null,
    extendedDays: 0,
    returnCount: 0,
    reopenCount: 0,
    supervisionCount: 0,
    repliedAt: null,
    closedAt: null,
    closedOn: null,
    satisfaction: null,
    mergedIntoId: null,
    redirectTarget: null,
  };
  const d = input.disposition;
  if (d.kind === 'direct_answer' && input.type !== 'consultation')
    throw new TicketCommandError(422, 'hotline.direct_answer_consultation_only');
  const state: TicketState =
    d.kind === 'dispatch'
      ? { ...base, dispatchDueAt: signDueAt(input.urgency, clock) }
      : {
          ...base,
          status: d.kind === 'direct_answer' ? 'direct_answered' : 'redirected',
          redirectTarget: d.kind === 'redirect' ? d.target : null,
          closedAt: at,
          closedOn: today,
        };
  return {
    state,
    event: { kind: d.kind === 'dispatch' ? 'intake' : d.kind, unitId: null, fromStatus: null },
  };
}

/** Sanity rules every stored state keeps (the property tests check them after every step). */
export function invariantProblems(s: TicketState, settings: HotlineSettings): string[] {
  const problems: string[] = [];
  const withUnit: TicketStatus[] = ['dispatched', 'returned', 'in_progress', 'replied'];
  if (withUnit.includes(s.status) && !s.leadUnitId) problems.push('a dispatched order has no lead unit');
  if (s.status === 'pending_dispatch' && (s.leadUnitId || s.dispatchDueAt === null))
    problems.push('an order waiting for dispatch has a unit or no dispatch deadline');
  if (s.leadUnitId && s.assistingUnitIds.includes(s.leadUnitId)) problems.push('the lead unit also assists');
  if (withUnit.includes(s.status) && (!s.handlingDueOn || !s.dispatchedOn))
    problems.push('a dispatched order has no handling deadline');
  if (s.handlingDueOn && s.dispatchedOn && s.handlingDueOn < s.dispatchedOn)
    problems.push('the handling deadline precedes the dispatch');
  if (s.extension && s.status !== 'in_progress') problems.push('an extension is pending outside handling');
  if (s.reopenCount > settings.maxReopens) problems.push('reopened more often than allowed');
  if (s.extendedDays > settings.maxExtensionDays) problems.push('extended beyond the maximum');
  if (isTerminal(s.status) !== (s.closedAt !== null)) problems.push('closedAt does not match a final status');
  if (s.status === 'closed' && !s.satisfaction) problems.push('closed without a follow-up result');
  if ((s.status === 'merged') !== (s.mergedIntoId !== null))
    problems.push('merge link does not match status');
  if ((s.status === 'redirected') !== (s.redirectTarget !== null))
    problems.push('redirect target does not match status');
  return problems;
}
