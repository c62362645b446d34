import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './client';
import { sessionKey } from './session';

// Any 401 means the server no longer knows this browser (expired or revoked session):
// forget the cached session so the route guards send the visitor to /login. Failed logins
// answer 401 too, but then there is no session to forget, so the rule holds.
function forgetSessionOn401(error: unknown) {
  if (isApiError(error, 401)) queryClient.setQueryData(sessionKey, null);
}

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: forgetSessionOn401 }),
  mutationCache: new MutationCache({ onError: forgetSessionOn401 }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // A 4xx answer will not change on retry; only transient failures are worth another attempt.
      retry: (failureCount, error) =>
        failureCount < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
    },
  },
});
