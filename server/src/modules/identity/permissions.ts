import { definePermissions } from '../../platform/permissions/index.js';

export const IDENTITY_PERMISSIONS = {
  'staff.read': ['security_admin'],
  'staff.manage': ['security_admin'],
  'person.lookup': ['window_clerk', 'reviewer', 'approver', 'dept_head', 'supervisor'],
  'person.read': ['window_clerk', 'reviewer', 'approver', 'dept_head', 'supervisor'],
  'person.verify_in_person': ['window_clerk'],
} as const;

definePermissions(IDENTITY_PERMISSIONS);
