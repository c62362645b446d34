import type { Role } from '../api/types';

/** Workbench areas and the roles that may open each; the menu and the route guards both read this. */
export const sections = [
  {
    path: '/workbench/inbox',
    roles: ['window_clerk', 'reviewer', 'approver', 'dept_head'],
    label: 'cases.menu.inbox',
  },
  { path: '/workbench/window', roles: ['window_clerk'], label: 'cases.menu.window' },
  { path: '/workbench/supervision', roles: ['supervisor', 'dept_head'], label: 'cases.menu.supervision' },
  { path: '/workbench/staff', roles: ['security_admin'], label: 'workbench.menu.staff' },
  { path: '/workbench/audit', roles: ['audit_admin'], label: 'workbench.menu.audit' },
  { path: '/workbench/persons', roles: ['window_clerk'], label: 'workbench.menu.persons' },
  {
    path: '/workbench/licenses',
    roles: ['reviewer', 'approver', 'dept_head', 'supervisor'],
    label: 'licenseAdmin.menu',
  },
  {
    path: '/workbench/rectifications',
    roles: ['reviewer', 'approver', 'dept_head', 'supervisor'],
    label: 'rectification.menu',
  },
  {
    path: '/workbench/projects',
    roles: ['reviewer', 'approver', 'dept_head', 'supervisor'],
    label: 'projects.menu.workbench',
  },
  { path: '/workbench/hotline/call', roles: ['hotline_operator'], label: 'hotline.menu.call' },
  {
    path: '/workbench/hotline/orders',
    roles: ['hotline_operator', 'supervisor'],
    label: 'hotline.menu.orders',
  },
  {
    path: '/workbench/hotline/unit',
    roles: ['reviewer', 'approver', 'dept_head'],
    label: 'hotline.menu.unit',
  },
  {
    path: '/workbench/blueprint',
    roles: [
      'window_clerk',
      'reviewer',
      'approver',
      'dept_head',
      'supervisor',
      'catalogue_maintainer',
      'hotline_operator',
      'sys_admin',
    ],
    label: 'blueprint.menu',
  },
  {
    path: '/workbench/conflicts',
    roles: ['reviewer', 'approver', 'dept_head', 'supervisor', 'sys_admin'],
    label: 'conflicts.menu',
  },
  {
    path: '/workbench/plannings',
    roles: ['reviewer', 'approver', 'dept_head', 'supervisor'],
    label: 'planning.requests.menu',
  },
  // The dashboards live under /dashboard (in the workbench's frame), the administration app
  // under /admin; the workbench menu is their way in.
  {
    path: '/dashboard/hotline',
    roles: ['hotline_operator', 'supervisor', 'sys_admin'],
    label: 'dashboard.menu.hotline',
  },
  {
    path: '/dashboard/live',
    roles: ['hotline_operator', 'supervisor', 'sys_admin'],
    label: 'dashboard.menu.live',
  },
  { path: '/dashboard/projects', roles: ['supervisor', 'dept_head'], label: 'projects.menu.dashboard' },
  { path: '/admin/matters', roles: ['sys_admin', 'catalogue_maintainer'], label: 'admin.menu.matters' },
  { path: '/admin/catalogue', roles: ['sys_admin'], label: 'admin.menu.catalogue' },
  { path: '/admin/calendar', roles: ['sys_admin'], label: 'admin.menu.calendar' },
  { path: '/admin/mailbox', roles: ['sys_admin'], label: 'mailbox.menu' },
  { path: '/admin/blueprint', roles: ['sys_admin'], label: 'blueprintImport.menu' },
] as const satisfies readonly { path: string; roles: readonly Role[]; label: string }[];

/** The roles of one area, for its route guard. */
export const sectionRoles = (path: (typeof sections)[number]['path']) =>
  sections.find((section) => section.path === path)!.roles;

export const mayOpen = (roles: readonly Role[], section: { roles: readonly Role[] }) =>
  section.roles.some((role) => roles.includes(role));
