import { sm3Hex } from '../../../platform/crypto/index.js';
import { type AnyDb, type AnyTrx, tablesOf } from '../../../platform/db/index.js';
import type { HotlineTables, Open311KeyTable } from '../tables.js';

/** The documented key of the demo (README): seeded with the Foshan demo only. */
export const DEMO_OPEN311_KEY = 'foshan-open311-demo-key';

const viewOf = (r: Open311KeyTable) => ({
  id: r.id,
  name: r.name,
  prefix: r.prefix,
  active: r.active === 1,
  createdAt: r.createdAt,
});

/** Open311 API keys: only their SM3 hashes are kept. */
export function open311KeyRepository(anyDb: AnyDb | AnyTrx) {
  const db = tablesOf<HotlineTables>(anyDb);
  return {
    list: async () =>
      (await db.selectFrom('open311Keys').selectAll().orderBy('createdAt').execute()).map(viewOf),
    async insert(row: Open311KeyTable) {
      await db
        .insertInto('open311Keys')
        .values(row)
        .onConflict((oc) => oc.column('keyHash').doNothing())
        .execute();
      return viewOf(row);
    },
    async revoke(id: string) {
      const result = await db
        .updateTable('open311Keys')
        .set({ active: 0 })
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    /** The active key a client presented, or undefined. */
    findActive: (key: string) =>
      db
        .selectFrom('open311Keys')
        .select(['id', 'name', 'prefix'])
        .where('keyHash', '=', sm3Hex(key))
        .where('active', '=', 1)
        .executeTakeFirst(),
  };
}
