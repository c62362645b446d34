import type { AnyDb } from '../../platform/db/index.js';
import { invalidFields } from '../../platform/errors/index.js';
import { directoryRepository } from '../directory/index.js';

export interface Unit {
  id: string;
  code: string;
  name: string;
  divisionCode: string;
}

const FRESH_MS = 1000;
const cache = new WeakMap<AnyDb, { at: number; units: Promise<Map<string, Unit>> }>();

/**
 * Orders go to departments of the directory: a few dozen rows that rarely change, read at
 * most once a second per process (every list and detail names units).
 */
export function unitDirectory(db: AnyDb): Promise<Map<string, Unit>> {
  const seen = cache.get(db);
  if (seen && performance.now() - seen.at < FRESH_MS) return seen.units;
  const units = directoryRepository(db)
    .departments()
    .then((rows) => new Map(rows.map((d) => [d.id, d])));
  cache.set(db, { at: performance.now(), units });
  units.catch(() => cache.delete(db));
  return units;
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
