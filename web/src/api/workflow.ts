import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { query, request } from './client';
import type { Page } from './types';
import type {
  CaseCommand,
  InboxItem,
  InboxParams,
  StaffApplication,
  SupervisedCase,
  SupervisionParams,
  WindowApplication,
  WindowSubmitted,
  WorkflowCase,
} from './workflowTypes';

const workbenchKey = ['workbench'] as const;
export const caseKey = (applicationNo: string) => [...workbenchKey, 'case', applicationNo] as const;
const path = (applicationNo: string) => encodeURIComponent(applicationNo);

// Work moves under the clerk's feet (colleagues claim and finish tasks): lists refresh on focus
// and every half minute while open, and the case whenever the page is looked at again.
const liveList = { placeholderData: keepPreviousData, refetchInterval: 30_000 } as const;

export function useInbox(params: InboxParams) {
  return useQuery({
    queryKey: [...workbenchKey, 'tasks', params],
    queryFn: () => request<Page<InboxItem>>('GET', `/workbench/tasks${query(params)}`),
    ...liveList,
  });
}

export function useWorkbenchCase(applicationNo: string) {
  return useQuery({
    queryKey: caseKey(applicationNo),
    queryFn: () => request<WorkflowCase>('GET', `/workbench/cases/${path(applicationNo)}`),
    // Opened again, it is read again: the applicant may have answered a correction meanwhile,
    // and an action on a stale case is refused anyway.
    staleTime: 0,
    refetchOnWindowFocus: true,
  });
}

/** The answer is the case as it now stands: it replaces the cached one, and the lists go stale. */
export function useCaseCommand(applicationNo: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (command: CaseCommand) =>
      request<WorkflowCase>('POST', `/workbench/cases/${path(applicationNo)}/commands`, command),
    onSuccess: (view) => {
      client.setQueryData(caseKey(applicationNo), view);
      void client.invalidateQueries({ queryKey: [...workbenchKey, 'tasks'] });
      void client.invalidateQueries({ queryKey: [...workbenchKey, 'supervision'] });
      void client.invalidateQueries({ queryKey: [...workbenchKey, 'application', applicationNo] });
    },
  });
}

export function useStaffApplication(applicationNo: string) {
  return useQuery({
    queryKey: [...workbenchKey, 'application', applicationNo],
    queryFn: () => request<StaffApplication>('GET', `/workbench/applications/${path(applicationNo)}`),
    // Every read of the file is audited: do not read it again behind the clerk's back.
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });
}

export const materialUrl = (applicationNo: string, fileId: string) =>
  `/api/v1/workbench/applications/${path(applicationNo)}/materials/${encodeURIComponent(fileId)}`;

/**
 * 窗口收件. As online, the caller makes one Idempotency-Key per attempt and sends it again on a
 * retry, so an intake whose answer was lost is not filed twice.
 */
export function useSubmitAtWindow() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: WindowApplication; idempotencyKey: string }) =>
      request<WindowSubmitted>('POST', '/window/applications', body, { 'Idempotency-Key': idempotencyKey }),
    onSuccess: () => client.invalidateQueries({ queryKey: [...workbenchKey, 'tasks'] }),
  });
}

export function useSupervisedCases(params: SupervisionParams) {
  return useQuery({
    queryKey: [...workbenchKey, 'supervision', params],
    queryFn: () => request<Page<SupervisedCase>>('GET', `/supervision/cases${query(params)}`),
    ...liveList,
  });
}
