import type { Kysely } from 'kysely';
import { type AnyDb, preparedQuery, tablesOf } from '../../platform/db/index.js';
import type { DepartmentTable, DirectoryTables, DivisionTable } from './tables.js';

// The directory is reference data: rows are seeded (never changed or deleted while serving)
// and the hot paths look the same few up on every write. A department's id is unique
// across databases and a division's code is the national one, so what was found is kept
// for the process's life.
const departmentsById = new Map<string, DepartmentTable>();
const divisionsByCode = new Map<string, DivisionTable>();

async function remembered<T>(cache: Map<string, T>, key: string, find: () => Promise<T | undefined>) {
  const known = cache.get(key);
  if (known) return known;
  const found = await find();
  if (found) cache.set(key, found);
  return found;
}

// A code names different rows in different databases (tests run several in one process),
// so a department by code is read each time, with its SQL compiled once.
const departmentByCode = preparedQuery((db: Kysely<DirectoryTables>, p: { code: string }) =>
  db.selectFrom('departments').select(['id', 'name', 'code', 'divisionCode']).where('code', '=', p.code),
);

export function directoryRepository(anyDb: AnyDb) {
  const db = tablesOf<DirectoryTables>(anyDb);
  return {
    divisions: () => db.selectFrom('divisions').selectAll().orderBy('code').execute(),
    departments: () =>
      db
        .selectFrom('departments')
        .innerJoin('divisions', 'divisions.code', 'departments.divisionCode')
        .select([
          'departments.id',
          'departments.code',
          'departments.name',
          'departments.divisionCode',
          'divisions.name as divisionName',
        ])
        .orderBy('departments.code')
        .execute(),
    serviceCenters: () =>
      db
        .selectFrom('serviceCenters')
        .innerJoin('divisions', 'divisions.code', 'serviceCenters.divisionCode')
        .selectAll('serviceCenters')
        .select('divisions.name as divisionName')
        .orderBy('serviceCenters.divisionCode')
        .orderBy('serviceCenters.name')
        .execute(),
    findDepartment: (id: string) =>
      remembered(departmentsById, id, () =>
        db
          .selectFrom('departments')
          .select(['id', 'name', 'code', 'divisionCode'])
          .where('id', '=', id)
          .executeTakeFirst(),
      ),
    findDepartmentByCode: (code: string) => departmentByCode.first(db, { code }),
    findDivision: (code: string) =>
      remembered(divisionsByCode, code, () =>
        db.selectFrom('divisions').selectAll().where('code', '=', code).executeTakeFirst(),
      ),
    findServiceCenter: (id: string) =>
      db.selectFrom('serviceCenters').select(['id', 'name']).where('id', '=', id).executeTakeFirst(),
  };
}
