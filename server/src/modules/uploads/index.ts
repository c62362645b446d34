import { fileMessages } from '../../platform/files/index.js';
import type { AppModule } from '../../platform/module.js';
import { uploadMessages } from './messages.js';
import { uploadMigrations } from './migrations.js';
import { registerUploadRoutes } from './routes.js';

/** Applicants' files for the materials of their applications. */
export const uploadsModule: AppModule = {
  name: 'uploads',
  migrations: uploadMigrations,
  messages: { ...uploadMessages, ...fileMessages },
  register: registerUploadRoutes,
};
