import { fileMessages } from '../../platform/files/index.js';
import type { AppModule } from '../../platform/module.js';
import { registerAdminCatalogueRoutes } from './admin-routes.js';
import { catalogueSearch } from './catalogue-search.js';
import { catalogueService } from './catalogue-service.js';
import { registerMaterialFileRoutes } from './material-file-routes.js';
import { catalogueMessages } from './messages.js';
import { catalogueMigrations } from './migrations.js';
import './permissions.js';
import { promisedDateFrom } from './promised-date.js';
import { registerPublicCatalogueRoutes } from './public-routes.js';

export const catalogueModule: AppModule = {
  name: 'catalogue',
  migrations: catalogueMigrations,
  messages: { ...catalogueMessages, ...fileMessages },
  async register(app, ctx) {
    const search = catalogueSearch(ctx.db);
    const service = catalogueService(ctx, () => search.invalidate());
    registerPublicCatalogueRoutes(app, ctx, { search, promisedDate: promisedDateFrom(ctx) });
    registerAdminCatalogueRoutes(app, ctx, service);
    await registerMaterialFileRoutes(app, ctx, service);
  },
};
export { type CatalogueDocument, exportCatalogue, importCatalogue } from './catalogue-transfer.js';
export { validateFormData } from './form-validator.js';
export {
  type FormField,
  isUploaded,
  type LifeEventSeed,
  type Material,
  type MatterGuide,
  type MatterSeed,
  materialLimits,
  type RegistryHolder,
} from './model.js';
export { type PublishedMatter, publishedMatter, versionContent } from './published-matter.js';
export { catalogueRepository } from './repository.js';
export { FOSHAN_LIFE_EVENTS, FOSHAN_MATTERS } from './seed/index.js';
export { withFormFiles } from './seed/material-templates.js';
