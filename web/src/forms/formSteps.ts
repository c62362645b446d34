import type { JsonSchema } from '../api/catalogueTypes';

/**
 * An application form split into pages, so a phone shows one small group of questions at a
 * time. Pure: the same schema always gives the same steps, and a draft saved on one device
 * resumes on the same step on another.
 */
export interface FormStep {
  /** Top-level field names, in form order; conditional ones included. */
  fields: string[];
  /** The titles of the fields always shown on the step (its questions). */
  titles: string[];
  /** What the questions share ("申领人" for 申领人姓名, 申领人手机号码…); empty when nothing. */
  subject: string;
  /** The part of the form schema this step asks, for rjsf and for checking the step. */
  schema: JsonSchema;
}

type Props = Record<string, JsonSchema>;

interface Field {
  name: string;
  schema: JsonSchema;
  /** Fields whose answers decide whether this one is asked (from its if/then branch). */
  dependsOn: string[];
}

/** Plain questions per page; a question that reveals others, and a group, take a page each. */
const maxPlainFields = 3;

const asProps = (value: unknown): Props => (value && typeof value === 'object' ? (value as Props) : {});
const branchesOf = (schema: JsonSchema): JsonSchema[] =>
  Array.isArray(schema.allOf) ? (schema.allOf as JsonSchema[]) : [];

/** Field names a condition looks at. */
function conditionFields(condition: unknown, into = new Set<string>()): Set<string> {
  if (!condition || typeof condition !== 'object') return into;
  const node = condition as JsonSchema;
  for (const key of Object.keys(asProps(node.properties))) into.add(key);
  for (const key of (node.required as string[] | undefined) ?? []) into.add(key);
  for (const list of [node.allOf, node.anyOf, node.oneOf]) {
    if (Array.isArray(list)) for (const sub of list) conditionFields(sub, into);
  }
  if (node.not) conditionFields(node.not, into);
  return into;
}

/** Names a branch brings in (its then/else properties). */
function branchFields(branch: JsonSchema): string[] {
  return [
    ...Object.keys(asProps(asProps(branch.then).properties)),
    ...Object.keys(asProps(asProps(branch.else).properties)),
  ];
}

function fieldsOf(schema: JsonSchema, uiSchema: Record<string, unknown>): Field[] {
  const byName = new Map<string, Field>();
  for (const [name, sub] of Object.entries(asProps(schema.properties))) {
    byName.set(name, { name, schema: sub, dependsOn: [] });
  }
  for (const branch of branchesOf(schema)) {
    const deps = [...conditionFields(branch.if)];
    for (const part of [branch.then, branch.else]) {
      for (const [name, sub] of Object.entries(asProps(asProps(part).properties))) {
        const known = byName.get(name);
        if (known) known.dependsOn = [...new Set([...known.dependsOn, ...deps])];
        else byName.set(name, { name, schema: sub, dependsOn: deps });
      }
    }
  }
  // The form's own order, then anything it forgot, as rjsf's '*' would place it.
  const order = ((uiSchema['ui:order'] as string[] | undefined) ?? []).filter((n) => byName.has(n));
  const rest = [...byName.keys()].filter((n) => !order.includes(n));
  return [...order, ...rest].map((n) => byName.get(n)!);
}

/** A group of questions (an object other than an address, or a list): a page of its own. */
function isGroup(field: Field, uiSchema: Record<string, unknown>): boolean {
  if ((uiSchema[field.name] as Record<string, unknown> | undefined)?.['ui:field'] === 'address') return false;
  const items = field.schema.items as JsonSchema | undefined;
  return field.schema.type === 'object' || (field.schema.type === 'array' && items?.type === 'object');
}

function commonPrefix(titles: string[]): string {
  if (titles.length < 2) return '';
  let prefix = titles[0]!;
  for (const title of titles.slice(1)) {
    let i = 0;
    while (i < prefix.length && i < title.length && prefix[i] === title[i]) i++;
    prefix = prefix.slice(0, i);
  }
  // One shared character (申请…/审批…) says nothing.
  return [...prefix].length >= 2 ? prefix : '';
}

const titleOf = (field: Field) => (typeof field.schema.title === 'string' ? field.schema.title : field.name);

