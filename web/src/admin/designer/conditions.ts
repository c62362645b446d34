import type { Condition, FormField } from '../../api/catalogueTypes';

export type ConditionType = 'equals' | 'all' | 'any' | 'not';

export function typeOf(c: Condition): ConditionType {
  if ('field' in c) return 'equals';
  if ('all' in c) return 'all';
  if ('any' in c) return 'any';
  return 'not';
}

/** Kinds whose single value a condition can compare (not lists, groups, addresses or files). */
const comparable: readonly FormField['kind'][] = [
  'text',
  'textarea',
  'number',
  'date',
  'idNumber',
  'creditCode',
  'mobile',
  'select',
  'radio',
];

export function conditionFields(siblings: readonly FormField[]): FormField[] {
  return siblings.filter((f) => f?.name && comparable.includes(f.kind));
}

/** A fresh "field equals value" test, on the first field that can be compared. */
export function firstTest(siblings: readonly FormField[]): Condition {
  const field = conditionFields(siblings)[0];
  const options = field && 'options' in field ? field.options : undefined;
  return { field: field?.name ?? '', equals: options?.[0] ?? '' };
}

/** Switching the type keeps what can be kept: a test becomes the first member of and/or/not. */
export function convert(c: Condition, to: ConditionType, siblings: readonly FormField[]): Condition {
  const members = 'all' in c ? c.all : 'any' in c ? c.any : 'not' in c ? [c.not] : [c];
  switch (to) {
    case 'equals':
      return (
        members.find((m): m is Extract<Condition, { field: string }> => 'field' in m) ?? firstTest(siblings)
      );
    case 'all':
      return { all: members };
    case 'any':
      return { any: members };
    case 'not':
      return { not: members[0] ?? firstTest(siblings) };
  }
}
