import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { request } from './client';
import { sessionKey } from './session';
import type { MyAccount, TrustLevel } from './types';

const meKey = ['accounts', 'me'] as const;

export function useMyAccount() {
  return useQuery({ queryKey: meKey, queryFn: () => request<MyAccount>('GET', '/accounts/me') });
}

export function useChangeMobile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (mobile: string) => request<MyAccount>('PATCH', '/accounts/me', { mobile }),
    onSuccess: (account) => client.setQueryData(meKey, account),
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      request<void>('POST', '/accounts/me/password', body),
  });
}

export function useVerifyIdentity() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => request<{ trustLevel: TrustLevel }>('POST', '/accounts/me/identity-verification'),
    onSuccess: () => {
      // The trust level lives in both the session and the account view.
      void client.invalidateQueries({ queryKey: meKey });
      void client.invalidateQueries({ queryKey: sessionKey });
    },
  });
}
