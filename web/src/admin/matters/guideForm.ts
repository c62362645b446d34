import {
  type Condition,
  choiceKinds,
  type FormField,
  type MaterialInput,
  type MatterGuideInput,
} from '../../api/catalogueTypes';

/** What the editor's form holds: the guide, plus the code while the matter is new. */
export type EditorValues = MatterGuideInput & { code?: string };

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
const optionalText = (value: unknown) => text(value) || undefined;
const lines = (values: unknown) => (Array.isArray(values) ? values.map(text).filter(Boolean) : []);
const optionalNumber = (value: unknown) => (typeof value === 'number' ? value : undefined);

function cleanCondition(c: Condition | undefined): Condition | undefined {
  if (!c) return undefined;
  if ('field' in c) return c.field ? { field: c.field, equals: c.equals ?? '' } : undefined;
  if ('all' in c) {
    const all = c.all.map(cleanCondition).filter((x): x is Condition => Boolean(x));
    return all.length ? { all } : undefined;
  }
  if ('any' in c) {
    const any = c.any.map(cleanCondition).filter((x): x is Condition => Boolean(x));
    return any.length ? { any } : undefined;
  }
  const not = cleanCondition(c.not);
  return not ? { not } : undefined;
}

/** A designer field as the API takes it: only the properties its kind has, no empty extras. */
export function cleanField(f: FormField): FormField {
  const base = {
    name: text(f.name),
    label: text(f.label),
    ...(f.required ? { required: true } : {}),
    ...(optionalText(f.help) ? { help: text(f.help) } : {}),
    ...(cleanCondition(f.visibleIf) ? { visibleIf: cleanCondition(f.visibleIf) } : {}),
  };
  const any = f as FormField & Record<string, unknown>;
  switch (f.kind) {
    case 'text':
    case 'textarea':
      return {
        ...base,
        kind: f.kind,
        ...(optionalNumber(any.maxLength) ? { maxLength: any.maxLength as number } : {}),
        ...(optionalText(any.pattern) ? { pattern: text(any.pattern) } : {}),
      };
    case 'number':
      return {
        ...base,
        kind: 'number',
        ...(optionalNumber(any.min) !== undefined ? { min: any.min as number } : {}),
        ...(optionalNumber(any.max) !== undefined ? { max: any.max as number } : {}),
        ...(any.integer ? { integer: true } : {}),
        ...(optionalText(any.unit) ? { unit: text(any.unit) } : {}),
      };
    case 'select':
    case 'radio':
    case 'checkboxes':
      return { ...base, kind: f.kind, options: lines(any.options) };
    case 'group':
      return {
        ...base,
        kind: 'group',
        ...(any.repeat ? { repeat: true } : {}),
        ...(any.repeat && optionalNumber(any.minItems) !== undefined
          ? { minItems: any.minItems as number }
          : {}),
        ...(any.repeat && optionalNumber(any.maxItems) !== undefined
          ? { maxItems: any.maxItems as number }
          : {}),
        fields: ((any.fields as FormField[] | undefined) ?? []).map(cleanField),
      };
    default:
      return { ...base, kind: f.kind };
  }
}

function cleanMaterial(m: MaterialInput): MaterialInput {
  const source: MaterialInput['source'] =
    m.source?.kind === 'license'
      ? {
          kind: 'license',
          licenseType: text(m.source.licenseType),
          ...(m.source.holder === 'other_party' ? { holder: 'other_party' as const } : {}),
        }
      : m.source?.kind === 'shared_data'
        ? {
            kind: 'shared_data',
            dataset: text(m.source.dataset),
            // Absent means the applicant's own, as for licences.
            ...(m.source.holder && m.source.holder !== 'applicant' ? { holder: m.source.holder } : {}),
          }
        : { kind: 'applicant' };
  return {
    // A new material has no id yet: the server numbers it on saving.
    ...(m.id ? { id: m.id } : {}),
    name: text(m.name),
    form: m.form,
    copies: m.copies ?? 1,
    requirement: m.requirement,
    ...(m.requirement === 'conditional' && optionalText(m.condition) ? { condition: text(m.condition) } : {}),
    key: Boolean(m.key),
    source,
    ...(optionalText(m.note) ? { note: text(m.note) } : {}),
    ...(optionalNumber(m.maxFiles) ? { maxFiles: m.maxFiles } : {}),
    ...(optionalNumber(m.maxSizeMb) ? { maxSizeMb: m.maxSizeMb } : {}),
    ...(m.templateFileId ? { templateFileId: m.templateFileId } : {}),
    ...(m.sampleFileId ? { sampleFileId: m.sampleFileId } : {}),
  };
}

/** The editor's values as the guide the API takes: trimmed, blank rows dropped, no stray keys. */
export function toGuide(values: EditorValues): MatterGuideInput {
  return {
    name: text(values.name),
    type: values.type,
    department: values.department,
    level: values.level,
    audiences: values.audiences ?? [],
    themes: values.themes ?? [],
    keywords: lines(values.keywords),
    summary: text(values.summary),
    conditions: lines(values.conditions),
    legalBasis: lines(values.legalBasis),
    materials: (values.materials ?? []).map(cleanMaterial),
    fees: (values.fees ?? []).map((fee) => ({
      item: text(fee.item),
      amountFen: fee.amountFen ?? 0,
      ...(optionalText(fee.basis) ? { basis: text(fee.basis) } : {}),
    })),
    legalLimitDays: values.legalLimitDays ?? 0,
    promisedLimitDays: values.promisedLimitDays ?? 0,
    onlineDepth: values.onlineDepth,
    visits: values.visits ?? 0,
    channels: values.channels ?? [],
    places: lines(values.places),
    openingHours: text(values.openingHours),
    consultPhone: text(values.consultPhone),
    complaintPhone: text(values.complaintPhone),
    crossRegion: values.crossRegion,
    commitment: Boolean(values.commitment),
    process: lines(values.process),
    result: text(values.result),
    form: (values.form ?? []).map(cleanField),
  };
}

export function isChoice(kind: FormField['kind'] | undefined): boolean {
  return kind !== undefined && choiceKinds.includes(kind);
}

/** The next free `fieldN` name among siblings: a valid placeholder the administrator may rename. */
export function nextFieldName(siblings: readonly { name?: string }[]): string {
  const names = new Set(siblings.map((s) => s.name));
  let n = siblings.length + 1;
  while (names.has(`field${n}`)) n++;
  return `field${n}`;
}
