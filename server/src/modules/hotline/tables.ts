import type { Generated } from 'kysely';
import type {
  Channel,
  FollowUpResult,
  RedirectTarget,
  Subject,
  TicketStatus,
  TicketType,
  Urgency,
} from './vocabulary.js';

export interface TicketTable {
  id: string;
  ticketNo: string;
  channel: Channel;
  type: TicketType;
  subject: Subject;
  urgency: Urgency;
  status: TicketStatus;
  /** Caller's number and name, sealed (SM4); the blind index finds the same caller again. */
  callerPhoneEnc: string | null;
  callerPhoneBidx: string | null;
  callerNameEnc: string | null;
  /** 1: confidential, the units never see who called. */
  anonymous: number;
  /** The person's account when made on the portal. */
  callerAccountId: string | null;
  address: string;
  districtCode: string | null;
  lng: number | null;
  lat: number | null;
  /** Free text often names people and numbers: sealed like the caller. */
  contentEnc: string;
  answerEnc: string | null;
  knowledgeId: string | null;
  redirectTarget: RedirectTarget | null;
  leadUnitId: string | null;
  /** JSON array of department ids; the rows of hotline_ticket_units say the same for queries. */
  assistingUnitIds: string;
  dispatchDueAt: string | null;
  dispatchedAt: string | null;
  dispatchedOn: string | null;
  signDueAt: string | null;
  signedAt: string | null;
  returnUntil: string | null;
  returnRefused: number;
  handlingDueOn: string | null;
  /** JSON of the pending extension request, or null. */
  extension: string | null;
  extendedDays: number;
  returnCount: number;
  reopenCount: number;
  supervisionCount: number;
  repliedAt: string | null;
  closedAt: string | null;
  closedOn: string | null;
  satisfaction: FollowUpResult | null;
  mergedIntoId: string | null;
  /** Open311's token for a request made through it. */
  open311Token: string | null;
  createdAt: string;
  createdOn: string;
  createdBy: string | null;
  updatedAt: string;
  /** Optimistic lock: every change moves it by one; a stale writer gets 409. */
  revision: number;
}

/** The units currently on an order: its lead and its assisting units (object-level access). */
export interface TicketUnitTable {
  ticketId: string;
  unitId: string;
  role: 'lead' | 'assisting';
}

export interface TicketEventTable {
  id: string;
  ticketId: string;
  /** The order's revision after this step: unique per order. */
  seq: number;
  at: string;
  actorId: string | null;
  actorLabel: string | null;
  kind: string;
  unitId: string | null;
  /** The order's lead unit after this step (the live board shows it as it was then). */
  leadUnitId: string | null;
  fromStatus: TicketStatus | null;
  toStatus: TicketStatus;
  /** The step's text (reply, reason, note), sealed. */
  textEnc: string | null;
  /** JSON: facts of the step that are not personal (result, days, units). */
  detail: string;
}

export interface RoutingRuleTable {
  id: string;
  /** '*' matches any. */
  subject: string;
  type: string;
  districtCode: string;
  leadUnitId: string;
  assistingUnitIds: string;
  updatedAt: string;
  updatedBy: string | null;
}

export interface SettingsTable {
  id: number;
  settings: string;
  revision: number;
  updatedAt: string | null;
  updatedBy: string | null;
}

export interface KnowledgeTable {
  id: string;
  title: string;
  subject: Subject | null;
  /** JSON array. */
  keywords: string;
  answer: string;
  /** Lower-cased title, keywords and answer: what a search looks in. */
  searchText: string;
  usedCount: number;
  updatedAt: string;
  updatedBy: string | null;
}

/** Dashboard counters: one row per day × type × subject × district × channel × metric. */
export interface CounterTable {
  day: string;
  metric: string;
  type: string;
  subject: string;
  /** '' when the district is unknown. */
  districtCode: string;
  channel: string;
  n: number;
}

export interface UnitCounterTable {
  day: string;
  unitId: string;
  metric: string;
  n: number;
}

/** Orders a unit holds now (dispatched or in handling), by handling deadline: overdue = due before today. */
export interface OpenOrderTable {
  unitId: string;
  dueOn: string;
  n: number;
}

export interface TicketSequenceTable {
  day: string;
  last: number;
}

export interface TicketIdempotencyTable {
  accountId: string;
  key: string;
  requestHash: string;
  ticketId: string;
  createdAt: string;
}

export interface Open311KeyTable {
  id: string;
  name: string;
  /** SM3 of the key: the key itself is shown once. */
  keyHash: string;
  prefix: string;
  active: number;
  createdAt: string;
  createdBy: string | null;
}

export interface HotlineTables {
  hotlineTickets: TicketTable;
  hotlineTicketUnits: TicketUnitTable;
  hotlineTicketEvents: TicketEventTable & {
    /** The change feed's position, set by the database (migration 1002): never written here. */
    tx: Generated<number>;
  };
  hotlineRoutingRules: RoutingRuleTable;
  hotlineSettings: SettingsTable;
  hotlineKnowledge: KnowledgeTable;
  hotlineCounters: CounterTable;
  hotlineUnitCounters: UnitCounterTable;
  hotlineOpenOrders: OpenOrderTable;
  hotlineTicketSequences: TicketSequenceTable;
  hotlineIdempotency: TicketIdempotencyTable;
  open311Keys: Open311KeyTable;
}
