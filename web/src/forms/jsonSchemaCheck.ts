/**
 * A small JSON Schema (draft-07) interpreter for the application forms.
 *
 * Ajv compiles schemas with `new Function`, which the server's Content-Security-Policy
 * (script-src 'self', no 'unsafe-eval') rightly forbids. This walks the schema instead. It
 * covers the keywords the catalogue's form compiler emits (and the common rest) and reports
 * errors in Ajv's shape, so rjsf processes them as it would Ajv's. The server validates the
 * same schema with Ajv and has the last word.
 */

export type Schema = Record<string, unknown>;

export interface RawError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message: string;
  parentSchema: Schema;
}

export type FormatCheck = RegExp | ((value: string) => boolean);

interface Context {
  root: Schema;
  formats: Record<string, FormatCheck>;
  errors: RawError[];
}

const pointerKey = (key: string | number) => String(key).replace(/~/g, '~0').replace(/\//g, '~1');

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function hasType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length &&
    ka.every((k) => equal((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

function resolveRef(ref: string, root: Schema): Schema | undefined {
  const hash = ref.indexOf('#');
  if (hash < 0) return undefined;
  const path = ref
    .slice(hash + 1)
    .split('/')
    .filter(Boolean)
    .map((p) => decodeURIComponent(p).replace(/~1/g, '/').replace(/~0/g, '~'));
  let node: unknown = root;
  for (const key of path) node = (node as Record<string, unknown> | undefined)?.[key];
  return node && typeof node === 'object' ? (node as Schema) : undefined;
}

const messages: Record<string, (p: Record<string, unknown>) => string> = {
  type: (p) => `must be ${p.type}`,
  required: (p) => `must have required property '${p.missingProperty}'`,
  minLength: (p) => `must NOT have fewer than ${p.limit} characters`,
  maxLength: (p) => `must NOT have more than ${p.limit} characters`,
  minimum: (p) => `must be >= ${p.limit}`,
  maximum: (p) => `must be <= ${p.limit}`,
  exclusiveMinimum: (p) => `must be > ${p.limit}`,
  exclusiveMaximum: (p) => `must be < ${p.limit}`,
  minItems: (p) => `must NOT have fewer than ${p.limit} items`,
  maxItems: (p) => `must NOT have more than ${p.limit} items`,
  uniqueItems: () => 'must NOT have duplicate items',
  pattern: (p) => `must match pattern "${p.pattern}"`,
  format: (p) => `must match format "${p.format}"`,
  enum: () => 'must be equal to one of the allowed values',
  const: () => 'must be equal to constant',
  multipleOf: (p) => `must be multiple of ${p.multipleOf}`,
  not: () => 'must NOT be valid',
  anyOf: () => 'must match a schema in anyOf',
  oneOf: () => 'must match exactly one schema in oneOf',
};

function walk(schema: unknown, data: unknown, dataPath: string, schemaPath: string, ctx: Context): void {
  if (schema === false) {
    ctx.errors.push({
      instancePath: dataPath,
      schemaPath,
      keyword: 'false schema',
      params: {},
      message: 'boolean schema is false',
      parentSchema: {},
    });
    return;
  }
  if (!schema || typeof schema !== 'object') return;
  const s = schema as Schema;
  const fail = (keyword: string, params: Record<string, unknown> = {}) =>
    ctx.errors.push({
      instancePath: dataPath,
      schemaPath: `${schemaPath}/${keyword}`,
      keyword,
      params,
      message: messages[keyword]?.(params) ?? `must pass "${keyword}" keyword validation`,
      parentSchema: s,
    });

  if (typeof s.$ref === 'string') {
    walk(resolveRef(s.$ref, ctx.root), data, dataPath, `${schemaPath}/$ref`, ctx);
  }

  if (s.type !== undefined) {
    const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
    // As in Ajv, a value of the wrong type is not checked any further by this schema.
    if (!types.some((type) => hasType(data, type))) {
      fail('type', { type: types.join(',') });
      return;
    }
  }
  if (s.const !== undefined && !equal(data, s.const)) fail('const', { allowedValue: s.const });
  if (Array.isArray(s.enum) && !s.enum.some((v) => equal(v, data))) fail('enum', { allowedValues: s.enum });

  if (typeof data === 'string') {
    const length = [...data].length;
    if (typeof s.minLength === 'number' && length < s.minLength) fail('minLength', { limit: s.minLength });
    if (typeof s.maxLength === 'number' && length > s.maxLength) fail('maxLength', { limit: s.maxLength });
    if (typeof s.pattern === 'string') {
      let ok = true;
      try {
        ok = new RegExp(s.pattern, 'u').test(data);
      } catch {
        // A pattern the browser cannot read is the server's to judge.
      }
      if (!ok) fail('pattern', { pattern: s.pattern });
    }
    if (typeof s.format === 'string') {
      const check = ctx.formats[s.format];
      const ok = !check || (check instanceof RegExp ? check.test(data) : check(data));
      if (!ok) fail('format', { format: s.format });
    }
  }

  if (typeof data === 'number') {
    if (typeof s.minimum === 'number' && data < s.minimum)
      fail('minimum', { comparison: '>=', limit: s.minimum });
    if (typeof s.maximum === 'number' && data > s.maximum)
      fail('maximum', { comparison: '<=', limit: s.maximum });
    if (typeof s.exclusiveMinimum === 'number' && data <= s.exclusiveMinimum) {
      fail('exclusiveMinimum', { comparison: '>', limit: s.exclusiveMinimum });
    }
    if (typeof s.exclusiveMaximum === 'number' && data >= s.exclusiveMaximum) {
      fail('exclusiveMaximum', { comparison: '<', limit: s.exclusiveMaximum });
    }
    if (
      typeof s.multipleOf === 'number' &&
      Math.abs(data / s.multipleOf - Math.round(data / s.multipleOf)) > 1e-8
    ) {
      fail('multipleOf', { multipleOf: s.multipleOf });
    }
  }

  if (Array.isArray(data)) {
    if (typeof s.minItems === 'number' && data.length < s.minItems) fail('minItems', { limit: s.minItems });
    if (typeof s.maxItems === 'number' && data.length > s.maxItems) fail('maxItems', { limit: s.maxItems });
    if (s.uniqueItems === true) {
      const dup = data.findIndex((v, i) => data.findIndex((w) => equal(v, w)) !== i);
      if (dup >= 0) fail('uniqueItems', { i: dup, j: data.findIndex((w) => equal(data[dup], w)) });
    }
    if (Array.isArray(s.items)) {
      s.items.forEach((item, i) => {
        if (i < data.length) walk(item, data[i], `${dataPath}/${i}`, `${schemaPath}/items/${i}`, ctx);
      });
    } else if (s.items !== undefined) {
      data.forEach((item, i) => {
        walk(s.items, item, `${dataPath}/${i}`, `${schemaPath}/items`, ctx);
      });
    }
  }

  if (data && typeof data === 'object' && !Array.isArray(data)) {
    const object = data as Record<string, unknown>;
    for (const key of (s.required as string[] | undefined) ?? []) {
      if (object[key] === undefined) fail('required', { missingProperty: key });
    }
    const properties = (s.properties as Record<string, unknown> | undefined) ?? {};
    for (const [key, sub] of Object.entries(properties)) {
      if (object[key] !== undefined) {
        walk(
          sub,
          object[key],
          `${dataPath}/${pointerKey(key)}`,
          `${schemaPath}/properties/${pointerKey(key)}`,
          ctx,
        );
      }
    }
  }

  const passes = (sub: unknown) => {
    const inner: Context = { ...ctx, errors: [] };
    walk(sub, data, dataPath, schemaPath, inner);
    return inner.errors.length === 0;
  };

  if (Array.isArray(s.allOf)) {
    s.allOf.forEach((sub, i) => {
      walk(sub, data, dataPath, `${schemaPath}/allOf/${i}`, ctx);
    });
  }
  if (Array.isArray(s.anyOf) && !s.anyOf.some(passes)) fail('anyOf');
  if (Array.isArray(s.oneOf) && s.oneOf.filter(passes).length !== 1) fail('oneOf', { passingSchemas: null });
  if (s.not !== undefined && passes(s.not)) fail('not');
  if (s.if !== undefined) {
    const branch = passes(s.if) ? 'then' : 'else';
    if (s[branch] !== undefined) walk(s[branch], data, dataPath, `${schemaPath}/${branch}`, ctx);
  }
}

/** Validates `data` against `schema`; `$ref`s resolve against `root`. No errors means valid. */
export function checkSchema(
  schema: unknown,
  data: unknown,
  formats: Record<string, FormatCheck>,
  root: Schema = schema as Schema,
): RawError[] {
  const ctx: Context = { root, formats, errors: [] };
  walk(schema, data, '', '#', ctx);
  return ctx.errors;
}
