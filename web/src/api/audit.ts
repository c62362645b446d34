import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { query, request } from './client';
import type { AuditFilter, AuditRecord, AuditVerification, Page } from './types';

export function useAuditRecords(params: { page: number; pageSize: number } & AuditFilter) {
  return useQuery({
    queryKey: ['audit', 'records', params],
    queryFn: () => request<Page<AuditRecord>>('GET', `/audit/records${query(params)}`),
    placeholderData: keepPreviousData,
  });
}

export function useVerifyAuditChain() {
  return useMutation({
    mutationFn: () => request<AuditVerification>('POST', '/audit/verification'),
  });
}
