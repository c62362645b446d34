import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { query, request } from './client';
import type { PersonDetail, PersonMatch, TrustLevel } from './types';

export function usePersonSearch(idNumber: string) {
  return useQuery({
    queryKey: ['persons', 'search', idNumber],
    queryFn: () => request<{ items: PersonMatch[] }>('GET', `/persons${query({ idNumber })}`),
    select: (data) => data.items,
    enabled: idNumber !== '',
    // Each lookup is an audited read of personal data; do not repeat it behind the clerk's back.
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function usePerson(id: string) {
  return useQuery({
    queryKey: ['persons', id],
    queryFn: () => request<PersonDetail>('GET', `/persons/${id}`),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useVerifyInPerson(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => request<{ trustLevel: TrustLevel }>('POST', `/persons/${id}/in-person-verification`),
    onSuccess: ({ trustLevel }) => {
      client.setQueryData<PersonDetail>(['persons', id], (old) => (old ? { ...old, trustLevel } : old));
      void client.invalidateQueries({ queryKey: ['persons', 'search'] });
    },
  });
}
