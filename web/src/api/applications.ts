import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ApplicationDetail,
  ApplicationItem,
  ApplicationListParams,
  SubmitApplication,
  SubmittedApplication,
} from './applicationTypes';
import { query, request } from './client';
import { draftKey, draftsKey } from './drafts';
import type { Page } from './types';
import { openUploadsKey } from './uploads';

const applicationsKey = ['applications'] as const;
export const applicationKey = (applicationNo: string) =>
  [...applicationsKey, 'detail', applicationNo] as const;

export function useApplications(params: ApplicationListParams) {
  return useQuery({
    queryKey: [...applicationsKey, 'list', params],
    queryFn: () => request<Page<ApplicationItem>>('GET', `/applications${query(params)}`),
    placeholderData: keepPreviousData,
  });
}

/** Waits while `applicationNo` is undefined. */
export function useApplication(applicationNo: string | undefined) {
  return useQuery({
    queryKey: applicationKey(applicationNo ?? ''),
    queryFn: () => request<ApplicationDetail>('GET', `/applications/${encodeURIComponent(applicationNo!)}`),
    enabled: applicationNo !== undefined,
    // The department moves it on while the applicant is away: opened again, it is read again.
    staleTime: 0,
  });
}

/**
 * The Idempotency-Key is made by the caller once per submit attempt and sent again on a retry,
 * so a submission whose answer was lost is not filed twice.
 */
export function useSubmitApplication() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: SubmitApplication; idempotencyKey: string }) =>
      request<SubmittedApplication>('POST', '/applications', body, { 'Idempotency-Key': idempotencyKey }),
    onSuccess: (_, { body }) => {
      void client.invalidateQueries({ queryKey: [...applicationsKey, 'list'] });
      // The draft went with the application. Only mark it: the flow still shows it until it has
      // moved to the confirmation, and removing it now would unmount the flow first.
      if (body.draftId) {
        void client.invalidateQueries({ queryKey: draftKey(body.draftId), exact: true, refetchType: 'none' });
      }
      void client.invalidateQueries({ queryKey: draftsKey, exact: true });
      // Its files are handed in now: a next application does not start with them.
      void client.invalidateQueries({ queryKey: openUploadsKey });
    },
  });
}

/** 补正: the files and the note answering the department's notice, sent at once. */
export function useResubmitApplication(applicationNo: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { materials: { materialId: string; fileIds: string[] }[]; note?: string }) =>
      request<ApplicationDetail>('POST', `/applications/${encodeURIComponent(applicationNo)}/resubmit`, body),
    onSuccess: (detail) => {
      client.setQueryData(applicationKey(applicationNo), detail);
      void client.invalidateQueries({ queryKey: [...applicationsKey, 'list'] });
    },
  });
}

export function useWithdrawApplication(applicationNo: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) =>
      request<ApplicationDetail>('POST', `/applications/${encodeURIComponent(applicationNo)}/withdraw`, {
        reason,
      }),
    onSuccess: (detail) => {
      client.setQueryData(applicationKey(applicationNo), detail);
      void client.invalidateQueries({ queryKey: [...applicationsKey, 'list'] });
    },
  });
}
