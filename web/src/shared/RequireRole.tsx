import { Outlet } from 'react-router';
import { useSession } from '../api/session';
import type { Role } from '../api/types';
import { Forbidden } from './Forbidden';

/** Placed under RequireSession, so the session is already loaded here. */
export function RequireRole({ requires }: { requires: Role }) {
  const { data } = useSession();
  return data?.account.roles.includes(requires) ? <Outlet /> : <Forbidden />;
}
