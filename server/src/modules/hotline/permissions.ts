import { definePermissions } from '../../platform/permissions/index.js';

const UNIT_STAFF = ['reviewer', 'approver', 'dept_head'] as const;

export const HOTLINE_PERMISSIONS = {
  // The 12345 centre takes calls and dispatches; a department's staff handle its orders.
  'hotline.intake': ['hotline_operator'],
  'hotline.dispatch': ['hotline_operator'],
  'hotline.read': ['hotline_operator', 'supervisor', ...UNIT_STAFF],
  'hotline.read_all': ['hotline_operator', 'supervisor'],
  'hotline.handle': [...UNIT_STAFF],
  'hotline.supervise': ['hotline_operator', 'supervisor'],
  'hotline.dashboard': ['hotline_operator', 'supervisor', 'sys_admin'],
  'hotline.settings_read': ['hotline_operator', 'supervisor', 'sys_admin'],
  'hotline.configure': ['supervisor', 'sys_admin'],
  'hotline.knowledge_read': ['hotline_operator', 'supervisor', ...UNIT_STAFF],
  'hotline.knowledge_write': ['hotline_operator', 'supervisor'],
  'hotline.open311_keys': ['sys_admin'],
} as const;

definePermissions(HOTLINE_PERMISSIONS);
