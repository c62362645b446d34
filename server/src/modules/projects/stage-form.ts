/**
 * 一张表单: a stage's form is the union of its matters' forms with every shared field asked
 * once, and its materials one deduplicated set. Fields are the same when their name and
 * kind match; materials when they are the same licence, the same shared data set, or the
 * same document by name. Pure: the routes feed it the published matters.
 */
import { fieldCount } from '../catalogue/form-schema.js';
import type { FormField, Material } from '../catalogue/index.js';

export interface MatterForm {
  matterCode: string;
  fields: FormField[];
  materials: Material[];
}

/** Where a merged field came from: the matter and the field's name in it. */
export interface FieldSource {
  matterCode: string;
  name: string;
}

/** A shared field whose matters disagree on a constraint: the first matter's is kept. */
export interface FieldConflict {
  field: string;
  constraint: 'pattern' | 'unit' | 'options' | 'repeat';
  matterCodes: string[];
}

export interface StageMaterial extends Omit<Material, 'id'> {
  /** Stable within the stage form: what it is (licence type, data set, or document name). */
  identity: string;
  sources: { matterCode: string; materialId: string }[];
}

export interface StageForm {
  fields: FormField[];
  /** For each top-level field of the merged form, the matters' fields it stands for. */
  fieldSources: Record<string, FieldSource[]>;
  conflicts: FieldConflict[];
  materials: StageMaterial[];
  savings: {
    fieldsSeparately: number;
    fieldsMerged: number;
    fieldsSaved: number;
    materialsSeparately: number;
    materialsMerged: number;
    materialsSaved: number;
  };
}

type Choice = Extract<FormField, { kind: 'select' | 'radio' | 'checkboxes' }>;

const keyOf = (f: FormField) => `${f.name}\u0000${f.kind}`;
const minDefined = (a?: number, b?: number) => (a === undefined ? b : b === undefined ? a : Math.min(a, b));
const maxDefined = (a?: number, b?: number) => (a === undefined ? b : b === undefined ? a : Math.max(a, b));

interface Entry {
  field: FormField;
  sources: FieldSource[];
}

/**
 * Merges `next` (asked by `matterCode`) into `into`, a field of the same name and kind. The
 * merged field accepts only what every matter's field accepts (the tighter bound, the
 * common options), so the answer can be handed to each matter as it stands.
 */
function mergeInto(
  into: Entry,
  next: FormField,
  matterCode: string,
  path: string,
  conflicts: FieldConflict[],
) {
  const a = into.field;
  const firstMatter = into.sources[0]!.matterCode;
  const conflict = (constraint: FieldConflict['constraint']) =>
    conflicts.push({ field: path, constraint, matterCodes: [firstMatter, matterCode] });
  const unconditional = !a.visibleIf || !next.visibleIf;
  const merged: FormField = {
    ...a,
    required: unconditional
      ? Boolean((!a.visibleIf && a.required) || (!next.visibleIf && next.required))
      : Boolean(a.required || next.required),
  };
  if (!a.help && next.help) merged.help = next.help;
  if (unconditional) delete merged.visibleIf;
  else if (JSON.stringify(a.visibleIf) !== JSON.stringify(next.visibleIf))
    merged.visibleIf = { any: [a.visibleIf!, next.visibleIf!] };

  if ((merged.kind === 'text' || merged.kind === 'textarea') && next.kind === merged.kind) {
    const maxLength = minDefined(merged.maxLength, next.maxLength);
    if (maxLength !== undefined) merged.maxLength = maxLength;
    if (next.pattern && merged.pattern !== next.pattern) {
      if (merged.pattern) conflict('pattern');
      else merged.pattern = next.pattern;
    }
  } else if (merged.kind === 'number' && next.kind === 'number') {
    const min = maxDefined(merged.min, next.min);
    const max = minDefined(merged.max, next.max);
    if (min !== undefined) merged.min = min;
    if (max !== undefined) merged.max = max;
    if (next.integer) merged.integer = true;
    if (next.unit && merged.unit !== next.unit) {
      if (merged.unit) conflict('unit');
      else merged.unit = next.unit;
    }
  } else if ('options' in merged && (next as Choice).options) {
    const common = merged.options.filter((o) => (next as Choice).options.includes(o));
    if (common.length > 0) merged.options = common;
    else conflict('options');
  } else if (merged.kind === 'group' && next.kind === 'group') {
    if (Boolean(merged.repeat) !== Boolean(next.repeat)) conflict('repeat');
    const minItems = maxDefined(merged.minItems, next.minItems);
    const maxItems = minDefined(merged.maxItems, next.maxItems);
    if (minItems !== undefined) merged.minItems = minItems;
    if (maxItems !== undefined) merged.maxItems = maxItems;
    merged.fields = mergeFieldLists(
      [
        { matterCode: firstMatter, fields: merged.fields },
        { matterCode, fields: next.fields },
      ],
      `${path}.`,
      conflicts,
    ).map((e) => e.field);
  }
  into.field = merged;
  into.sources.push({ matterCode, name: next.name });
}

