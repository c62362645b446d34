import { type AnyDb, type AnyTrx, tablesOf } from '../../platform/db/index.js';
import type { SealCertificateTable, SealKeyTable, SealOwnerType, SealTables } from './tables.js';

/** The unique slot an owner's active key (or certificate) occupies. */
export const activeSlotOf = (type: SealOwnerType | 'ca', id: string | null) => (id ? `${type}:${id}` : type);

const KEY_COLUMNS = [
  'id',
  'ownerType',
  'ownerId',
  'algorithm',
  'publicKey',
  'activeSlot',
  'createdAt',
  'createdBy',
  'retiredAt',
] as const;

export function sealRepository(anyDb: AnyDb | AnyTrx) {
  const db = tablesOf<SealTables>(anyDb);
  return {
    /** Inserts an owner's active key unless it already has one; false then. */
    async insertKeyIfNoneActive(row: SealKeyTable): Promise<boolean> {
      const result = await db
        .insertInto('sealKeys')
        .values(row)
        .onConflict((oc) => oc.column('activeSlot').doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
    },
    activeKey: (ownerType: SealOwnerType, ownerId: string) =>
      db
        .selectFrom('sealKeys')
        .selectAll()
        .where('activeSlot', '=', activeSlotOf(ownerType, ownerId))
        .executeTakeFirst(),
    /** A key without its sealed private key: for lists, inspection and verification. */
    findKey: (id: string) =>
      db.selectFrom('sealKeys').select(KEY_COLUMNS).where('id', '=', id).executeTakeFirst(),
    activeKeysWithSecrets: () =>
      db.selectFrom('sealKeys').selectAll().where('activeSlot', 'is not', null).orderBy('id').execute(),
    /** Retires an active key; false when it was not active (retired meanwhile, or unknown). */
    async retireKey(id: string, at: string): Promise<boolean> {
      const result = await db
        .updateTable('sealKeys')
        .set({ activeSlot: null, retiredAt: at })
        .where('id', '=', id)
        .where('activeSlot', 'is not', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async keyPage(
      filter: {
        ownerType?: SealOwnerType | undefined;
        ownerId?: string | undefined;
        active?: boolean | undefined;
      },
      page: number,
      pageSize: number,
    ) {
      let q = db.selectFrom('sealKeys');
      if (filter.ownerType) q = q.where('ownerType', '=', filter.ownerType);
      if (filter.ownerId) q = q.where('ownerId', '=', filter.ownerId);
      if (filter.active !== undefined) q = q.where('activeSlot', filter.active ? 'is not' : 'is', null);
      const [items, total] = await Promise.all([
        q
          .select(KEY_COLUMNS)
          .orderBy('ownerType')
          .orderBy('ownerId')
          .orderBy('createdAt', 'desc')
          .orderBy('id')
          .limit(pageSize)
          .offset((page - 1) * pageSize)
          .execute(),
        q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { items, total: Number(total.n), page, pageSize };
    },

    activeCertificate: (slot: string) =>
      db.selectFrom('sealCertificates').selectAll().where('activeSlot', '=', slot).executeTakeFirst(),
    activeCertificates: () =>
      db
        .selectFrom('sealCertificates')
        .selectAll()
        .where('activeSlot', 'is not', null)
        .orderBy('id')
        .execute(),
    /** Inserts a certificate into its slot unless another process filled it first; false then. */
    async insertCertificateIfSlotFree(row: SealCertificateTable): Promise<boolean> {
      const result = await db
        .insertInto('sealCertificates')
        .values(row)
        .onConflict((oc) => oc.column('activeSlot').doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
    },
    releaseCertificateSlot: (slot: string) =>
      db.updateTable('sealCertificates').set({ activeSlot: null }).where('activeSlot', '=', slot).execute(),
    certificates: () =>
      db
        .selectFrom('sealCertificates')
        .select([
          'id',
          'subjectType',
          'subjectId',
          'activeSlot',
          'serialNumber',
          'notBefore',
          'notAfter',
          'createdAt',
        ])
        .orderBy('createdAt', 'desc')
        .orderBy('id')
        .execute(),
  };
}
