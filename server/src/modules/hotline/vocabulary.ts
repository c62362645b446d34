// The hotline's words, free of any import: the web app reads them from here, so the lists
// cannot drift apart. Labels live in messages.ts (server) and the web's i18n resources.

/** 工单类型: what the caller wants. */
export const TICKET_TYPES = ['consultation', 'help', 'complaint', 'report', 'suggestion', 'praise'] as const;
export type TicketType = (typeof TICKET_TYPES)[number];

/** 诉求分类: what the request is about; routing rules and dashboards key on it. */
export const SUBJECTS = [
  'noise',
  'property',
  'traffic',
  'city_appearance',
  'illegal_building',
  'environment',
  'market',
  'labour',
  'social_security',
  'medical_insurance',
  'health',
  'education',
  'water',
  'public_order',
  'civil_affairs',
  'housing',
  'public_trading',
  'government_service',
  'other',
] as const;
export type Subject = (typeof SUBJECTS)[number];

export const CHANNELS = ['phone', 'portal', 'open311'] as const;
export type Channel = (typeof CHANNELS)[number];

/** urgent: within an hour (burst main, fallen tree on a road); not a 110/119/120 emergency. */
export const URGENCIES = ['normal', 'urgent'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** Requests the hotline does not handle: recorded, and the caller told where to go. */
export const REDIRECT_TARGETS = ['court', 'petition', 'police_110', 'fire_119', 'ambulance_120'] as const;
export type RedirectTarget = (typeof REDIRECT_TARGETS)[number];

export const TICKET_STATUSES = [
  'pending_dispatch', // 待派单: with the dispatch centre
  'dispatched', // 已派单: waiting for the lead unit to sign for it
  'returned', // 退单: the unit sent it back; the dispatcher arbitrates
  'in_progress', // 办理中: signed for (or reopened)
  'replied', // 已答复: waiting for the follow-up call
  'closed', // 办结
  'direct_answered', // 直接答复: answered on the spot at intake
  'redirected', // 转介: out of scope (court, petition, 110/119/120)
  'merged', // 已合并: a duplicate, linked into another order
] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export const TERMINAL_STATUSES = [
  'closed',
  'direct_answered',
  'redirected',
  'merged',
] as const satisfies readonly TicketStatus[];

/** 回访 results; unreachable closes without a rating. */
export const FOLLOW_UP_RESULTS = ['satisfied', 'basically_satisfied', 'dissatisfied', 'unreachable'] as const;
export type FollowUpResult = (typeof FOLLOW_UP_RESULTS)[number];

export const COMMAND_TYPES = [
  'dispatch',
  'sign',
  'return',
  'reassign',
  'insist',
  'requestExtension',
  'decideExtension',
  'reply',
  'followUp',
  'supervise',
  'merge',
  'assistNote',
] as const;
export type CommandType = (typeof COMMAND_TYPES)[number];

/** What the operator does with a call: hand it on, answer it on the spot (直接答复), or redirect it (转介). */
export const DISPOSITIONS = ['dispatch', 'direct_answer', 'redirect'] as const;
export type DispositionKind = (typeof DISPOSITIONS)[number];

/** The kinds of a timeline step: the intake (`intake` when the call is handed on) or a command. */
export const STEP_KINDS = ['intake', 'direct_answer', 'redirect', ...COMMAND_TYPES] as const;

/** The Foshan districts an order can be in (GB/T 2260). */
export const DISTRICTS = ['440604', '440605', '440606', '440607', '440608'] as const;
export type District = (typeof DISTRICTS)[number];
