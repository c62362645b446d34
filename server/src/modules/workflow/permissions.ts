import { definePermissions } from '../../platform/permissions/index.js';

definePermissions({
  'workflow.work': ['window_clerk', 'reviewer', 'approver', 'dept_head', 'supervisor'],
  'workflow.supervise': ['supervisor', 'dept_head'],
  'workflow.define': ['sys_admin', 'catalogue_maintainer'],
});
