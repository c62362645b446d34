import type { z } from 'zod';
import type { AnyDb } from '../../platform/db/index.js';
import { directoryRepository } from '../directory/index.js';
import type { layerSchema } from './schemas.js';
import type { FeatureTable, LayerTable } from './tables.js';

export type DepartmentNames = Map<string, string>;

export async function departmentNames(db: AnyDb): Promise<DepartmentNames> {
  return new Map((await directoryRepository(db).departments()).map((d) => [d.code, d.name]));
}

export const departmentOf = (code: string, names: DepartmentNames) => ({
  code,
  name: names.get(code) ?? code,
});

export function layerView(row: LayerTable, names: DepartmentNames): z.infer<typeof layerSchema> {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    nameEn: row.nameEn,
    department: departmentOf(row.departmentCode, names),
    elementClass: row.elementClass,
    rule: row.rule,
    condition: row.condition,
    version: row.version,
    featureCount: row.featureCount,
    bbox: row.minLng === null ? null : [row.minLng, row.minLat!, row.maxLng!, row.maxLat!],
    color: row.color,
    updatedAt: row.updatedAt,
  };
}

export function layerSummaryOf(row: LayerTable, names: DepartmentNames) {
  const { id, code, name, department, elementClass, rule, condition } = layerView(row, names);
  return { id, code, name, department, elementClass, rule, condition };
}

export function featureView(row: Pick<FeatureTable, 'id' | 'name' | 'geometry' | 'attributes'>) {
  const attributes = JSON.parse(row.attributes) as Record<string, unknown>;
  return {
    type: 'Feature' as const,
    id: row.id,
    geometry: JSON.parse(row.geometry) as { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown[] },
    properties: { ...attributes, featureId: row.id, ...(row.name ? { name: row.name } : {}) },
  };
}
