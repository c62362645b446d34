// 电子证照 for the issuing department (server/src/modules/licenses): its licences, and revoking,
// suspending or reinstating one with the reason.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { request } from '../../api/client';
import type { Page } from '../../api/types';
import type { WalletLicense } from '../../portal/licenses/api';

/** As the department lists it: the wallet's fields, and the revision a status change is made against. */
export interface DepartmentLicense extends WalletLicense {
  revision: number;
}

export const LICENSE_FILTER_STATUSES = ['valid', 'suspended', 'revoked'] as const;
export type StatusAction = 'suspend' | 'reinstate' | 'revoke';

export interface DepartmentLicenseParams {
  page: number;
  pageSize: number;
  status?: (typeof LICENSE_FILTER_STATUSES)[number];
  q?: string;
}

const key = ['licenses', 'department'] as const;
const PAGE_SIZE = 20;

/** The search, the status filter and the page live in the URL: a reload or a link shows the same list. */
export function useLicenseListParams() {
  const [search, setSearch] = useSearchParams();
  const status = LICENSE_FILTER_STATUSES.find((s) => s === search.get('status'));
  const q = search.get('q')?.trim();
  const params: DepartmentLicenseParams = {
    page: Math.max(1, Number(search.get('page')) || 1),
    pageSize: Number(search.get('pageSize')) || PAGE_SIZE,
    ...(status ? { status } : {}),
    ...(q ? { q } : {}),
  };

  /** Any change but the page starts again at page 1. */
  const update = (change: Partial<Record<'status' | 'q' | 'page' | 'pageSize', string>>) => {
    const next = new URLSearchParams(search);
    for (const [name, value] of Object.entries(change)) {
      if (value) next.set(name, value);
      else next.delete(name);
    }
    if (!('page' in change)) next.delete('page');
    setSearch(next, { replace: true });
  };

  return { params, update };
}

export function useDepartmentLicenses(params: DepartmentLicenseParams) {
  const query = new URLSearchParams({ page: String(params.page), pageSize: String(params.pageSize) });
  if (params.status) query.set('status', params.status);
  if (params.q) query.set('q', params.q);
  return useQuery({
    queryKey: [...key, params],
    queryFn: () => request<Page<DepartmentLicense>>('GET', `/licenses?${query}`),
    placeholderData: keepPreviousData,
  });
}

export function useChangeLicenseStatus() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({
      license,
      action,
      reason,
    }: {
      license: DepartmentLicense;
      action: StatusAction;
      reason: string;
    }) =>
      request<DepartmentLicense>('POST', `/licenses/${encodeURIComponent(license.id)}/${action}`, {
        reason,
        expectedRevision: license.revision,
      }),
    // Also after a refusal: a 409 means someone changed it meanwhile, and the list should show that.
    onSettled: () => client.invalidateQueries({ queryKey: key }),
  });
}

/** What the department may do with a licence as it stands: an expired or revoked one is left as it is. */
export function actionsFor(status: DepartmentLicense['status']): StatusAction[] {
  if (status === 'valid') return ['suspend', 'revoke'];
  if (status === 'suspended') return ['reinstate', 'revoke'];
  return [];
}
