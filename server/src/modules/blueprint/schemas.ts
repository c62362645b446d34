/**
 * The blueprint's API contract (issue 7, 一张蓝图). The web app builds against these shapes;
 * a change to a committed one is noted in README.md ("Contract changes").
 */
import { z } from 'zod';
import { text } from '../../platform/validation/index.js';
import { type Areal, areaM2, bboxOf, geometryProblem, MAX_SITE_POSITIONS } from './geometry.js';
import {
  CHECK_RESULTS,
  CONFLICT_STATUSES,
  ELEMENT_CLASSES,
  ENGINES,
  LAND_USE_CODES,
  RULES,
  VERDICTS,
} from './vocabulary.js';

const position = z.array(z.number()).min(2).max(3);
const ring = z.array(position);
const bbox = z
  .tuple([z.number(), z.number(), z.number(), z.number()])
  .meta({ description: '[minLng, minLat, maxLng, maxLat], WGS84' });

/** A GeoJSON geometry as the server sends it (always Polygon or MultiPolygon for layers and sites). */
export const geometrySchema = z
  .object({ type: z.enum(['Polygon', 'MultiPolygon']), coordinates: z.array(z.any()) })
  .meta({ id: 'BlueprintGeometry', description: 'GeoJSON Polygon or MultiPolygon, WGS84 lng/lat' });

/** A site drawn or uploaded for a check: GeoJSON shape first, then validity (closed, simple, in the extent). */
export const siteSchema = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1).max(100) }),
    z.object({
      type: z.literal('MultiPolygon'),
      coordinates: z.array(z.array(ring).min(1).max(100)).min(1).max(100),
    }),
  ])
  .transform((site, ctx) => {
    const problem = geometryProblem(site, { maxPositions: MAX_SITE_POSITIONS });
    if (problem) {
      ctx.addIssue({
        code: 'custom',
        params: { i18n: `blueprint.geometry.${problem}` },
        path: ['coordinates'],
      });
      return z.NEVER;
    }
    const geometry = site as Areal;
    return { geometry, areaM2: areaM2(geometry), bbox: bboxOf(geometry) };
  })
  .meta({ description: 'The site (用地红线): GeoJSON Polygon or MultiPolygon, WGS84 longitude/latitude' });
export type Site = z.output<typeof siteSchema>;

const department = z.object({ code: z.string(), name: z.string() });

export const layerSchema = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    nameEn: z.string(),
    department,
    elementClass: z.enum(ELEMENT_CLASSES),
    rule: z.enum(RULES),
    condition: z.string().nullable(),
    version: z.number().int(),
    featureCount: z.number().int(),
    bbox: bbox.nullable().meta({ description: 'null while the layer has no features' }),
    color: z.string().regex(/^#[0-9a-f]{6}$/),
    updatedAt: z.string(),
  })
  .meta({ id: 'BlueprintLayer' });
export const layerList = z.object({ items: z.array(layerSchema) });

export const layerIdParams = z.object({ id: z.uuid() });
export const featureIdParams = z.object({ featureId: z.uuid() });

export const featuresQuery = z.object({
  bbox: z
    .string()
    .regex(/^-?\d+(\.\d+)?(,-?\d+(\.\d+)?){3}$/)
    .transform((s) => s.split(',').map(Number) as [number, number, number, number])
    .refine(([a, b, c, d]) => a <= c && b <= d, { params: { i18n: 'blueprint.bbox_inverted' } })
    .optional()
    .meta({ description: 'minLng,minLat,maxLng,maxLat: only features whose bounding box meets it' }),
  limit: z.coerce.number().int().min(1).max(5000).default(2000),
});

/** A feature's attributes: the regulatory ones are named, others pass through. */
export const featureProperties = z
  .object({
    featureId: z.string(),
    name: z.string().optional(),
    landUseCode: z.string().optional(),
    maxFloorAreaRatio: z.number().optional(),
    maxHeightM: z.number().optional(),
    minGreenRatio: z.number().optional(),
  })
  .catchall(z.unknown());

export const featureSchema = z
  .object({
    type: z.literal('Feature'),
    id: z.string(),
    geometry: geometrySchema,
    properties: featureProperties,
  })
  .meta({ id: 'BlueprintFeature' });

export const featureCollection = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(featureSchema),
  truncated: z.boolean().meta({ description: 'more features meet the bbox than `limit`' }),
});

const layerSummary = layerSchema.pick({
  id: true,
  code: true,
  name: true,
  department: true,
  elementClass: true,
  rule: true,
  condition: true,
});
export const featureDetail = featureSchema.extend({
  layer: layerSummary.extend({ version: z.number().int() }),
});

/**
 * The multipart fields of an import (the file is the part named `file`: .geojson/.json
 * FeatureCollection or a zipped Shapefile). A refusal is 422 `blueprint.import_refused` whose
 * `errors` name each bad feature: `{ field: 'features[3]', code: 'blueprint.geometry.self_intersecting', message }`
 * (the index is the feature's position in the file, from 0; the code's last part the reason).
 */
export const importFields = z.object({
  code: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_.-]{1,63}$/)
    .meta({
      description: 'Stable layer code; importing an existing code replaces its features (version + 1)',
    }),
  name: text(100),
  nameEn: text(200),
  departmentCode: z.string().min(1).max(50),
  elementClass: z.enum(ELEMENT_CLASSES),
  rule: z.enum(RULES),
  condition: text(300).optional(),
  color: z
    .string()
    .regex(/^#[0-9a-f]{6}$/)
    .optional(),
});
export type ImportFields = z.output<typeof importFields>;

