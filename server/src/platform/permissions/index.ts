export { assertCan, can, definePermissions, permissionTable } from './policy.js';
export type { AccountKind, Principal } from './principal.js';
export { ADMINISTRATOR_ROLES, combinesAdministrators, ROLES, type Role, STAFF_ROLES } from './roles.js';
