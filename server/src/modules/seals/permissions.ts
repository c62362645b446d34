import { definePermissions } from '../../platform/permissions/index.js';

export const SEAL_PERMISSIONS = {
  // 三员分立: keys are the security administrator's, not the system administrator's.
  'seal.manage': ['security_admin'],
} as const;

definePermissions(SEAL_PERMISSIONS);
