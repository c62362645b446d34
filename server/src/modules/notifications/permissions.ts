import { definePermissions } from '../../platform/permissions/index.js';

definePermissions({
  // Everyone reads and marks only their own notifications (checked per object), so no role is needed there.
  'notifications.dev_mailbox': ['sys_admin'],
});
