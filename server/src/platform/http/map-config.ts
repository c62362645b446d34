import { z } from 'zod';
import type { Config } from '../config/config.js';
import type { ZodApp } from '../module.js';

const mapConfig = z
  .object({
    basemapUrl: z
      .string()
      .nullable()
      .meta({ description: 'raster XYZ tile URL template ({z}/{x}/{y}); null: the maps draw no basemap' }),
    attribution: z.string().nullable(),
  })
  .meta({ id: 'MapConfig' });

/** The page's origin list for the basemap's tiles (CSP img-src and connect-src), or none. */
export function basemapOrigins(config: Pick<Config, 'basemapUrl'>): string[] {
  return config.basemapUrl ? [new URL(config.basemapUrl.replace(/\{[^}]*\}/g, '0')).origin] : [];
}

/**
 * What the web app's maps need to know of the installation: an optional basemap under our own
 * layers (BASEMAP_URL). Public: the portal's maps show it to people not signed in too.
 */
export function registerMapConfig(app: ZodApp, config: Pick<Config, 'basemapUrl' | 'basemapAttribution'>) {
  app.get(
    '/api/v1/map-config',
    {
      schema: {
        operationId: 'getMapConfig',
        tags: ['platform'],
        summary: '地图配置（可选底图）/ Map configuration: the optional basemap',
        response: { 200: mapConfig },
      },
    },
    async () => ({ basemapUrl: config.basemapUrl ?? null, attribution: config.basemapAttribution ?? null }),
  );
}