/** The sub-schema asking just `names`: their properties, requirements and the branches that reveal them. */
function stepSchema(schema: JsonSchema, names: string[]): JsonSchema {
  const wanted = new Set(names);
  const properties = Object.fromEntries(
    Object.entries(asProps(schema.properties)).filter(([name]) => wanted.has(name)),
  );
  const required = ((schema.required as string[] | undefined) ?? []).filter((n) => wanted.has(n));
  const branches = branchesOf(schema).filter((b) => branchFields(b).some((n) => wanted.has(n)));
  return {
    type: 'object',
    properties,
    ...(required.length ? { required } : {}),
    ...(branches.length ? { allOf: branches } : {}),
  };
}

export function splitForm(schema: JsonSchema, uiSchema: Record<string, unknown>): FormStep[] {
  const fields = fieldsOf(schema, uiSchema);
  const position = new Map(fields.map((f, i) => [f.name, i]));

  // Each conditional field joins the unit of the last field it depends on (chains included),
  // so a question and what it reveals are always answered together.
  const rootOf = new Map<string, string>();
  const resolve = (field: Field, seen: Set<string>): string => {
    const known = rootOf.get(field.name);
    if (known) return known;
    const deps = field.dependsOn.filter((d) => position.has(d) && d !== field.name && !seen.has(d));
    let root = field.name;
    if (deps.length) {
      const last = deps.reduce((a, b) => (position.get(a)! > position.get(b)! ? a : b));
      root = resolve(fields[position.get(last)!]!, new Set([...seen, field.name]));
    }
    rootOf.set(field.name, root);
    return root;
  };
  for (const field of fields) resolve(field, new Set());

  const units = new Map<string, string[]>();
  for (const field of fields) {
    const root = rootOf.get(field.name)!;
    units.set(root, [...(units.get(root) ?? []), field.name]);
  }

  // Questions that reveal others, and groups, take a page each. The plain questions between
  // them go in runs that share a subject (申领人姓名, 申领人手机号码…), a few per page; loose
  // single questions are gathered a few per page too.
  type Draft = { fields: string[]; titles: string[] };
  const steps: Draft[] = [];
  let run: Draft[] = [];
  const flush = () => {
    const subjects: Draft[] = [];
    for (const one of run) {
      const last = subjects.at(-1);
      if (last && commonPrefix([...last.titles, ...one.titles])) {
        last.fields.push(...one.fields);
        last.titles.push(...one.titles);
      } else subjects.push({ fields: [...one.fields], titles: [...one.titles] });
    }
    let loose: Draft | null = null;
    for (const subject of subjects) {
      if (subject.fields.length === 1) {
        if (!loose || loose.fields.length >= maxPlainFields) {
          loose = { fields: [], titles: [] };
          steps.push(loose);
        }
        loose.fields.push(...subject.fields);
        loose.titles.push(...subject.titles);
        continue;
      }
      loose = null;
      // A long run is cut evenly: 5 → 3 + 2, 7 → 3 + 2 + 2.
      const pages = Math.ceil(subject.fields.length / maxPlainFields);
      const size = Math.ceil(subject.fields.length / pages);
      for (let i = 0; i < subject.fields.length; i += size) {
        steps.push({ fields: subject.fields.slice(i, i + size), titles: subject.titles.slice(i, i + size) });
      }
    }
    run = [];
  };
  for (const [root, names] of units) {
    const field = fields[position.get(root)!]!;
    if (names.length > 1 || isGroup(field, uiSchema)) {
      flush();
      steps.push({ fields: names, titles: [titleOf(field)] });
    } else run.push({ fields: names, titles: [titleOf(field)] });
  }
  flush();

  return steps.map((step) => ({
    fields: [...step.fields].sort((a, b) => position.get(a)! - position.get(b)!),
    titles: step.titles,
    subject: commonPrefix(step.titles),
    schema: stepSchema(schema, step.fields),
  }));
}

/** The step that asks a top-level field (a server error's `formData.<field>.…`), or -1. */
export function stepOfField(steps: readonly FormStep[], field: string): number {
  return steps.findIndex((step) => step.fields.includes(field));
}
