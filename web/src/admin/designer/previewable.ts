import type { Condition, FormField } from '../../api/catalogueTypes';
import { cleanField, isChoice } from '../matters/guideForm';

const namePattern = /^[a-z][a-zA-Z0-9]{0,63}$/;

function keepCondition(c: Condition | undefined, names: Set<string>): Condition | undefined {
  if (!c) return undefined;
  if ('field' in c) return names.has(c.field) ? c : undefined;
  if ('not' in c) {
    const not = keepCondition(c.not, names);
    return not && { not };
  }
  const members = ('all' in c ? c.all : c.any)
    .map((m) => keepCondition(m, names))
    .filter((m): m is Condition => Boolean(m));
  if (!members.length) return undefined;
  return 'all' in c ? { all: members } : { any: members };
}

/**
 * The part of a form being designed that can already be compiled: fields still missing a
 * name, a label or their options are left out of the preview (not out of the form), so the
 * preview keeps working while the administrator types.
 */
export function previewable(fields: readonly FormField[] | undefined): FormField[] {
  const seen = new Set<string>();
  const kept: FormField[] = [];
  for (const raw of fields ?? []) {
    if (!raw?.kind) continue;
    let f = cleanField(raw);
    if (!namePattern.test(f.name) || !f.label || seen.has(f.name)) continue;
    if (isChoice(f.kind) && !('options' in f && f.options.length)) continue;
    if (f.kind === 'group') {
      const inner = previewable(f.fields);
      if (!inner.length) continue;
      f = { ...f, fields: inner };
    }
    seen.add(f.name);
    kept.push(f);
  }
  return kept.map((f) => {
    const visibleIf = keepCondition(f.visibleIf, new Set(kept.filter((k) => k !== f).map((k) => k.name)));
    const { visibleIf: _, ...rest } = f;
    return (visibleIf ? { ...rest, visibleIf } : rest) as FormField;
  });
}
