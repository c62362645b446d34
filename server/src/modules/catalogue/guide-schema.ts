import { z } from 'zod';
import {
  AUDIENCES,
  type Condition,
  type FormField,
  LICENSE_HOLDERS,
  MATTER_TYPES,
  type MatterGuide,
  type MatterGuideInput,
  REGISTRY_HOLDERS,
  THEMES,
} from './model.js';

const line = (max = 500) => z.string().trim().min(1).max(max);

const materialSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('applicant') }),
  z.object({
    kind: z.literal('license'),
    licenseType: line(100),
    holder: z.enum(LICENSE_HOLDERS).optional(),
  }),
  z.object({
    kind: z.literal('shared_data'),
    dataset: line(100),
    holder: z.enum(REGISTRY_HOLDERS).optional(),
  }),
]);

const materialId = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,31}$/);

const material = z.object({
  id: materialId,
  name: line(200),
  form: z.enum(['original', 'copy', 'electronic']),
  copies: z.number().int().min(0).max(20),
  requirement: z.enum(['required', 'conditional']),
  condition: line().optional(),
  key: z.boolean(),
  source: materialSource,
  note: line(1000).optional(),
  maxFiles: z.number().int().min(1).max(20).optional(),
  maxSizeMb: z.number().int().min(1).max(50).optional(),
  templateFileId: z.uuid().optional(),
  sampleFileId: z.uuid().optional(),
});

const condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({ field: line(64), equals: z.union([z.string(), z.number(), z.boolean()]) }),
    z.object({ all: z.array(condition).min(1) }),
    z.object({ any: z.array(condition).min(1) }),
    z.object({ not: condition }),
  ]),
);

const fieldBase = {
  name: z.string().regex(/^[a-z][a-zA-Z0-9]{0,63}$/),
  label: line(100),
  required: z.boolean().optional(),
  help: line(300).optional(),
  visibleIf: condition.optional(),
};

export const formField: z.ZodType<FormField> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.object({
      ...fieldBase,
      kind: z.enum(['text', 'textarea']),
      maxLength: z.number().int().positive().optional(),
      pattern: z.string().optional(),
    }),
    z.object({
      ...fieldBase,
      kind: z.literal('number'),
      min: z.number().optional(),
      max: z.number().optional(),
      integer: z.boolean().optional(),
      unit: line(20).optional(),
    }),
    z.object({ ...fieldBase, kind: z.enum(['date', 'idNumber', 'creditCode', 'mobile', 'address', 'file']) }),
    z.object({
      ...fieldBase,
      kind: z.enum(['select', 'radio', 'checkboxes']),
      options: z.array(line(100)).min(1),
    }),
    z.object({
      ...fieldBase,
      kind: z.literal('group'),
      repeat: z.boolean().optional(),
      minItems: z.number().int().min(0).optional(),
      maxItems: z.number().int().positive().optional(),
      fields: z.array(formField).min(1),
    }),
  ]),
);
// Recursive schemas are components with ids (these very instances, which the recursion refers
// to): the OpenAPI document then refers to them wherever they are used, not to a definition
// local to the route where they were first met.
z.globalRegistry.add(condition, { id: 'FormCondition' });
z.globalRegistry.add(formField, { id: 'FormField' });

/** The guide elements an administrator submits; the same shape the seed is written in. */
export const matterGuideSchema = z
  .object({
    name: line(200),
    type: z.enum(MATTER_TYPES),
    department: line(32),
    level: z.enum(['city', 'district', 'town']),
    audiences: z.array(z.enum(AUDIENCES)).min(1),
    themes: z.array(z.enum(THEMES)),
    keywords: z.array(line(50)),
    summary: line(2000),
    conditions: z.array(line(1000)),
    legalBasis: z.array(line(500)),
    materials: z.array(material),
    fees: z.array(
      z.object({ item: line(200), amountFen: z.number().int().min(0), basis: line().optional() }),
    ),
    legalLimitDays: z.number().int().min(0).max(365),
    promisedLimitDays: z.number().int().min(0).max(365),
    onlineDepth: z.enum(['full_online', 'online_once', 'window']),
    visits: z.number().int().min(0).max(10),
    channels: z.array(z.enum(['online', 'mobile', 'window', 'self_service', 'mail'])).min(1),
    places: z.array(line(200)),
    openingHours: line(200),
    consultPhone: line(50),
    complaintPhone: line(50),
    crossRegion: z.enum(['none', 'district', 'city', 'cross_city']),
    commitment: z.boolean(),
    process: z.array(line(500)).min(1),
    result: line(200),
    form: z.array(formField),
  })
  .meta({ id: 'MatterGuide' });

/** What administrators and imports send: a new material may come without its id. */
export const matterGuideInput = matterGuideSchema
  .extend({ materials: z.array(material.extend({ id: materialId.optional() })) })
  .meta({ id: 'SubmittedMatterGuide' });

// Keeps the zod contract and the TypeScript model from drifting apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const guideSchemaMatchesModel: Same<z.infer<typeof matterGuideSchema>, MatterGuide> = true;
export const guideInputMatchesModel: Same<z.infer<typeof matterGuideInput>, MatterGuideInput> = true;
