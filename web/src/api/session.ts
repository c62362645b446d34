import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError, request } from './client';
import type { LoginRequest, OrganizationRegistration, PersonRegistration, Session } from './types';

export const sessionKey = ['session'] as const;

async function fetchSession(): Promise<Session | null> {
  try {
    return await request<Session>('GET', '/auth/session');
  } catch (error) {
    // Being logged out is a normal state, not an error to show.
    if (isApiError(error, 401)) return null;
    throw error;
  }
}

export function useSession() {
  return useQuery({ queryKey: sessionKey, queryFn: fetchSession, staleTime: 60_000 });
}

/** After any call that answers a new Session, the cached one is replaced rather than refetched. */
function useSessionMutation<V>(call: (variables: V) => Promise<Session>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (session) => {
      // Data cached for the previous identity must not leak into the new one.
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionKey[0] });
      client.setQueryData(sessionKey, session);
    },
  });
}

export function useLogin() {
  return useSessionMutation((body: LoginRequest) => request<Session>('POST', '/auth/login', body));
}

export function useRegister() {
  return useSessionMutation((body: PersonRegistration | OrganizationRegistration) =>
    request<Session>('POST', '/auth/register', body),
  );
}

export function useActingFor() {
  return useSessionMutation((organizationId: string | null) =>
    request<Session>('PUT', '/auth/acting-for', { organizationId }),
  );
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => request<void>('POST', '/auth/logout'),
    onSettled: () => {
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionKey[0] });
      client.setQueryData(sessionKey, null);
    },
  });
}
