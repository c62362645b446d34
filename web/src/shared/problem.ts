import type { FormInstance } from 'antd';
import { useState } from 'react';
import { ApiError } from '../api/client';
import type { Problem } from '../api/types';

export function problemOf(error: unknown): Problem {
  if (error instanceof ApiError) return error.problem;
  return { title: error instanceof Error ? error.message : String(error), status: 0 };
}

// Servers name fields as plain keys, dotted paths or JSON pointers; reduce them all to a dotted path.
function normalise(field: string): string {
  return field
    .replace(/^\/+/, '')
    .replace(/\//g, '.')
    .replace(/^body\./, '');
}

/**
 * Puts a problem's per-field errors under the matching form fields and keeps the rest
 * (title, detail, errors for fields the form does not have) for a ProblemAlert.
 * `aliases` maps server field paths to form field names where they differ.
 */
export function useFormProblem(
  form: FormInstance,
  fields: readonly string[],
  aliases: Record<string, string> = {},
) {
  const [problem, setProblem] = useState<Problem | null>(null);

  function show(error: unknown) {
    const full = problemOf(error);
    const unplaced: NonNullable<Problem['errors']> = [];
    const byField = new Map<string, string[]>();
    for (const item of full.errors ?? []) {
      const path = normalise(item.field);
      const name = aliases[path] ?? path;
      if (fields.includes(name)) byField.set(name, [...(byField.get(name) ?? []), item.message]);
      else unplaced.push(item);
    }
    form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
    const [first] = byField.keys();
    // On a phone the offending field may be far above the submit button.
    if (first) form.scrollToField(first, { block: 'center' });
    const placedAll = byField.size > 0 && unplaced.length === 0;
    // When every message sits under its field, a banner would only repeat the generic title.
    setProblem(placedAll ? null : { ...full, errors: unplaced });
  }

  return { problem, show, clear: () => setProblem(null) };
}
