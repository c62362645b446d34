import type { AppModule } from '../../platform/module.js';
import { directoryMigrations } from './migrations.js';
import { registerDirectoryRoutes } from './routes.js';

export const directoryModule: AppModule = {
  name: 'directory',
  migrations: directoryMigrations,
  register: registerDirectoryRoutes,
};
export { directoryRepository } from './repository.js';
export { FOSHAN_DEPARTMENTS, FOSHAN_SERVICE_CENTERS, seedFoshanDirectory } from './seed.js';
