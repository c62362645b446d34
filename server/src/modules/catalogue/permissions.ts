import { definePermissions } from '../../platform/permissions/index.js';

definePermissions({
  // A maintainer edits only the matters of their own department (checked per object).
  'catalogue.manage': ['sys_admin', 'catalogue_maintainer'],
  'catalogue.transfer': ['sys_admin'],
});
