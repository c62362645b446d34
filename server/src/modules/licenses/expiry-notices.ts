import { addCalendarDays, businessDateOf } from '../../platform/calendar/index.js';
import { tablesOf } from '../../platform/db/index.js';
import type { AppContext } from '../../platform/http/index.js';
import { notifyHolder } from './holder-notices.js';
import type { LicenseTables } from './tables.js';

/** How long before its last day a holder hears that a licence expires: time enough to renew. */
export const EXPIRY_NOTICE_DAYS = 30;

/**
 * Tells the holders of valid licences whose last day is within EXPIRY_NOTICE_DAYS, once per
 * licence and last day (a renewed validity is told again when it comes round). Several
 * processes may run this at once: the notice's key lets one of them tell the holder.
 */
export async function notifyExpiringLicences(ctx: AppContext, now = new Date()): Promise<number> {
  const today = businessDateOf(now);
  const due = await tablesOf<LicenseTables>(ctx.db)
    .selectFrom('licenses as l')
    .leftJoin('licenseExpiryNotices as n', (join) =>
      join.onRef('n.licenseId', '=', 'l.id').onRef('n.validUntil', '=', 'l.validUntil'),
    )
    .select(['l.id', 'l.holderAccountId', 'l.licenseNo', 'l.typeName', 'l.issuerName', 'l.validUntil'])
    .where('l.status', '=', 'valid')
    .where('l.validUntil', '>=', today)
    .where('l.validUntil', '<=', addCalendarDays(today, EXPIRY_NOTICE_DAYS))
    .where('n.licenseId', 'is', null)
    .orderBy('l.validUntil')
    .limit(500)
    .execute();
  let told = 0;
  for (const licence of due) {
    const validUntil = licence.validUntil!;
    await ctx.db.transaction().execute(async (trx) => {
      const inserted = await tablesOf<LicenseTables>(trx)
        .insertInto('licenseExpiryNotices')
        .values({ licenseId: licence.id, validUntil, notifiedAt: now.toISOString() })
        .onConflict((oc) => oc.columns(['licenseId', 'validUntil']).doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) !== 1) return;
      await notifyHolder(trx, licence, 'license.expiring', { dueOn: validUntil });
      told++;
    });
  }
  return told;
}

/** Looks every hour in a serving process; returns the stop function. */
export function startExpiryNotices(ctx: AppContext, log: { error(o: object, m: string): void }) {
  const run = () =>
    void notifyExpiringLicences(ctx).catch((err) => log.error({ err }, 'licence expiry notices failed'));
  const timer = setInterval(run, 60 * 60_000);
  timer.unref();
  run();
  return () => clearInterval(timer);
}
