// 12345 work orders as the centre and the units see them (server/src/modules/hotline/schemas.ts).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { query, request } from '../../api/client';
import type { Page } from '../../api/types';
import type {
  Channel,
  CommandType,
  District,
  FollowUpResult,
  RedirectTarget,
  Subject,
  TicketStatus,
  TicketType,
  Urgency,
} from '../../portal/hotline/api';

export interface UnitRef {
  id: string;
  name: string;
}

export interface MaskedCaller {
  name: string | null;
  phone: string | null;
  anonymous: boolean;
  registered: boolean;
}

export interface TicketItem {
  ticketNo: string;
  channel: Channel;
  type: TicketType;
  subject: Subject;
  urgency: Urgency;
  status: TicketStatus;
  districtCode: string | null;
  address: string;
  excerpt: string;
  caller: MaskedCaller;
  leadUnit: UnitRef | null;
  createdAt: string;
  dispatchDueAt: string | null;
  signDueAt: string | null;
  handlingDueOn: string | null;
  late: boolean;
  supervisionCount: number;
  returnCount: number;
  reopenCount: number;
  extensionPending: boolean;
  revision: number;
}

export interface TimelineEntry {
  seq: number;
  at: string;
  kind: string;
  actor: string | null;
  unit: UnitRef | null;
  text: string | null;
  detail: Record<string, unknown>;
}

export interface TicketDetail extends TicketItem {
  content: string;
  location: { address: string; districtCode: string | null; lng: number | null; lat: number | null };
  assistingUnits: UnitRef[];
  dispatchedAt: string | null;
  signedAt: string | null;
  returnUntil: string | null;
  returnRefused: boolean;
  repliedAt: string | null;
  closedAt: string | null;
  satisfaction: FollowUpResult | null;
  extension: { workingDays: number; reason: string; requestedAt: string } | null;
  extendedDays: number;
  mergedInto: string | null;
  mergedFrom: string[];
  redirect: { target: RedirectTarget; wording: string } | null;
  answer: string | null;
  timeline: TimelineEntry[];
  actions: CommandType[];
}

export type DuplicateReason = 'same_caller' | 'same_place' | 'same_address';

export interface Duplicate {
  ticketNo: string;
  status: TicketStatus;
  type: TicketType;
  subject: Subject;
  address: string;
  createdAt: string;
  reasons: DuplicateReason[];
  distanceMeters: number | null;
}

export interface DuplicateQuery {
  callerPhone?: string;
  subject: Subject;
  districtCode?: District;
  address?: string;
  lng?: number;
  lat?: number;
}

export type Disposition =
  | { kind: 'dispatch'; leadUnitId?: string; assistingUnitIds?: string[] }
  | { kind: 'direct_answer'; answer: string; knowledgeId?: string }
  | { kind: 'redirect'; target: RedirectTarget };

export interface IntakeBody {
  caller: { phone?: string; name?: string; anonymous: boolean };
  location: { address: string; districtCode: District; lng?: number; lat?: number };
  type: TicketType;
  subject: Subject;
  content: string;
  urgency: Urgency;
  disposition: Disposition;
}

export interface KnowledgeEntry {
  id: string;
  title: string;
  subject: Subject | null;
  keywords: string[];
  answer: string;
  usedCount: number;
  updatedAt: string;
}

export interface Unit {
  id: string;
  code: string;
  name: string;
  districtCode: string;
}

export interface RoutingSuggestion {
  leadUnit: UnitRef;
  assistingUnits: UnitRef[];
  ruleId: string | null;
  basis: 'rule' | 'district_default' | 'city_default';
}

export interface TicketFilter {
  status?: string;
  type?: string;
  subject?: string;
  districtCode?: string;
  late?: 'true';
  q?: string;
  page?: number;
  pageSize?: number;
}

/** A command as the server takes it: its type, the revision seen, and its own fields. */
export type CommandBody = { type: CommandType; expectedRevision: number } & Record<string, unknown>;

const ticketsKey = ['hotline', 'tickets'] as const;
export const ticketKey = (ticketNo: string) => [...ticketsKey, 'detail', ticketNo] as const;
const path = (ticketNo: string) => `/hotline/tickets/${encodeURIComponent(ticketNo)}`;

export function useTickets(filter: TicketFilter) {
  return useQuery({
    queryKey: [...ticketsKey, 'list', filter],
    queryFn: () => request<Page<TicketItem>>('GET', `/hotline/tickets${query({ ...filter })}`),
    placeholderData: keepPreviousData,
  });
}

export function useTicket(ticketNo: string) {
  return useQuery({
    queryKey: ticketKey(ticketNo),
    queryFn: () => request<TicketDetail>('GET', path(ticketNo)),
  });
}

/** The unmasked caller: every look is audited, so only on request. */
export function useRevealCaller(ticketNo: string) {
  return useMutation({
    mutationFn: () =>
      request<{ name: string | null; phone: string | null; anonymous: boolean }>(
        'GET',
        `${path(ticketNo)}/caller`,
      ),
  });
}

export function useRouting(ticketNo: string, enabled: boolean) {
  return useQuery({
    queryKey: [...ticketKey(ticketNo), 'routing'],
    queryFn: () => request<RoutingSuggestion>('GET', `${path(ticketNo)}/routing`),
    enabled,
  });
}

export function useUnits() {
  return useQuery({
    queryKey: ['hotline', 'units'],
    queryFn: () => request<{ items: Unit[] }>('GET', '/hotline/units').then((r) => r.items),
    staleTime: 10 * 60_000,
  });
}

export const sendCommand = (ticketNo: string, body: CommandBody) =>
  request<TicketDetail>('POST', `${path(ticketNo)}/commands`, body);

/** Every list shows the order as it is now once a command went through. */
export function useTicketCommand(ticketNo: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CommandBody) => sendCommand(ticketNo, body),
    onSuccess: (detail) => {
      client.setQueryData(ticketKey(ticketNo), detail);
      void client.invalidateQueries({ queryKey: [...ticketsKey, 'list'] });
    },
  });
}

export function useIntake() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, key }: { body: IntakeBody; key: string }) =>
      request<{ ticket: TicketDetail; duplicates: Duplicate[] }>('POST', '/hotline/tickets', body, {
        'Idempotency-Key': key,
      }),
    onSuccess: ({ ticket }) => {
      client.setQueryData(ticketKey(ticket.ticketNo), ticket);
      void client.invalidateQueries({ queryKey: [...ticketsKey, 'list'] });
    },
  });
}

export function useDuplicates(probe: DuplicateQuery | null) {
  return useQuery({
    queryKey: ['hotline', 'duplicates', probe],
    queryFn: () =>
      request<{ items: Duplicate[] }>('POST', '/hotline/tickets/duplicates', probe).then((r) => r.items),
    enabled: probe !== null,
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useKnowledge(q: string, subject: Subject | undefined) {
  return useQuery({
    queryKey: ['hotline', 'knowledge', q, subject],
    queryFn: () =>
      request<Page<KnowledgeEntry>>('GET', `/hotline/knowledge${query({ q, subject, pageSize: 5 })}`),
    placeholderData: keepPreviousData,
  });
}
