import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type {
  LifeEvent,
  MatterDetail,
  MatterForm,
  MatterPage,
  MatterSearchParams,
  ThemeCount,
} from './catalogueTypes';
import { query, request } from './client';

// Localised texts (theme labels, department names) come from the server by Accept-Language;
// the 'catalogue' prefix lets a language switch refetch them with the directory.
const catalogueStaleTime = 5 * 60_000;

export function useMatterSearch(params: MatterSearchParams) {
  return useQuery({
    queryKey: ['catalogue', 'matters', params],
    queryFn: () => request<MatterPage>('GET', `/matters${query(params)}`),
    placeholderData: keepPreviousData,
  });
}

/** Waits while `code` is undefined (a page that learns the matter from a draft or an application). */
export function useMatter(code: string | undefined) {
  return useQuery({
    queryKey: ['catalogue', 'matter', code],
    queryFn: () => request<MatterDetail>('GET', `/matters/${encodeURIComponent(code!)}`),
    enabled: code !== undefined,
  });
}

export function useMatterForm(code: string | undefined) {
  return useQuery({
    queryKey: ['catalogue', 'matter', code, 'form'],
    queryFn: () => request<MatterForm>('GET', `/matters/${encodeURIComponent(code!)}/form`),
    staleTime: catalogueStaleTime,
    enabled: code !== undefined,
  });
}

/** The server checks the answers against the same JSON Schema; field errors come back as a 400 problem. */
export function useCheckMatterForm(code: string) {
  return useMutation({
    mutationFn: (data: Record<string, unknown>) =>
      request<{ valid: true }>('POST', `/matters/${encodeURIComponent(code)}/form/check`, { data }),
  });
}

export function useThemes() {
  return useQuery({
    queryKey: ['catalogue', 'themes'],
    queryFn: () => request<{ items: ThemeCount[] }>('GET', '/themes'),
    select: (data) => data.items,
    staleTime: catalogueStaleTime,
  });
}

export function useLifeEvents() {
  return useQuery({
    queryKey: ['catalogue', 'life-events'],
    queryFn: () => request<{ items: LifeEvent[] }>('GET', '/life-events'),
    select: (data) => data.items,
    staleTime: catalogueStaleTime,
  });
}

export function useLifeEvent(code: string) {
  return useQuery({
    queryKey: ['catalogue', 'life-events', code],
    queryFn: () => request<LifeEvent>('GET', `/life-events/${encodeURIComponent(code)}`),
    staleTime: catalogueStaleTime,
  });
}
