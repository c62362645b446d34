import type { ErrorSchema } from '@rjsf/utils';
import type { Problem } from '../api/types';

/** Server field errors (`members.0.name`) as an rjsf error tree, to show under the fields themselves. */
export function errorSchemaOf(problem: Problem | null): ErrorSchema {
  const root: Record<string, unknown> = {};
  for (const error of problem?.errors ?? []) {
    const path = error.field === '(root)' ? [] : error.field.split('.');
    let node = root;
    for (const key of path) {
      node[key] ??= {};
      node = node[key] as Record<string, unknown>;
    }
    const list = (node.__errors as string[] | undefined) ?? [];
    if (!list.includes(error.message)) node.__errors = [...list, error.message];
  }
  return root as ErrorSchema;
}
