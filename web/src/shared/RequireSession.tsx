import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '../api/session';
import type { AccountKind, Session } from '../api/types';
import { homeFor } from './homeFor';
import { PageLoading } from './PageLoading';
import { QueryError } from './QueryError';

/**
 * Gate for pages that need a logged-in account of certain kinds. Visitors go to /login (which
 * brings them back afterwards); an account of another kind goes to its own home instead.
 */
export function RequireSession({ kinds }: { kinds: AccountKind[] }) {
  const location = useLocation();
  const session = useSession();
  if (session.isPending) return <PageLoading />;
  if (session.isError) return <QueryError error={session.error} onRetry={() => void session.refetch()} />;
  const data: Session | null = session.data;
  if (!data) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  if (!kinds.includes(data.account.kind)) return <Navigate to={homeFor(data)} replace />;
  return <Outlet />;
}
