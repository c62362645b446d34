export const ROLES = [
  'person',
  'org_agent',
  'window_clerk',
  'reviewer',
  'approver',
  'dept_head',
  'supervisor',
  'hotline_operator',
  'catalogue_maintainer',
  'sys_admin',
  'security_admin',
  'audit_admin',
] as const;

export type Role = (typeof ROLES)[number];

/** Roles a staff account may hold; the two public roles come from the account kind. */
export const STAFF_ROLES = ROLES.filter((r) => r !== 'person' && r !== 'org_agent');

// 三员分立: one account may not combine two of the three administrator roles.
export const ADMINISTRATOR_ROLES: readonly Role[] = ['sys_admin', 'security_admin', 'audit_admin'];

export function combinesAdministrators(roles: readonly Role[]): boolean {
  return roles.filter((r) => ADMINISTRATOR_ROLES.includes(r)).length > 1;
}
