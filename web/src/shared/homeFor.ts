import type { Session } from '../api/types';

export function homeFor(session: Session): string {
  return session.account.kind === 'staff' ? '/workbench' : '/account';
}

/** Where to go after login: back to the page that sent the visitor here, if this account may open it. */
export function afterLogin(session: Session, from: unknown): string {
  const home = homeFor(session);
  if (typeof from !== 'string' || !from.startsWith('/') || from.startsWith('//')) return home;
  const staffArea = from.startsWith('/workbench') || from.startsWith('/admin');
  return staffArea === (session.account.kind === 'staff') ? from : home;
}
