// The 12345 dashboard and its live board (server/src/modules/hotline/dashboard.ts, live-routes.ts).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { query, request } from '../api/client';
import type { Channel, Subject, TicketStatus, TicketType } from '../portal/hotline/api';

export interface Keyed {
  key: string;
  count: number;
}

/** GET /hotline/dashboard: figures of a date range, from counters kept with every change. */
export interface Dashboard {
  from: string;
  to: string;
  districtCode: string | null;
  totals: {
    received: number;
    directAnswered: number;
    redirected: number;
    merged: number;
    dispatched: number;
    returned: number;
    replied: number;
    closed: number;
    closedOnTime: number;
    reopened: number;
    supervised: number;
  };
  byType: Keyed[];
  byDistrict: Keyed[];
  byChannel: Keyed[];
  byDay: { day: string; count: number }[];
  hotSubjects: { subject: Subject; count: number; previous: number }[];
  satisfaction: {
    satisfied: number;
    basicallySatisfied: number;
    dissatisfied: number;
    unreachable: number;
    rate: number | null;
  };
  overdueByUnit: { unit: { id: string; name: string }; open: number; overdue: number }[];
}

/** One step of an order as the live stream sends it (`change`): nothing personal. */
export interface Change {
  id: string;
  at: string;
  ticketNo: string;
  kind: string;
  status: TicketStatus;
  type: TicketType;
  subject: Subject;
  channel: Channel;
  districtCode: string | null;
  leadUnitId: string | null;
}

export interface DashboardFilter {
  from?: string;
  to?: string;
  districtCode?: string;
}

export function useHotlineDashboard(filter: DashboardFilter) {
  return useQuery({
    queryKey: ['hotline', 'dashboard', filter],
    queryFn: () => request<Dashboard>('GET', `/hotline/dashboard${query({ ...filter })}`),
    placeholderData: keepPreviousData,
  });
}
