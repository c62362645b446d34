import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Draft, DraftItem, FormData } from './applicationTypes';
import { request } from './client';
import type { MaterialFiles } from './uploads';

export const draftsKey = ['application-drafts'] as const;
export const draftKey = (id: string) => [...draftsKey, id] as const;

export function useDrafts() {
  return useQuery({
    queryKey: draftsKey,
    queryFn: () => request<{ items: DraftItem[] }>('GET', '/application-drafts'),
    select: (data) => data.items,
  });
}

export function useDraft(id: string | undefined) {
  return useQuery({
    queryKey: draftKey(id ?? ''),
    queryFn: () => request<Draft>('GET', `/application-drafts/${encodeURIComponent(id!)}`),
    enabled: id !== undefined,
    // The flow holds the answers while it runs; a refetch must not overwrite them.
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export type SaveDraft =
  | { id: string; formData: FormData; materials: MaterialFiles[] }
  | { id?: undefined; matterCode: string; versionId: string; formData: FormData; materials: MaterialFiles[] };

/** Creates the draft on the first save and updates it afterwards. */
export function useSaveDraft() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (draft: SaveDraft) =>
      draft.id !== undefined
        ? request<Draft>('PUT', `/application-drafts/${encodeURIComponent(draft.id)}`, {
            formData: draft.formData,
            materials: draft.materials,
          })
        : request<Draft>('POST', '/application-drafts', {
            matterCode: draft.matterCode,
            versionId: draft.versionId,
            formData: draft.formData,
            materials: draft.materials,
          }),
    onSuccess: (saved) => {
      client.setQueryData(draftKey(saved.id), saved);
      void client.invalidateQueries({ queryKey: draftsKey, exact: true });
    },
  });
}

export function useDeleteDraft() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => request<void>('DELETE', `/application-drafts/${encodeURIComponent(id)}`),
    onSuccess: (_, id) => {
      client.removeQueries({ queryKey: draftKey(id) });
      void client.invalidateQueries({ queryKey: draftsKey, exact: true });
    },
  });
}
