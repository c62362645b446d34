import type { FormInstance } from 'antd';
import type { Problem } from '../../../api/types';

type NamePath = (string | number)[];

// Servers name fields as dotted paths or JSON pointers (missing.0.material, /to/department).
function pathOf(field: string): NamePath {
  return field
    .replace(/^\/+/, '')
    .replace(/\//g, '.')
    .replace(/^body\./, '')
    .split('.')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Puts a problem's field errors under the form's own fields (lists included) and returns what
 * is left for a banner: the title, the detail, errors for fields the form does not show.
 */
export function placeFieldErrors(form: FormInstance, problem: Problem): Problem | null {
  const shown = new Set(form.getFieldsError().map((f) => f.name.join('.')));
  const placed = new Map<string, { name: NamePath; errors: string[] }>();
  const rest: NonNullable<Problem['errors']> = [];
  for (const error of problem.errors ?? []) {
    const name = pathOf(error.field);
    const key = name.join('.');
    if (!shown.has(key)) {
      rest.push(error);
      continue;
    }
    const entry = placed.get(key) ?? { name, errors: [] };
    entry.errors.push(error.message);
    placed.set(key, entry);
  }
  form.setFields([...placed.values()]);
  if (placed.size > 0 && rest.length === 0) return null;
  return { ...problem, errors: rest };
}
