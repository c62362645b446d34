import { definePermissions } from '../../platform/permissions/index.js';

definePermissions({
  // An enterprise's agent registers its projects; a government investor does so through its own
  // organisation account (a 机关 or platform company holds a 统一社会信用代码 too).
  'project.register': ['org_agent'],
  // Departments' staff see the projects whose stages involve them; supervisors every one.
  'project.read': ['org_agent', 'reviewer', 'approver', 'dept_head', 'supervisor'],
  'project.read_all': ['supervisor'],
  // The owner files its stages; the lead department's (or a matter department's) staff coordinate.
  'project.stage_submit': ['org_agent'],
  'project.stage_coordinate': ['reviewer', 'approver', 'dept_head'],
  // City-wide figures: supervisors, and heads of department who answer for their clocks.
  'project.statistics': ['supervisor', 'dept_head'],
});
