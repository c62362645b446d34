import { Outlet } from 'react-router';
import { useSession } from '../api/session';
import type { Role } from '../api/types';
import { Forbidden } from './Forbidden';

/** Placed under RequireSession, so the session is already loaded. Any one of the roles will do. */
export function RequireRole({ requires }: { requires: Role | readonly Role[] }) {
  const { data } = useSession();
  const wanted: readonly Role[] = typeof requires === 'string' ? [requires] : requires;
  return wanted.some((role) => data?.account.roles.includes(role)) ? <Outlet /> : <Forbidden />;
}