const ratio = z.number().min(0).max(1);

export const checkBody = z.object({
  site: siteSchema,
  projectId: z.uuid().optional(),
  intendedUse: z.enum(LAND_USE_CODES).meta({ description: 'GB 50137 land-use code, e.g. R2, M1, B1' }),
  floorAreaRatio: z.number().min(0).max(50).optional(),
  heightM: z.number().min(0).max(1000).optional(),
  greenRatio: ratio.optional(),
});
export type CheckBody = z.output<typeof checkBody>;

export const findingSchema = z.object({
  attribute: z.enum(['landUseCode', 'maxFloorAreaRatio', 'maxHeightM', 'minGreenRatio']),
  allowed: z.union([z.string(), z.number()]),
  proposed: z.union([z.string(), z.number()]).nullable().meta({ description: 'null: not given' }),
  ok: z.boolean(),
});

export const checkLayerSchema = z.object({
  layer: layerSummary,
  intersects: z.boolean(),
  overlapAreaM2: z.number(),
  overlapShare: z.number().min(0).max(1).meta({ description: 'overlap area ÷ site area' }),
  verdict: z.enum(VERDICTS),
  features: z.array(
    z.object({
      featureId: z.string(),
      name: z.string().nullable(),
      attributes: z.record(z.string(), z.unknown()),
      overlapAreaM2: z.number(),
      findings: z.array(findingSchema),
    }),
  ),
  overlap: geometrySchema.nullable(),
});

export const checkResultSchema = z
  .object({
    id: z.string(),
    result: z.enum(CHECK_RESULTS),
    siteAreaM2: z.number(),
    checkedAt: z.string(),
    engine: z.enum(ENGINES),
    layersChecked: z.number().int(),
    input: z.object({
      site: geometrySchema,
      projectId: z.string().nullable(),
      intendedUse: z.string(),
      floorAreaRatio: z.number().nullable(),
      heightM: z.number().nullable(),
      greenRatio: z.number().nullable(),
    }),
    /** Only the layers the site meets. */
    layers: z.array(checkLayerSchema),
  })
  .meta({ id: 'BlueprintCheck' });
export const checkIdParams = z.object({ id: z.uuid() });

// 冲突协调
const conflictParty = z.object({
  layer: layerSummary,
  featureId: z.string(),
  featureName: z.string().nullable(),
});
export const opinionSchema = z.object({
  id: z.string(),
  department: department,
  author: z.string(),
  opinion: z.string(),
  createdAt: z.string(),
});
export const conflictSummary = z.object({
  id: z.string(),
  kind: z.string().meta({ description: 'the pair of element classes, e.g. basic_farmland/urban_boundary' }),
  status: z.enum(CONFLICT_STATUSES),
  overlapAreaM2: z.number(),
  bbox,
  departments: z.array(department),
  a: conflictParty,
  b: conflictParty,
  openedAt: z.string(),
  resolvedAt: z.string().nullable(),
});
export const conflictDetail = conflictSummary.extend({
  overlap: geometrySchema,
  opinions: z.array(opinionSchema),
  decision: z.string().nullable(),
  resolution: z.string().nullable(),
  resolvedBy: z.string().nullable(),
  /** What the caller may do now. */
  actions: z.array(z.enum(['opinion', 'resolve'])),
});
export const conflictQuery = z.object({
  status: z.enum(CONFLICT_STATUSES).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export const conflictPage = z.object({
  items: z.array(conflictSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export const opinionBody = z.object({ opinion: text(2000) });
export const resolveBody = z.object({
  decision: z.enum(['keep_a', 'keep_b', 'adjust_both', 'no_conflict']).meta({
    description: 'keep_a/keep_b: the other layer is to be corrected; adjust_both; no_conflict: a false alarm',
  }),
  resolution: text(2000),
});
export const scanResult = z.object({
  scannedPairs: z.number().int(),
  found: z.number().int(),
  opened: z.number().int().meta({ description: 'new cases (a pair already on a case is not opened again)' }),
});

// 项目策划生成
export const planningBody = z.object({
  site: siteSchema,
  categoryCode: z.string().min(1).max(50),
  intendedUse: z.enum(LAND_USE_CODES),
  name: text(200),
  floorAreaRatio: z.number().min(0).max(50).optional(),
  heightM: z.number().min(0).max(1000).optional(),
  greenRatio: ratio.optional(),
  projectId: z.uuid().optional(),
});
export type PlanningBody = z.output<typeof planningBody>;
export const preOpinionSchema = z.object({
  id: z.string(),
  department,
  reason: z
    .string()
    .meta({ description: 'why the department is asked: its layers the site meets, or its stage' }),
  dueOn: z.string().meta({ description: 'YYYY-MM-DD, working days from the request' }),
  status: z.enum(['pending', 'answered']),
  opinion: z.string().nullable(),
  answeredAt: z.string().nullable(),
});
export const planningSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    categoryCode: z.string(),
    checkId: z.string(),
    result: z.enum(CHECK_RESULTS),
    createdAt: z.string(),
    stages: z.array(
      z.object({
        stage: z.string(),
        name: z.string(),
        leadDepartment: z.string(),
        matters: z.array(z.string()),
      }),
    ),
    preOpinions: z.array(preOpinionSchema),
  })
  .meta({ id: 'BlueprintPlanning' });
export const planningOpinionBody = z.object({ opinion: text(2000) });
export const planningQuery = z.object({
  waiting: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .meta({ description: "true: only those with the caller's department's opinion still to give" }),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export const planningPage = z.object({
  items: z.array(planningSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
