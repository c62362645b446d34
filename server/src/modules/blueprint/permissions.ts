import { definePermissions } from '../../platform/permissions/index.js';

// Staff who work with plans read the blueprint; the security and audit administrators (三员分立)
// do no business and see none of it.
const BLUEPRINT_STAFF = [
  'window_clerk',
  'reviewer',
  'approver',
  'dept_head',
  'supervisor',
  'catalogue_maintainer',
  'hotline_operator',
  'sys_admin',
] as const;
const DEPARTMENT_STAFF = ['reviewer', 'approver', 'dept_head'] as const;

definePermissions({
  'blueprint.read': BLUEPRINT_STAFF,
  // Layers are the departments' data brought in by the platform's administrator.
  'blueprint.import': ['sys_admin'],
  // An enterprise checks its own site (its agent); staff check any.
  'blueprint.check': [...BLUEPRINT_STAFF, 'org_agent'],
  'blueprint.check.read_all': BLUEPRINT_STAFF,
  // Coordination: the departments involved see and answer their cases; supervisors and the
  // administrator who runs the scan see all; a case is decided by a head of an involved
  // department or a supervisor.
  'blueprint.conflict.read': [...DEPARTMENT_STAFF, 'supervisor', 'sys_admin'],
  'blueprint.conflict.read_all': ['supervisor', 'sys_admin'],
  'blueprint.conflict.opinion': DEPARTMENT_STAFF,
  'blueprint.conflict.resolve': ['dept_head', 'supervisor'],
  'blueprint.conflict.scan': ['sys_admin'],
  'blueprint.planning': [...DEPARTMENT_STAFF, 'window_clerk', 'supervisor', 'org_agent'],
  'blueprint.planning.read_all': ['supervisor'],
  'blueprint.planning.opinion': DEPARTMENT_STAFF,
});
