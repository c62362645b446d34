import { type AnyDb, type AnyTrx, tablesOf } from '../../platform/db/index.js';
import { DEFAULT_SETTINGS, type HotlineSettings } from './model.js';
import type { HotlineTables } from './tables.js';

/** The centre's settings with their revision; the defaults (revision 0) until someone saves. */
export async function readSettings(
  anyDb: AnyDb | AnyTrx,
): Promise<{ settings: HotlineSettings; revision: number; updatedAt: string | null }> {
  const row = await tablesOf<HotlineTables>(anyDb)
    .selectFrom('hotlineSettings')
    .selectAll()
    .where('id', '=', 1)
    .executeTakeFirst();
  if (!row) return { settings: DEFAULT_SETTINGS, revision: 0, updatedAt: null };
  // Keys added after a save take their defaults.
  return {
    settings: { ...DEFAULT_SETTINGS, ...(JSON.parse(row.settings) as Partial<HotlineSettings>) },
    revision: row.revision,
    updatedAt: row.updatedAt,
  };
}

const FRESH_MS = 1000;
const cache = new WeakMap<AnyDb, { at: number; settings: Promise<HotlineSettings> }>();

/** The settings steps run under: read at most once a second per process (another process's change shows within it). */
export function currentSettings(db: AnyDb): Promise<HotlineSettings> {
  const seen = cache.get(db);
  if (seen && performance.now() - seen.at < FRESH_MS) return seen.settings;
  const settings = readSettings(db).then((s) => s.settings);
  cache.set(db, { at: performance.now(), settings });
  settings.catch(() => cache.delete(db));
  return settings;
}

/** This process saw its own change: the next step reads afresh. */
export const forgetSettings = (db: AnyDb) => cache.delete(db);

/** Saves when nobody saved since `expectedRevision`; answers whether it did. */
export async function writeSettings(
  trx: AnyTrx,
  settings: HotlineSettings,
  expectedRevision: number,
  by: string,
): Promise<boolean> {
  const db = tablesOf<HotlineTables>(trx);
  const values = {
    settings: JSON.stringify(settings),
    revision: expectedRevision + 1,
    updatedAt: new Date().toISOString(),
    updatedBy: by,
  };
  if (expectedRevision === 0) {
    const result = await db
      .insertInto('hotlineSettings')
      .values({ id: 1, ...values })
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
  }
  const result = await db
    .updateTable('hotlineSettings')
    .set(values)
    .where('id', '=', 1)
    .where('revision', '=', expectedRevision)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
