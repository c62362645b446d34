import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ProcessDefinition } from '../../../../server/src/modules/workflow/engine/definition.js';
import { request } from '../../api/client';

// The process vocabulary is the engine's own: types, and lists from import-free modules.
export type {
  ParallelGroup,
  ProcessDefinition,
  StepDefinition,
  StepKind,
  TimeShare,
} from '../../../../server/src/modules/workflow/engine/definition.js';

// As CASE_CHANNELS in server/src/modules/workflow/tables.ts (whose imports reach the whole engine).
export const processChannels = ['online', 'window'] as const;
export type ProcessChannel = (typeof processChannels)[number];

/** As server/src/modules/workflow/admin-routes.ts answers it. */
export interface MatterProcess {
  matterVersionId: string;
  channel: ProcessChannel;
  /** False while the published version still runs the generated default: it may be replaced once. */
  stored: boolean;
  definition: ProcessDefinition;
}

// Under the matter's admin key: publishing a new version refetches its process too.
const processKey = (code: string, channel: ProcessChannel) => ['admin', 'matters', code, 'process', channel];
const path = (code: string, channel: ProcessChannel) =>
  `/admin/matters/${encodeURIComponent(code)}/process?channel=${channel}`;

export function useMatterProcess(code: string, channel: ProcessChannel) {
  return useQuery({
    queryKey: processKey(code, channel),
    queryFn: () => request<MatterProcess>('GET', path(code, channel)),
  });
}

/** The body is whatever the administrator wrote: the server is the one that validates it. */
export function useSaveMatterProcess(code: string, channel: ProcessChannel) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (definition: unknown) => request<MatterProcess>('PUT', path(code, channel), definition),
    onSuccess: (saved) => client.setQueryData(processKey(code, channel), saved),
    // 409: someone (or the first application) fixed the process meanwhile; show what it is now.
    onError: () => void client.invalidateQueries({ queryKey: processKey(code, channel) }),
  });
}
