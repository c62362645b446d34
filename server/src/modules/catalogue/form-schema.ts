import type { Condition, FormField } from './model.js';

export type JsonSchema = Record<string, unknown>;
export type UiSchema = Record<string, unknown>;

export const FORMATS = {
  idNumber: 'id-number',
  creditCode: 'credit-code',
  mobile: 'mobile-cn',
  file: 'data-url',
} as const;

/** A condition as JSON Schema, so client (rjsf) and server (ajv) evaluate it identically. */
export function conditionSchema(c: Condition): JsonSchema {
  if ('field' in c) return { properties: { [c.field]: { const: c.equals } }, required: [c.field] };
  if ('all' in c) return { allOf: c.all.map(conditionSchema) };
  if ('any' in c) return { anyOf: c.any.map(conditionSchema) };
  return { not: conditionSchema(c.not) };
}

function fieldSchema(f: FormField): { schema: JsonSchema; ui: UiSchema } {
  const base = { title: f.label, ...(f.help ? { description: f.help } : {}) };
  switch (f.kind) {
    case 'text':
    case 'textarea':
      return {
        schema: {
          ...base,
          type: 'string',
          ...(f.required ? { minLength: 1 } : {}),
          ...(f.maxLength ? { maxLength: f.maxLength } : {}),
          ...(f.pattern ? { pattern: f.pattern } : {}),
        },
        ui: f.kind === 'textarea' ? { 'ui:widget': 'textarea' } : {},
      };
    case 'number':
      return {
        schema: {
          ...base,
          type: f.integer ? 'integer' : 'number',
          ...(f.min !== undefined ? { minimum: f.min } : {}),
          ...(f.max !== undefined ? { maximum: f.max } : {}),
        },
        ui: f.unit ? { 'ui:options': { addonAfter: f.unit } } : {},
      };
    case 'date':
      return { schema: { ...base, type: 'string', format: 'date' }, ui: {} };
    case 'idNumber':
    case 'creditCode':
    case 'mobile':
      return {
        schema: { ...base, type: 'string', format: FORMATS[f.kind] },
        ui: { 'ui:options': { kind: f.kind } },
      };
    case 'file':
      return { schema: { ...base, type: 'string', format: FORMATS.file }, ui: {} };
    case 'address':
      return {
        schema: {
          ...base,
          type: 'object',
          properties: {
            division: { type: 'array', items: { type: 'string' }, minItems: 1, title: '所在区域' },
            detail: { type: 'string', minLength: 1, title: '详细地址' },
          },
          required: ['division', 'detail'],
        },
        ui: { 'ui:field': 'address' },
      };
    case 'select':
    case 'radio':
      return {
        schema: { ...base, type: 'string', enum: f.options },
        ui: f.kind === 'radio' ? { 'ui:widget': 'radio' } : {},
      };
    case 'checkboxes':
      return {
        schema: {
          ...base,
          type: 'array',
          items: { type: 'string', enum: f.options },
          uniqueItems: true,
          ...(f.required ? { minItems: 1 } : {}),
        },
        ui: { 'ui:widget': 'checkboxes' },
      };
    case 'group': {
      const inner = compileFields(f.fields);
      if (!f.repeat) return { schema: { ...base, ...inner.schema }, ui: inner.ui };
      return {
        schema: {
          ...base,
          type: 'array',
          items: inner.schema,
          ...(f.minItems !== undefined ? { minItems: f.minItems } : f.required ? { minItems: 1 } : {}),
          ...(f.maxItems !== undefined ? { maxItems: f.maxItems } : {}),
        },
        ui: { items: inner.ui },
      };
    }
  }
}

/**
 * Compiles the form DSL into JSON Schema (draft-07) and an rjsf UI schema. A field with
 * `visibleIf` lives in an if/then branch: it exists, and is required, only when the
 * condition holds — on the client and on the server alike.
 */
export function compileFields(fields: FormField[]): { schema: JsonSchema; ui: UiSchema } {
  const properties: JsonSchema = {};
  const required: string[] = [];
  const branches: JsonSchema[] = [];
  const ui: UiSchema = { 'ui:order': [...fields.map((f) => f.name), '*'] };
  for (const f of fields) {
    const compiled = fieldSchema(f);
    if (Object.keys(compiled.ui).length) ui[f.name] = compiled.ui;
    if (f.visibleIf) {
      branches.push({
        if: conditionSchema(f.visibleIf),
        // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then, not a thenable
        then: { properties: { [f.name]: compiled.schema }, ...(f.required ? { required: [f.name] } : {}) },
      });
    } else {
      properties[f.name] = compiled.schema;
      if (f.required) required.push(f.name);
    }
  }
  return {
    schema: {
      type: 'object',
      properties,
      ...(required.length ? { required } : {}),
      ...(branches.length ? { allOf: branches } : {}),
    },
    ui,
  };
}

/** The application form of a matter: JSON Schema with its title, and the UI schema. */
export function compileForm(title: string, fields: FormField[]): { schema: JsonSchema; uiSchema: UiSchema } {
  const { schema, ui } = compileFields(fields);
  return { schema: { $schema: 'http://json-schema.org/draft-07/schema#', title, ...schema }, uiSchema: ui };
}

/** Names of every field, including nested ones, for counting and merging forms. */
export function fieldCount(fields: FormField[]): number {
  return fields.reduce((n, f) => n + (f.kind === 'group' ? fieldCount(f.fields) : 1), 0);
}
