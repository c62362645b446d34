import type { AnyDb } from '../../platform/db/index.js';
import { calendarRepository, type YearEntry } from './repository.js';

/**
 * Enters a year only if nobody has: a demo installation must compute deadlines that run
 * into a year whose State Council notice is not out yet. The entry names itself as
 * provisional in its notice, and an administrator's entry replaces it as any other.
 */
export async function enterProvisionalYear(db: AnyDb, entry: Omit<YearEntry, 'updatedAt'>): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const repo = calendarRepository(trx);
    await repo.bumpRevision();
    if (await repo.exists(entry.year)) return false;
    await repo.replaceYear({ ...entry, updatedAt: new Date().toISOString() });
    return true;
  });
}
