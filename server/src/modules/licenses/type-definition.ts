import { z } from 'zod';
import { isIsoDate } from '../../platform/calendar/index.js';
import { text } from '../../platform/validation/index.js';
import { LICENSE_NO_ALPHABET } from './license-no.js';

export const LICENSE_FIELD_TYPES = ['text', 'multiline', 'date', 'number'] as const;
export type LicenseFieldType = (typeof LICENSE_FIELD_TYPES)[number];

/**
 * Where a field's value comes from, tried in order until one is present: an answer of the
 * application form by its path (`legalRep.legalRepName`; through repeating groups it
 * collects every row's), a fact the platform knows (the holder's name, their ID number or
 * credit code, the application number, the matter's name), or a fixed text (`=有限责任公司`).
 */
export const FACT_SOURCES = ['$holder.name', '$holder.id', '$application.no', '$matter.name'] as const;
export const ANSWER_PATH = /^[A-Za-z]\w*(\.[A-Za-z]\w*)*$/;
const source = z
  .string()
  .max(200)
  .refine((s) => (FACT_SOURCES as readonly string[]).includes(s) || ANSWER_PATH.test(s) || /^=\S/.test(s), {
    params: { i18n: 'license.type.source_invalid' },
  });

const fieldKey = z.string().regex(/^[a-z][A-Za-z0-9]*$/);

export const licenseField = z.object({
  key: fieldKey,
  label: text(30),
  type: z.enum(LICENSE_FIELD_TYPES),
  required: z.boolean().default(true),
  maxLength: z.number().int().min(1).max(2000).default(200),
  unit: text(10).optional(),
  from: z.array(source).min(1).max(5),
});
export type LicenseField = z.infer<typeof licenseField>;

const validity = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('years'), years: z.number().int().min(1).max(99) }),
  z.object({ kind: z.literal('permanent') }),
]);
export type Validity = z.infer<typeof validity>;

/** Millimetres from the page's bottom-left corner (A4 portrait, 210 × 297). */
const seal = z.object({
  x: z.number().min(20).max(190),
  y: z.number().min(20).max(277),
  radius: z.number().min(15).max(25).default(21),
});

const layout = z.object({
  /** Printed title; the type's name when left out. */
  title: text(30).optional(),
  /** The fields printed, in order; others stay in the data only. */
  fields: z.array(fieldKey).min(1),
  seal,
});
export type LicenseLayout = z.infer<typeof layout>;

const common = {
  code: z.string().regex(/^[A-Z][A-Z0-9_]{1,31}$/),
  name: text(40),
  departmentCode: z.string().regex(/^[A-Z]{2}-[A-Z0-9]{1,10}$/),
  holderKinds: z
    .array(z.enum(['person', 'organization']))
    .min(1)
    .max(2),
  fields: z.array(licenseField).min(1).max(40),
};

const prefix = z
  .string()
  .regex(/^[A-Z]{2}$/)
  .refine((p) => [...p].every((ch) => LICENSE_NO_ALPHABET.includes(ch)), {
    params: { i18n: 'license.type.prefix_alphabet' },
  });

/** 证照目录 entry: a licence the city issues on a matter's approval, or shared data held elsewhere. */
export const licenseTypeDefinition = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('license'),
      ...common,
      /** Two letters the licence numbers start with (GB 32100's alphabet: no I, O, S, V, Z). */
      prefix,
      matterCodes: z
        .array(z.string().regex(/^\d{6}-[A-Z]+-\d{4}$/))
        .min(1)
        .max(20),
      validity,
      layout,
      legalBasis: text(200).optional(),
    }),
    z.object({
      kind: z.literal('shared_data'),
      ...common,
      /** The system that answers for it; reused instead of asked for (零提交), never issued here. */
      source: z.enum(['population_registry']),
    }),
  ])
  .superRefine((def, ctx) => {
    const keys = def.fields.map((f) => f.key);
    keys.forEach((key, i) => {
      if (keys.indexOf(key) !== i)
        ctx.addIssue({
          code: 'custom',
          path: ['fields', i, 'key'],
          params: { i18n: 'license.type.key_twice' },
        });
    });
    if (def.kind !== 'license') return;
    def.layout.fields.forEach((key, i) => {
      if (!keys.includes(key))
        ctx.addIssue({
          code: 'custom',
          path: ['layout', 'fields', i],
          params: { i18n: 'license.type.unknown_field' },
        });
    });
  });
export type LicenseTypeDefinition = z.infer<typeof licenseTypeDefinition>;
export type IssuableType = Extract<LicenseTypeDefinition, { kind: 'license' }>;

export type LicenseData = Record<string, string | number>;

/** The schema a licence's data must satisfy: its type's fields, nothing else. */
export function licenseDataSchema(fields: readonly LicenseField[]) {
  const shape: Record<string, z.ZodType> = {};
  for (const f of fields) {
    const value =
      f.type === 'number'
        ? z.number().finite()
        : f.type === 'date'
          ? z.string().refine(isIsoDate, { params: { i18n: 'calendar.invalid_date' } })
          : z.string().trim().min(1).max(f.maxLength);
    shape[f.key] = f.required ? value : value.optional();
  }
  return z.strictObject(shape);
}