/**
 * The union of field lists in order of first appearance. A field whose name another field of
 * a different kind already holds is kept apart under a name telling its matter.
 */
function mergeFieldLists(
  lists: { matterCode: string; fields: FormField[] }[],
  prefix: string,
  conflicts: FieldConflict[],
): Entry[] {
  const entries: Entry[] = [];
  const byKey = new Map<string, Entry>();
  const names = new Set<string>();
  for (const { matterCode, fields } of lists) {
    for (const field of fields) {
      const seen = byKey.get(keyOf(field));
      if (seen) {
        mergeInto(seen, field, matterCode, `${prefix}${seen.field.name}`, conflicts);
        continue;
      }
      const name = names.has(field.name) ? `${field.name}__${matterCode.replaceAll('-', '_')}` : field.name;
      const entry: Entry = { field: { ...field, name }, sources: [{ matterCode, name: field.name }] };
      names.add(name);
      byKey.set(keyOf(field), entry);
      entries.push(entry);
    }
  }
  return entries;
}

/** What a material is, across matters: one licence type (and whose), one data set, or one document. */
export function materialIdentity(m: Pick<Material, 'name' | 'source'>): string {
  switch (m.source.kind) {
    case 'license':
      return `license:${m.source.licenseType}:${m.source.holder ?? 'applicant'}`;
    case 'shared_data':
      return `shared_data:${m.source.dataset}`;
    default:
      return `document:${m.name.trim()}`;
  }
}

const FORM_STRICTNESS: Material['form'][] = ['electronic', 'copy', 'original'];

function mergeMaterials(forms: MatterForm[]): StageMaterial[] {
  const byIdentity = new Map<string, StageMaterial>();
  for (const { matterCode, materials } of forms) {
    for (const { id, ...m } of materials) {
      const identity = materialIdentity(m);
      const seen = byIdentity.get(identity);
      if (!seen) {
        byIdentity.set(identity, { ...m, identity, sources: [{ matterCode, materialId: id }] });
        continue;
      }
      seen.sources.push({ matterCode, materialId: id });
      seen.key ||= m.key;
      seen.copies = Math.max(seen.copies, m.copies);
      if (FORM_STRICTNESS.indexOf(m.form) > FORM_STRICTNESS.indexOf(seen.form)) seen.form = m.form;
      // Asked for unconditionally by one matter, it is required for the stage.
      if (m.requirement === 'required') {
        seen.requirement = 'required';
        delete seen.condition;
      } else if (seen.requirement === 'conditional' && m.condition && seen.condition !== m.condition) {
        seen.condition = seen.condition ? `${seen.condition}；${m.condition}` : m.condition;
      }
    }
  }
  return [...byIdentity.values()];
}

/** The stage's one form and material set, and what it saves against filing each matter apart. */
export function mergeStageForm(forms: MatterForm[]): StageForm {
  const conflicts: FieldConflict[] = [];
  const entries = mergeFieldLists(forms, '', conflicts);
  const fields = entries.map((e) => e.field);
  const materials = mergeMaterials(forms);
  const fieldsSeparately = forms.reduce((n, f) => n + fieldCount(f.fields), 0);
  const materialsSeparately = forms.reduce((n, f) => n + f.materials.length, 0);
  const fieldsMerged = fieldCount(fields);
  return {
    fields,
    fieldSources: Object.fromEntries(entries.map((e) => [e.field.name, e.sources])),
    conflicts,
    materials,
    savings: {
      fieldsSeparately,
      fieldsMerged,
      fieldsSaved: fieldsSeparately - fieldsMerged,
      materialsSeparately,
      materialsMerged: materials.length,
      materialsSaved: materialsSeparately - materials.length,
    },
  };
}
