import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { request } from './client';
import type { Agent } from './types';

const agentsKey = (organizationId: string) => ['organizations', organizationId, 'agents'] as const;

export function useAgents(organizationId: string) {
  return useQuery({
    queryKey: agentsKey(organizationId),
    queryFn: () => request<{ items: Agent[] }>('GET', `/organizations/${organizationId}/agents`),
    select: (data) => data.items,
  });
}

export function useAddAgent(organizationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; idNumber: string }) =>
      request<Agent>('POST', `/organizations/${organizationId}/agents`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: agentsKey(organizationId) }),
  });
}

export function useRemoveAgent(organizationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (personId: string) =>
      request<void>('DELETE', `/organizations/${organizationId}/agents/${personId}`),
    onSuccess: () => client.invalidateQueries({ queryKey: agentsKey(organizationId) }),
  });
}
