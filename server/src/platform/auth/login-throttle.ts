import { type AnyDb, tablesOf } from '../db/index.js';
import type { AuthTables } from './tables.js';

export interface ThrottlePolicy {
  maxFailures: number;
  lockMinutes: number;
}

/**
 * Counts failed logins per identifier (a keyed digest of it, whether or not such an
 * account exists), so a locked answer reveals nothing about which accounts are real.
 */
export function createLoginThrottle(db: AnyDb, policy: ThrottlePolicy) {
  const t = tablesOf<AuthTables>(db);
  return {
    async lockedUntil(key: string): Promise<Date | null> {
      const row = await t
        .selectFrom('loginAttempts')
        .select('lockedUntil')
        .where('key', '=', key)
        .executeTakeFirst();
      if (!row?.lockedUntil) return null;
      const until = new Date(row.lockedUntil);
      return until.getTime() > Date.now() ? until : null;
    },

    async recordFailure(key: string): Promise<void> {
      const now = new Date();
      const row = await t.selectFrom('loginAttempts').selectAll().where('key', '=', key).executeTakeFirst();
      // A lock that has run out starts a fresh count.
      const expired = row?.lockedUntil && Date.parse(row.lockedUntil) <= now.getTime();
      const failures = (row && !expired ? row.failures : 0) + 1;
      const lockedUntil =
        failures >= policy.maxFailures
          ? new Date(now.getTime() + policy.lockMinutes * 60_000).toISOString()
          : null;
      await t
        .insertInto('loginAttempts')
        .values({ key, failures, lastFailureAt: now.toISOString(), lockedUntil })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet({ failures, lastFailureAt: now.toISOString(), lockedUntil }),
        )
        .execute();
    },

    async reset(key: string): Promise<void> {
      await t.deleteFrom('loginAttempts').where('key', '=', key).execute();
    },
  };
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>;
