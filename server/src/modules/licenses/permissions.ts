import { definePermissions } from '../../platform/permissions/index.js';

export const LICENSE_PERMISSIONS = {
  // The issuing department sees the licences it issued and how their issuance went; oversight sees all.
  'license.read': ['reviewer', 'approver', 'dept_head', 'supervisor', 'sys_admin'],
  'license.read_all': ['supervisor', 'sys_admin'],
  // Revoking or suspending a licence is a decision: those who may decide in the department.
  'license.change_status': ['approver', 'dept_head'],
  'license.type_manage': ['sys_admin', 'catalogue_maintainer'],
} as const;

definePermissions(LICENSE_PERMISSIONS);
