import type { AppModule } from '../../platform/module.js';
import { sendCaseNotices } from './case-notices.js';
import { keepApplicationsInStep } from './case-sync.js';
import { applicationMessages } from './messages.js';
import { applicationMigrations } from './migrations.js';
import { numberingMessages } from './numbering/index.js';
import './permissions.js';
import { registerNoticeRoutes } from './notice-routes.js';
import { registerApplicationRoutes } from './routes.js';
import { registerStaffApplicationRoutes } from './staff-routes.js';
import { registerWindowRoutes } from './window-routes.js';
import { registerZeroSubmissionRoutes } from './zero-submission-routes.js';

keepApplicationsInStep();
sendCaseNotices();

export const applicationsModule: AppModule = {
  name: 'applications',
  migrations: applicationMigrations,
  messages: { ...applicationMessages, ...numberingMessages },
  register(app, ctx) {
    registerApplicationRoutes(app, ctx);
    registerWindowRoutes(app, ctx);
    registerStaffApplicationRoutes(app, ctx);
    registerNoticeRoutes(app, ctx);
    registerZeroSubmissionRoutes(app, ctx);
  },
};
export { type Applicant, applicantOf, owns } from './applicant.js';
export {
  type ApplicationSummary,
  applicationAnswers,
  findApplicationById,
  findApplicationByNo,
} from './lookup.js';
export {
  acceptsUploadFor,
  type LicenceBelongs,
  type MaterialSourcing,
  materialSourcing,
  sourcingIn,
  UPLOAD_REASONS,
  type UploadReason,
} from './material-sources.js';
export {
  APPLICATION_FILE_PURPOSE,
  addMaterialLinks,
  attachedFileIds,
  checkMaterials,
  type MaterialFiles,
  materialsOf,
} from './materials.js';
export { type ApplicationToOpen, openApplication } from './open-application.js';
export type { Owner } from './repository.js';
