import { definePermissions } from '../../platform/permissions/index.js';

definePermissions({
  'application.window_intake': ['window_clerk'],
});
