import type { FieldProblem } from '../../platform/errors/index.js';
import type { Condition, FormField, MatterGuide } from './model.js';

function conditionFields(c: Condition): string[] {
  if ('field' in c) return [c.field];
  if ('all' in c) return c.all.flatMap(conditionFields);
  if ('any' in c) return c.any.flatMap(conditionFields);
  return conditionFields(c.not);
}

function checkFields(fields: FormField[], path: string, problems: FieldProblem[]): void {
  const names = new Set<string>();
  for (const [i, f] of fields.entries()) {
    if (names.has(f.name))
      problems.push({
        field: `${path}.${i}.name`,
        code: 'catalogue.duplicate_field',
        params: { field: f.name },
      });
    names.add(f.name);
  }
  for (const [i, f] of fields.entries()) {
    for (const ref of f.visibleIf ? conditionFields(f.visibleIf) : []) {
      if (!names.has(ref) || ref === f.name)
        problems.push({
          field: `${path}.${i}.visibleIf`,
          code: 'catalogue.bad_condition',
          params: { field: ref },
        });
    }
    if (f.kind === 'group') checkFields(f.fields, `${path}.${i}.fields`, problems);
  }
}

/** Rules across fields that a schema of single fields cannot state. */
export function guideProblems(guide: MatterGuide): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (guide.promisedLimitDays > guide.legalLimitDays)
    problems.push({ field: 'guide.promisedLimitDays', code: 'catalogue.promised_exceeds_legal' });
  checkFields(guide.form, 'guide.form', problems);
  const ids = new Set<string>();
  for (const [i, m] of guide.materials.entries()) {
    if (ids.has(m.id))
      problems.push({
        field: `guide.materials.${i}.id`,
        code: 'catalogue.duplicate_material',
        params: { id: m.id },
      });
    ids.add(m.id);
  }
  return problems;
}
