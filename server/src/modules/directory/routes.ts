import type { AppContext } from '../../platform/http/index.js';
import type { ZodApp } from '../../platform/module.js';
import { directoryRepository } from './repository.js';
import { department, division, listOf, serviceCenter } from './schemas.js';

export function registerDirectoryRoutes(app: ZodApp, ctx: AppContext): void {
  const repo = directoryRepository(ctx.db);
  const tags = ['directory'];
  app.get(
    '/api/v1/directory/divisions',
    { schema: { operationId: 'listDivisions', tags, response: { 200: listOf(division) } } },
    async () => ({ items: await repo.divisions() }),
  );
  app.get(
    '/api/v1/directory/departments',
    { schema: { operationId: 'listDepartments', tags, response: { 200: listOf(department) } } },
    async () => ({ items: await repo.departments() }),
  );
  app.get(
    '/api/v1/directory/service-centers',
    { schema: { operationId: 'listServiceCenters', tags, response: { 200: listOf(serviceCenter) } } },
    async () => ({ items: await repo.serviceCenters() }),
  );
}
