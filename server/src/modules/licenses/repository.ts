import { type AnyDb, type AnyTrx, tablesOf } from '../../platform/db/index.js';
import type {
  IssuanceStatus,
  LicenseCopyTable,
  LicenseIssuanceTable,
  LicenseShareTable,
  LicenseTable,
  LicenseTables,
  LicenseTypeTable,
} from './tables.js';
import type { LicenseTypeDefinition } from './type-definition.js';

/** What lists show of a licence: no sealed columns. */
const LISTED = [
  'id',
  'licenseNo',
  'typeCode',
  'typeName',
  'applicationNo',
  'holderKind',
  'holderNameMasked',
  'issuerName',
  'departmentCode',
  'issuedAt',
  'validFrom',
  'validUntil',
  'status',
  'statusReason',
  'statusChangedAt',
  'revision',
] as const;

export type LicenseType = LicenseTypeDefinition & { revision: number; updatedAt: string };

const typeOf = (row: LicenseTypeTable): LicenseType => ({
  ...(JSON.parse(row.definition) as LicenseTypeDefinition),
  revision: row.revision,
  updatedAt: row.updatedAt,
});

export function licenseRepository(anyDb: AnyDb | AnyTrx) {
  const db = tablesOf<LicenseTables>(anyDb);
  return {
    async types(): Promise<LicenseType[]> {
      const rows = await db.selectFrom('licenseTypes').selectAll().orderBy('code').execute();
      return rows.map(typeOf);
    },
    async findType(code: string): Promise<LicenseType | undefined> {
      const row = await db.selectFrom('licenseTypes').selectAll().where('code', '=', code).executeTakeFirst();
      return row && typeOf(row);
    },
    async findTypeByName(name: string): Promise<LicenseType | undefined> {
      const row = await db.selectFrom('licenseTypes').selectAll().where('name', '=', name).executeTakeFirst();
      return row && typeOf(row);
    },
    /** The types any of these matters issues, each once. */
    async typesOfMatters(matterCodes: readonly string[]): Promise<LicenseType[]> {
      if (matterCodes.length === 0) return [];
      const rows = await db
        .selectFrom('licenseTypes')
        .selectAll()
        .where(
          'code',
          'in',
          db
            .selectFrom('licenseTypeMatters')
            .select('licenseTypeCode')
            .where('matterCode', 'in', matterCodes),
        )
        .orderBy('code')
        .execute();
      return rows.map(typeOf);
    },
    /** Writes a definition and its matter mapping; answers false when `expectedRevision` is stale. */
    async saveType(
      def: LicenseTypeDefinition,
      expectedRevision: number | null,
      at: string,
    ): Promise<boolean> {
      const values = {
        code: def.code,
        name: def.name,
        kind: def.kind,
        departmentCode: def.departmentCode,
        definition: JSON.stringify(def),
        updatedAt: at,
      };
      if (expectedRevision === null) {
        const inserted = await db
          .insertInto('licenseTypes')
          .values({ ...values, revision: 1 })
          .onConflict((oc) => oc.column('code').doNothing())
          .executeTakeFirst();
        if (Number(inserted.numInsertedOrUpdatedRows ?? 0) !== 1) return false;
      } else {
        const updated = await db
          .updateTable('licenseTypes')
          .set({ ...values, revision: expectedRevision + 1 })
          .where('code', '=', def.code)
          .where('revision', '=', expectedRevision)
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) !== 1) return false;
      }
      await db.deleteFrom('licenseTypeMatters').where('licenseTypeCode', '=', def.code).execute();
      const matters = def.kind === 'license' ? def.matterCodes : [];
      if (matters.length)
        await db
          .insertInto('licenseTypeMatters')
          .values(matters.map((matterCode) => ({ licenseTypeCode: def.code, matterCode })))
          .execute();
      return true;
    },

    findIssuance: (applicationId: string, typeCode: string) =>
      db
        .selectFrom('licenseIssuances')
        .selectAll()
        .where('applicationId', '=', applicationId)
        .where('licenseTypeCode', '=', typeCode)
        .executeTakeFirst(),
    /** Reserves an issuance; false when another delivery of the same event got there first. */
    async reserveIssuance(row: LicenseIssuanceTable): Promise<boolean> {
      const result = await db
        .insertInto('licenseIssuances')
        .values(row)
        .onConflict((oc) => oc.columns(['applicationId', 'licenseTypeCode']).doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
    },
    updateIssuance: (applicationId: string, typeCode: string, patch: Partial<LicenseIssuanceTable>) =>
      db
        .updateTable('licenseIssuances')
        .set(patch)
        .where('applicationId', '=', applicationId)
        .where('licenseTypeCode', '=', typeCode)
        .execute(),
    issuances(filter: { status?: IssuanceStatus; departmentCode?: string | null }) {
      let q = db.selectFrom('licenseIssuances').selectAll();
      if (filter.status) q = q.where('status', '=', filter.status);
      if (filter.departmentCode) q = q.where('departmentCode', '=', filter.departmentCode);
      return q.orderBy('approvedAt', 'desc').limit(200).execute();
    },

    /** The next number of a type in a region's year: one atomic statement, rolled back with its transaction. */
    async nextNumber(prefix: string, region: string, year: number): Promise<number> {
      const row = await db
        .insertInto('licenseNoCounters')
        .values({ prefix, region, year, lastValue: 1 })
        .onConflict((oc) =>
          oc
            .columns(['prefix', 'region', 'year'])
            .doUpdateSet((eb) => ({ lastValue: eb('licenseNoCounters.lastValue', '+', 1) })),
        )
        .returning('lastValue')
        .executeTakeFirstOrThrow();
      return row.lastValue;
    },

    insert: (row: LicenseTable) => db.insertInto('licenses').values(row).execute(),
    findById: (id: string) => db.selectFrom('licenses').selectAll().where('id', '=', id).executeTakeFirst(),
    findByNo: (licenseNo: string) =>
      db.selectFrom('licenses').selectAll().where('licenseNo', '=', licenseNo).executeTakeFirst(),
    findByToken: (token: string) =>
      db.selectFrom('licenses').selectAll().where('verifyToken', '=', token).executeTakeFirst(),
    findByPdfSm3: (sm3: string) =>
      db.selectFrom('licenses').selectAll().where('pdfSm3', '=', sm3).executeTakeFirst(),
    ofApplication: (applicationId: string) =>
      db
        .selectFrom('licenses')
        .select(LISTED)
        .where('applicationId', '=', applicationId)
        .orderBy('typeCode')
        .execute(),
    ofHolder: (holderAccountId: string) =>
      db
        .selectFrom('licenses')
        .select(LISTED)
        .where('holderAccountId', '=', holderAccountId)
        .orderBy('issuedAt', 'desc')
        .orderBy('licenseNo')
        .execute(),
    /** A department's licences, newest first; every department's for null. */
    async pageOfDepartment(
      departmentId: string | null,
      filter: { status?: LicenseTable['status']; q?: string },
      page: number,
      pageSize: number,
    ) {
      let q = db.selectFrom('licenses');
      if (departmentId) q = q.where('departmentId', '=', departmentId);
      if (filter.status) q = q.where('status', '=', filter.status);
      const search = filter.q;
      if (search)
        q = q.where((eb) =>
          eb.or([
            eb('licenseNo', 'like', `${search.toUpperCase()}%`),
            eb('applicationNo', 'like', `${search}%`),
            eb('holderNameMasked', 'like', `%${search}%`),
          ]),
        );
      const { n } = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const items = await q
        .select(LISTED)
        .orderBy('issuedAt', 'desc')
        .orderBy('licenseNo', 'desc')
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute();
      return { items, total: Number(n), page, pageSize };
    },
    /** Changes the status if nobody changed the licence since it was read. */
    async changeStatus(
      id: string,
      revision: number,
      patch: Pick<LicenseTable, 'status' | 'statusReason' | 'statusChangedAt'>,
    ) {
      const result = await db
        .updateTable('licenses')
        .set({ ...patch, revision: revision + 1 })
        .where('id', '=', id)
        .where('revision', '=', revision)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    insertShare: (row: LicenseShareTable) => db.insertInto('licenseShares').values(row).execute(),
    findShare: (token: string) =>
      db.selectFrom('licenseShares').selectAll().where('token', '=', token).executeTakeFirst(),
    insertCopy: (row: LicenseCopyTable) => db.insertInto('licenseCopies').values(row).execute(),
    findCopyBySm3: (sm3: string) =>
      db.selectFrom('licenseCopies').selectAll().where('sm3', '=', sm3).executeTakeFirst(),
  };
}

export type LicenseListItem = Awaited<ReturnType<ReturnType<typeof licenseRepository>['ofHolder']>>[number];
