import { Ajv, type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import type { FieldProblem } from '../../platform/errors/index.js';
import { normalizeMobile, validateCreditCode, validateIdNumber } from '../../platform/validation/index.js';
import { FORMATS, type JsonSchema } from './form-schema.js';

const ajv = new Ajv({ allErrors: true, strict: false });
(addFormats as unknown as (a: Ajv) => void)(ajv);
ajv.addFormat(FORMATS.idNumber, (v: string) => validateIdNumber(v).ok);
ajv.addFormat(FORMATS.creditCode, (v: string) => validateCreditCode(v).ok);
ajv.addFormat(FORMATS.mobile, (v: string) => normalizeMobile(v) !== null);
ajv.addFormat(FORMATS.file, /^data:[\w/+.-]*(;[\w-]+=[^;,]*)*(;base64)?,/);

// Compiled validators by matter version: a published version's schema never changes.
const compiled = new Map<string, ReturnType<typeof ajv.compile>>();

function valueAt(data: unknown, path: string): unknown {
  return path
    .split('/')
    .filter(Boolean)
    .reduce<unknown>(
      (v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined),
      data,
    );
}

function toProblem(e: ErrorObject, data: unknown): FieldProblem | null {
  // if/then wrappers repeat their branch's own errors; those are reported already.
  if (e.keyword === 'if') return null;
  const path =
    e.keyword === 'required'
      ? `${e.instancePath}/${(e.params as { missingProperty: string }).missingProperty}`
      : e.instancePath;
  const field = path.replace(/^\//, '').replace(/\//g, '.') || '(root)';
  if (e.keyword === 'required') return { field, code: 'validation.required' };
  if (e.keyword === 'format') {
    const value = String(valueAt(data, e.instancePath) ?? '');
    const format = (e.params as { format: string }).format;
    if (format === FORMATS.idNumber) {
      const r = validateIdNumber(value);
      return { field, code: r.ok ? 'validation.invalid_format' : `idNumber.${r.problem}` };
    }
    if (format === FORMATS.creditCode) {
      const r = validateCreditCode(value);
      return { field, code: r.ok ? 'validation.invalid_format' : `creditCode.${r.problem}` };
    }
    if (format === FORMATS.mobile) return { field, code: 'mobile.invalid' };
    return { field, code: 'validation.invalid_format' };
  }
  if (e.keyword === 'minLength' && (e.params as { limit: number }).limit === 1)
    return { field, code: 'validation.required' };
  if (e.keyword === 'enum' || e.keyword === 'const') return { field, code: 'validation.invalid_value' };
  if (['minLength', 'minimum', 'minItems'].includes(e.keyword)) {
    return {
      field,
      code: 'validation.too_small',
      params: { minimum: (e.params as { limit: number }).limit },
    };
  }
  if (['maxLength', 'maximum', 'maxItems'].includes(e.keyword)) {
    return { field, code: 'validation.too_big', params: { maximum: (e.params as { limit: number }).limit } };
  }
  if (e.keyword === 'type') return { field, code: 'validation.invalid_type' };
  return { field, code: 'validation.invalid' };
}

/** Validates form data against a matter's JSON Schema; returns field problems, none when valid. */
export function validateFormData(versionId: string, schema: JsonSchema, data: unknown): FieldProblem[] {
  let validate = compiled.get(versionId);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(versionId, validate);
  }
  if (validate(data)) return [];
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  for (const e of validate.errors ?? []) {
    const p = toProblem(e, data);
    if (p && !seen.has(`${p.field}|${p.code}`)) {
      seen.add(`${p.field}|${p.code}`);
      problems.push(p);
    }
  }
  return problems;
}
