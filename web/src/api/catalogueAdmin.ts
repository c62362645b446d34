import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AdminMatterDetail,
  AdminMatterItem,
  CompiledForm,
  FormField,
  ImportResult,
  MatterGuideInput,
} from './catalogueTypes';
import { request } from './client';

const adminKey = ['admin', 'matters'] as const;
const matterKey = (code: string) => [...adminKey, code] as const;
const path = (code: string) => `/admin/matters/${encodeURIComponent(code)}`;

export function useAdminMatters() {
  return useQuery({
    queryKey: adminKey,
    queryFn: () => request<{ items: AdminMatterItem[] }>('GET', '/admin/matters'),
    select: (data) => data.items,
  });
}

export function useAdminMatter(code: string | undefined) {
  return useQuery({
    queryKey: matterKey(code ?? ''),
    queryFn: () => request<AdminMatterDetail>('GET', path(code!)),
    enabled: code !== undefined,
  });
}

/** After any change the admin views refetch, and the public hall forgets what it cached. */
function useInvalidate() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: adminKey });
    void client.invalidateQueries({ queryKey: ['catalogue'] });
  };
}

export function useCreateMatter() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: { code: string; guide: MatterGuideInput }) =>
      request<{ version: number }>('POST', '/admin/matters', body),
    onSuccess: invalidate,
  });
}

/** Saving a published matter opens a new draft version; the answer names it. */
export function useSaveDraft() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ code, guide }: { code: string; guide: MatterGuideInput }) =>
      request<{ version: number }>('PUT', `${path(code)}/draft`, { guide }),
    onSuccess: invalidate,
  });
}

export function usePublishMatter() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (code: string) => request<{ version: number }>('POST', `${path(code)}/publish`),
    onSuccess: invalidate,
  });
}

export function useWithdrawMatter() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (code: string) => request<void>('POST', `${path(code)}/withdraw`),
    onSuccess: invalidate,
  });
}

/** The server's own form compiler, so the designer's preview is exactly what applicants will get. */
export function useFormPreview(body: { name: string; form: FormField[] }) {
  return useQuery({
    queryKey: ['admin', 'form-preview', body],
    queryFn: () => request<CompiledForm>('POST', '/admin/forms/preview', body),
    placeholderData: keepPreviousData,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}

export function useExportCatalogue() {
  return useMutation({
    mutationFn: () => request<{ exportedAt: string; matters: unknown[] }>('GET', '/admin/catalogue/export'),
  });
}

export function useImportCatalogue() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (document: unknown) => request<ImportResult>('POST', '/admin/catalogue/import', document),
    onSuccess: invalidate,
  });
}
