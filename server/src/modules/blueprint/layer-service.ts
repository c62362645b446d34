import type { AuditActor } from '../../platform/audit/index.js';
import { newRowId } from '../../platform/db/index.js';
import { ProblemError } from '../../platform/errors/index.js';
import { emitInTrx } from '../../platform/events/index.js';
import type { AppContext } from '../../platform/http/index.js';
import { directoryRepository } from '../directory/index.js';
import { unionBbox } from './geometry.js';
import type { ValidFeature } from './layer-file.js';
import { blueprintRepository } from './repository.js';
import type { ImportFields } from './schemas.js';
import type { FeatureTable, LayerTable } from './tables.js';
import type { ElementClass } from './vocabulary.js';

export const LAYER_IMPORTED = 'blueprint.layer_imported';

export interface Facts {
  actor: AuditActor | null;
  sourceIp?: string;
  requestId?: string;
}

// A default colour per class, as the plans draw them (红线 red, 蓝线 blue, 绿线 green, 紫线 purple, 黄线 yellow).
const CLASS_COLORS: Partial<Record<ElementClass, string>> = {
  ecological_redline: '#d7301f',
  basic_farmland: '#e6c229',
  urban_boundary: '#7b3294',
  regulatory_parcel: '#f4a582',
  river_blueline: '#2b8cbe',
  heritage_purpleline: '#8856a7',
  greenline: '#31a354',
  infrastructure_yellowline: '#fec44f',
  high_voltage: '#de2d26',
  geohazard: '#8c510a',
  water_source: '#3182bd',
  forest: '#006d2c',
};

/**
 * Imports a layer's features as a whole, in one transaction with its audit record and the
 * `blueprint.layer_imported` event: a new code makes version 1, an existing one replaces the
 * features and goes up one version. Features are validated before (see layer-file.ts).
 */
export async function importLayer(
  ctx: Pick<AppContext, 'db' | 'audit'>,
  fields: ImportFields,
  features: ValidFeature[],
  facts: Facts,
) {
  if (!(await directoryRepository(ctx.db).findDepartmentByCode(fields.departmentCode)))
    throw new ProblemError(400, 'validation.failed', {
      fields: [{ field: 'departmentCode', code: 'blueprint.department_unknown' }],
    });
  const at = new Date().toISOString();
  const box = unionBbox(features.map((f) => f.bbox));
  return ctx.db.transaction().execute(async (trx) => {
    const repo = blueprintRepository(trx);
    const earlier = await repo.findLayerByCode(fields.code);
    const layer: LayerTable = {
      id: earlier?.id ?? newRowId(),
      code: fields.code,
      name: fields.name,
      nameEn: fields.nameEn,
      departmentCode: fields.departmentCode,
      elementClass: fields.elementClass,
      rule: fields.rule,
      condition: fields.condition ?? null,
      color: fields.color ?? earlier?.color ?? CLASS_COLORS[fields.elementClass] ?? '#636363',
      version: (earlier?.version ?? 0) + 1,
      featureCount: features.length,
      minLng: box?.[0] ?? null,
      minLat: box?.[1] ?? null,
      maxLng: box?.[2] ?? null,
      maxLat: box?.[3] ?? null,
      createdAt: earlier?.createdAt ?? at,
      updatedAt: at,
    };
    if (earlier) {
      const { id: _id, createdAt: _c, ...changes } = layer;
      await repo.updateLayer(layer.id, changes);
    } else await repo.insertLayer(layer);
    const rows: FeatureTable[] = features.map((f) => ({
      id: newRowId(),
      layerId: layer.id,
      name: f.name,
      geometry: JSON.stringify(f.geometry),
      attributes: JSON.stringify(f.attributes),
      minLng: f.bbox[0],
      minLat: f.bbox[1],
      maxLng: f.bbox[2],
      maxLat: f.bbox[3],
    }));
    await repo.replaceFeatures(layer.id, rows);
    await ctx.audit.recordInTrx(trx, {
      ...facts,
      action: earlier ? 'blueprint.layer.reimport' : 'blueprint.layer.import',
      objectType: 'blueprint_layer',
      objectId: layer.id,
      detail: { code: layer.code, version: layer.version, featureCount: layer.featureCount },
    });
    await emitInTrx(trx, LAYER_IMPORTED, {
      layerId: layer.id,
      code: layer.code,
      version: layer.version,
      featureCount: layer.featureCount,
    });
    return layer;
  });
}
