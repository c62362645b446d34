import { definePermissions } from '../../platform/permissions/index.js';

export const CALENDAR_PERMISSIONS = {
  // Entering the State Council's holiday arrangement is system configuration (三员分立: 系统管理员).
  'calendar.manage': ['sys_admin'],
} as const;

definePermissions(CALENDAR_PERMISSIONS);
