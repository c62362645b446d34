import { definePermissions } from '../../platform/permissions/index.js';

export const EVALUATION_PERMISSIONS = {
  // The department that served the applicant answers for its 差评; supervisors watch every department.
  'rectification.read': ['reviewer', 'approver', 'dept_head', 'supervisor'],
  'rectification.read_all': ['supervisor'],
  'rectification.handle': ['reviewer', 'approver', 'dept_head'],
  // A head of department sees their own department's figures; oversight sees all.
  'evaluation.indicators': ['dept_head', 'supervisor', 'sys_admin'],
  'evaluation.indicators_all': ['supervisor', 'sys_admin'],
} as const;

definePermissions(EVALUATION_PERMISSIONS);
