import type { Role } from '../api/types';

/** Workbench areas and the role each needs; the menu and the route guards both read this. */
export const sections = [
  { path: '/workbench/staff', role: 'security_admin', label: 'workbench.menu.staff' },
  { path: '/workbench/audit', role: 'audit_admin', label: 'workbench.menu.audit' },
  { path: '/workbench/persons', role: 'window_clerk', label: 'workbench.menu.persons' },
] as const satisfies readonly { path: string; role: Role; label: string }[];
