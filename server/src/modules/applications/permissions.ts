import { definePermissions } from '../../platform/permissions/index.js';

definePermissions({
  'application.window_intake': ['window_clerk'],
  // 零提交 figures: supervisors for every department, heads of department for their own.
  'application.zero_submission_read': ['supervisor', 'dept_head'],
});
