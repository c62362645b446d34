import type { AnyDb } from '../../platform/db/index.js';
import { invalidFields } from '../../platform/errors/index.js';
import { directoryRepository } from '../directory/index.js';

export interface Unit {
  id: string;
  code: string;
  name: string;
  divisionCode: string;
}

/** Orders go to departments of the directory: a few dozen rows, read once per request. */
export async function unitDirectory(db: AnyDb): Promise<Map<string, Unit>> {
  return new Map((await directoryRepository(db).departments()).map((d) => [d.id, d]));
}

export const unitRef = (units: Map<string, Unit>, id: string | null) =>
  id ? { id, name: units.get(id)?.name ?? '' } : null;

/** 400 naming the field when a unit id is not a department. */
export function assertUnits(units: Map<string, Unit>, fields: Record<string, string | string[] | undefined>) {
  const problems = Object.entries(fields).flatMap(([field, value]) =>
    (Array.isArray(value) ? value : value ? [value] : []).some((id) => !units.has(id))
      ? [{ field, code: 'hotline.unit_unknown' }]
      : [],
  );
  if (problems.length) throw invalidFields(problems);
}
