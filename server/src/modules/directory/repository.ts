import { type AnyDb, tablesOf } from '../../platform/db/index.js';
import type { DirectoryTables } from './tables.js';

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
      db
        .selectFrom('departments')
        .select(['id', 'name', 'code', 'divisionCode'])
        .where('id', '=', id)
        .executeTakeFirst(),
    findDepartmentByCode: (code: string) =>
      db
        .selectFrom('departments')
        .select(['id', 'name', 'code', 'divisionCode'])
        .where('code', '=', code)
        .executeTakeFirst(),
    findDivision: (code: string) =>
      db.selectFrom('divisions').selectAll().where('code', '=', code).executeTakeFirst(),
    findServiceCenter: (id: string) =>
      db.selectFrom('serviceCenters').select(['id', 'name']).where('id', '=', id).executeTakeFirst(),
  };
}
