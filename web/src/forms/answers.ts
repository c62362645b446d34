import type { JsonSchema } from '../api/catalogueTypes';
import type { FormStep } from './formSteps';
import { checkSchema } from './jsonSchemaCheck';
import { formats } from './validator';

type Data = Record<string, unknown>;
type Props = Record<string, JsonSchema>;

const isObject = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const propsOf = (schema: unknown): Props =>
  isObject(schema) && isObject(schema.properties) ? (schema.properties as Props) : {};

const holds = (condition: unknown, data: Data) => checkSchema(condition, data, formats).length === 0;

/** The questions a schema asks given these answers: its own, and those of the if/then branches that apply. */
export function activeProperties(schema: JsonSchema, data: Data): Props {
  const active: Props = { ...propsOf(schema) };
  for (const branch of (schema.allOf as JsonSchema[] | undefined) ?? []) {
    if (branch.if === undefined) continue;
    Object.assign(active, propsOf(holds(branch.if, data) ? branch.then : branch.else));
  }
  return active;
}

function prune(schema: JsonSchema, value: unknown): unknown {
  if (Array.isArray(value) && isObject(schema.items))
    return value.map((item) => prune(schema.items as JsonSchema, item));
  if (isObject(value) && schema.type === 'object') return activeAnswers(schema, value);
  return value;
}

/**
 * Only the answers to questions still asked: choosing 窗口领取 after 邮政寄递 drops the address,
 * so the check page, the draft and the application never carry a hidden answer.
 */
export function activeAnswers(schema: JsonSchema, data: Data): Data {
  const out: Data = {};
  for (const [key, sub] of Object.entries(activeProperties(schema, data))) {
    if (data[key] !== undefined) out[key] = prune(sub, data[key]);
  }
  return out;
}

// Errors that mean the question changed under the answer (no longer a choice, another kind of
// value). Anything else (a missing part, a format) is the applicant's to fix, so the answer stays.
const misfits = new Set(['type', 'enum', 'const']);

/** After the matter's form was republished: the answers that still fit the new form. */
export function fittingAnswers(schema: JsonSchema, data: Data): Data {
  const out: Data = {};
  for (const [key, value] of Object.entries(activeAnswers(schema, data))) {
    const sub = activeProperties(schema, data)[key];
    const broken = checkSchema(sub, value, formats).some((e) => misfits.has(e.keyword));
    if (!broken) out[key] = value;
  }
  return out;
}

export function isStepComplete(step: FormStep, data: Data): boolean {
  return checkSchema(step.schema, data, formats).length === 0;
}

/** Where to take an applicant back to: the first step with something to fix, or -1 when none. */
export function firstIncompleteStep(steps: readonly FormStep[], data: Data): number {
  return steps.findIndex((step) => !isStepComplete(step, data));
}
