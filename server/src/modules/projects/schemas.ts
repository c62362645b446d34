import { z } from 'zod';
import { businessDateOf } from '../../platform/calendar/index.js';
import { creditCodeSchema, mobileSchema, pageOf, pageQuery, text } from '../../platform/validation/index.js';
import { validateProjectCode } from './project-code.js';
import { checkSite, MAX_SITE_POSITIONS, type Site } from './site.js';
import { INTENDED_USES, STAGES } from './vocabulary.js';

// Field problems carry their i18n key in params.i18n (see platform/validation).
const problem = (i18n: string) => ({ code: 'custom' as const, params: { i18n } });

export const projectCodeSchema = z
  .string()
  .transform((value, ctx) => {
    const result = validateProjectCode(value, Number(businessDateOf(new Date()).slice(0, 4)));
    if (result.ok) return result.value;
    ctx.addIssue(problem(`project.code.${result.problem}`));
    return z.NEVER;
  })
  .meta({
    description: 'National investment project code: year-division-industry-type-serial',
    example: '2020-440604-47-01-123456',
  });

const position = z.array(z.number()).min(2).max(3);
const ring = z.array(position);

/** The red line: GeoJSON shape first, then the geometry (closed, simple, in Foshan). */
export const siteSchema = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1).max(50) }),
    z.object({
      type: z.literal('MultiPolygon'),
      coordinates: z.array(z.array(ring).min(1).max(50)).min(1).max(50),
    }),
  ])
  .transform((site: Site, ctx) => {
    const rings = site.type === 'Polygon' ? site.coordinates : site.coordinates.flat();
    if (rings.reduce((n, r) => n + r.length, 0) > MAX_SITE_POSITIONS) {
      ctx.addIssue({ ...problem('project.site.too_many_positions'), path: ['coordinates'] });
      return z.NEVER;
    }
    const check = checkSite(site);
    for (const issue of check.issues)
      ctx.addIssue({ ...problem(`project.site.${issue.problem}`), path: ['coordinates', ...issue.path] });
    return check.issues.length ? z.NEVER : { geometry: site, areaM2: check.areaM2, bbox: check.bbox };
  })
  .meta({ description: 'Site red line: GeoJSON Polygon or MultiPolygon, WGS84 longitude/latitude' });

export const registerBody = z.object({
  projectCode: projectCodeSchema,
  name: text(200),
  ownerCreditCode: creditCodeSchema,
  categoryCode: z.string().min(1).max(50),
  site: siteSchema,
  investmentFen: z
    .number()
    .int()
    .min(0)
    .max(Number.MAX_SAFE_INTEGER)
    .meta({ description: 'Total investment in fen' }),
  landAreaM2: z.number().min(0).max(100_000_000),
  floorAreaM2: z.number().min(0).max(100_000_000),
  intendedUse: z.enum(INTENDED_USES),
  contact: z.object({ name: text(50), mobile: mobileSchema }),
  /** A project planning (项目策划) of the blueprint for this site and category, whose results the project inherits. */
  planningId: z.uuid().optional(),
});
export type RegisterBody = z.output<typeof registerBody>;

const department = z.object({ code: z.string(), name: z.string() });

const stageMatter = z.object({
  code: z.string(),
  name: z.string(),
  department: department.nullable(),
  legalLimitDays: z.number().int(),
  promisedLimitDays: z.number().int(),
});

const stageSummary = z.object({
  stage: z.enum(STAGES),
  name: z.string(),
  leadDepartment: department.nullable(),
  matters: z.array(stageMatter),
  /** Matters the stage names that have no published version in the catalogue. */
  unpublishedMatterCodes: z.array(z.string()),
});

const categoryRef = z.object({ code: z.string(), name: z.string(), capWorkingDays: z.number().int() });

export const categoryList = z.object({
  items: z.array(
    categoryRef.extend({ investment: z.enum(['government', 'social']), stages: z.array(stageSummary) }),
  ),
});

export const stageFormParams = z.object({ code: z.string().max(50), stage: z.enum(STAGES) });

const anyObject = z.record(z.string(), z.unknown());

export const stageFormResponse = z.object({
  category: categoryRef,
  stage: stageSummary,
  form: z.object({ schema: anyObject, uiSchema: anyObject, fields: z.array(anyObject) }),
  fieldSources: z.record(z.string(), z.array(z.object({ matterCode: z.string(), name: z.string() }))),
  conflicts: z.array(
    z.object({
      field: z.string(),
      constraint: z.enum(['pattern', 'unit', 'options', 'repeat']),
      matterCodes: z.array(z.string()),
    }),
  ),
  materials: z.array(
    z.object({
      identity: z.string(),
      name: z.string(),
      form: z.enum(['original', 'copy', 'electronic']),
      copies: z.number().int(),
      requirement: z.enum(['required', 'conditional']),
      condition: z.string().optional(),
      key: z.boolean(),
      source: anyObject,
      note: z.string().optional(),
      sources: z.array(z.object({ matterCode: z.string(), materialId: z.string() })),
    }),
  ),
  savings: z.object({
    fieldsSeparately: z.number().int(),
    fieldsMerged: z.number().int(),
    fieldsSaved: z.number().int(),
    materialsSeparately: z.number().int(),
    materialsMerged: z.number().int(),
    materialsSaved: z.number().int(),
  }),
});

export const projectIdParams = z.object({ id: z.uuid() });

export const projectQuery = pageQuery.extend({ categoryCode: z.string().max(50).optional() });

const projectItem = z.object({
  id: z.string(),
  projectCode: z.string(),
  name: z.string(),
  owner: z.object({ name: z.string(), creditCode: z.string() }),
  category: categoryRef,
  intendedUse: z.enum(INTENDED_USES),
  investmentFen: z.number().int(),
  siteAreaM2: z.number(),
  registeredAt: z.string(),
});

export const projectPage = pageOf(projectItem);

const inheritedPlanning = z.object({
  id: z.string(),
  name: z.string(),
  result: z.enum(['pass', 'conditional', 'conflict']),
  checkId: z.string(),
  createdAt: z.string(),
  preOpinions: z.array(
    z.object({
      department: department,
      reason: z.string(),
      dueOn: z.string(),
      status: z.enum(['pending', 'answered']),
      opinion: z.string().nullable(),
      answeredAt: z.string().nullable(),
    }),
  ),
});
export type InheritedPlanning = z.output<typeof inheritedPlanning>;

export const projectDetail = projectItem.extend({
  site: anyObject,
  bbox: z.object({ minLng: z.number(), minLat: z.number(), maxLng: z.number(), maxLat: z.number() }),
  landAreaM2: z.number(),
  floorAreaM2: z.number(),
  /** Masked unless the caller is the owner organisation. */
  contact: z.object({ name: z.string(), mobile: z.string() }),
  stages: z.array(stageSummary),
  /** What the project inherited from its planning: the plan check's result and the departments' pre-opinions. */
  planning: inheritedPlanning.nullable(),
});

export const projectResult = z.object({ project: projectDetail });
