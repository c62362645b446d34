// 12345 (server/src/modules/hotline): the public taxonomy every hotline screen reads, and a
// person's own requests. The staff side is in workbench/hotline/api.ts.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  District,
  FollowUpResult,
  RedirectTarget,
  Subject,
  TicketStatus,
  TicketType,
} from '../../../../server/src/modules/hotline/vocabulary.js';
import { query, request } from '../../api/client';
import type { Page } from '../../api/types';
import { currentLanguage } from '../../i18n';

export type {
  Channel,
  CommandType,
  DispositionKind,
  District,
  FollowUpResult,
  RedirectTarget,
  Subject,
  TicketStatus,
  TicketType,
  Urgency,
} from '../../../../server/src/modules/hotline/vocabulary.js';
// The hotline's words are the server's own import-free vocabulary, so the lists cannot drift.
export {
  CHANNELS as hotlineChannels,
  DISTRICTS as hotlineDistricts,
  FOLLOW_UP_RESULTS as followUpResults,
  STEP_KINDS as stepKinds,
  SUBJECTS as hotlineSubjects,
  TERMINAL_STATUSES as terminalStatuses,
  TICKET_TYPES as ticketTypes,
} from '../../../../server/src/modules/hotline/vocabulary.js';

interface Named<C extends string = string> {
  code: C;
  name: string;
}

/** GET /hotline/taxonomy: every code with its name in the interface language. */
export interface Taxonomy {
  types: (Named<TicketType> & { handlingDays: number })[];
  subjects: Named<Subject>[];
  channels: Named[];
  urgencies: Named[];
  statuses: Named<TicketStatus>[];
  followUpResults: Named<FollowUpResult>[];
  redirectTargets: (Named<RedirectTarget> & { wording: string })[];
  districts: Named<District>[];
}

/** The names are the server's, in the language asked for: one cache entry per language. */
export function useTaxonomy() {
  const language = currentLanguage();
  return useQuery({
    queryKey: ['hotline', 'taxonomy', language],
    queryFn: () => request<Taxonomy>('GET', '/hotline/taxonomy'),
    staleTime: 10 * 60_000,
  });
}

/** A code's name from the taxonomy, or the code while it loads. */
export function useTaxonomyNames() {
  const taxonomy = useTaxonomy().data;
  const nameIn = (list: Named[] | undefined, code: string | null | undefined) =>
    code ? (list?.find((x) => x.code === code)?.name ?? code) : '—';
  return {
    taxonomy,
    type: (code: string) => nameIn(taxonomy?.types, code),
    subject: (code: string) => nameIn(taxonomy?.subjects, code),
    channel: (code: string) => nameIn(taxonomy?.channels, code),
    urgency: (code: string) => nameIn(taxonomy?.urgencies, code),
    status: (code: string) => nameIn(taxonomy?.statuses, code),
    followUp: (code: string | null) => nameIn(taxonomy?.followUpResults, code),
    redirect: (code: string | null) => nameIn(taxonomy?.redirectTargets, code),
    district: (code: string | null) => nameIn(taxonomy?.districts, code),
  };
}

/** Codes as the options of a Select, named by the taxonomy. */
export const codeOptions = (codes: readonly string[], name: (code: string) => string) =>
  codes.map((code) => ({ value: code, label: name(code) }));

export interface MyTicket {
  ticketNo: string;
  type: TicketType;
  subject: Subject;
  status: TicketStatus;
  address: string;
  excerpt: string;
  createdAt: string;
  leadUnit: string | null;
  closedAt: string | null;
}

export interface MyTicketDetail extends MyTicket {
  content: string;
  districtCode: string | null;
  anonymous: boolean;
  replies: { at: string; unit: string | null; content: string }[];
  satisfaction: FollowUpResult | null;
}

export interface MyTicketBody {
  location: { address: string; districtCode: District; lng?: number; lat?: number };
  type: TicketType;
  subject: Subject;
  content: string;
  anonymous: boolean;
}

const myKey = ['hotline', 'my'] as const;

export function useMyTickets(page: number) {
  return useQuery({
    queryKey: [...myKey, 'list', page],
    queryFn: () => request<Page<MyTicket>>('GET', `/hotline/my/tickets${query({ page, pageSize: 10 })}`),
  });
}

export function useMyTicket(ticketNo: string) {
  return useQuery({
    queryKey: [...myKey, ticketNo],
    queryFn: () => request<MyTicketDetail>('GET', `/hotline/my/tickets/${encodeURIComponent(ticketNo)}`),
  });
}

/** One Idempotency-Key per request being filed: a retry after a lost answer files it once. */
export function useFileTicket() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, key }: { body: MyTicketBody; key: string }) =>
      request<MyTicketDetail>('POST', '/hotline/my/tickets', body, { 'Idempotency-Key': key }),
    onSuccess: (created) => {
      client.setQueryData([...myKey, created.ticketNo], created);
      void client.invalidateQueries({ queryKey: [...myKey, 'list'] });
    },
  });
}
