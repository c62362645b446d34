import { useQuery } from '@tanstack/react-query';
import type { ProgressQuery, ProgressResult } from './applicationTypes';
import { query, request } from './client';

/** Public: anyone with the number and the applicant's name. Nothing is asked until `params` is set. */
export function useProgress(params: ProgressQuery | null) {
  return useQuery({
    queryKey: ['progress', params],
    queryFn: () => request<ProgressResult>('GET', `/progress${query({ ...params! })}`),
    enabled: params !== null,
    staleTime: 0,
  });
}
