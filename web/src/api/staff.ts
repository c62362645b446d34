import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { query, request } from './client';
import type { NewStaff, Page, Staff, StaffChange, TotpSecret } from './types';

export function useStaffList(params: { page: number; pageSize: number; q: string }) {
  return useQuery({
    queryKey: ['staff', params],
    queryFn: () => request<Page<Staff>>('GET', `/staff${query(params)}`),
    placeholderData: keepPreviousData,
  });
}

export function useCreateStaff() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewStaff) => request<{ staff: Staff } & TotpSecret>('POST', '/staff', body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['staff'] }),
  });
}

export function useUpdateStaff() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, change }: { id: string; change: StaffChange }) =>
      request<Staff>('PATCH', `/staff/${id}`, change),
    onSuccess: () => client.invalidateQueries({ queryKey: ['staff'] }),
  });
}

export function useResetTotp() {
  return useMutation({
    mutationFn: (id: string) => request<TotpSecret>('POST', `/staff/${id}/totp`),
  });
}
