import { type AnyDb, tablesOf } from '../../platform/db/index.js';
import { distanceMeters, type HotlineSettings } from './model.js';
import type { HotlineTables } from './tables.js';
import type { Subject } from './vocabulary.js';

export interface DuplicateProbe {
  /** Blind index of the caller's number. */
  callerPhoneBidx?: string | null | undefined;
  subject: Subject;
  address?: string | undefined;
  lng?: number | undefined;
  lat?: number | undefined;
}

const LIMIT = 10;
const METERS_PER_DEGREE = 111_320;

/**
 * Orders of the last `duplicateWindowHours` that may be the same matter: the same caller,
 * or the same subject at the same address or within `duplicateDistanceMeters`. Merged and
 * redirected ones are left out; the newest come first.
 */
export async function findDuplicates(
  anyDb: AnyDb,
  probe: DuplicateProbe,
  settings: HotlineSettings,
  now = new Date(),
  excludeId?: string,
) {
  const db = tablesOf<HotlineTables>(anyDb);
  const since = new Date(now.getTime() - settings.duplicateWindowHours * 3_600_000).toISOString();
  const point =
    probe.lng !== undefined && probe.lat !== undefined ? { lng: probe.lng, lat: probe.lat } : null;
  const radius = settings.duplicateDistanceMeters;
  // A box around the point first (indexable arithmetic on both engines), the exact distance after.
  const dLat = radius / METERS_PER_DEGREE;
  const dLng = point ? radius / (METERS_PER_DEGREE * Math.cos((point.lat * Math.PI) / 180)) : 0;
  const address = probe.address?.trim();
  if (!probe.callerPhoneBidx && !address && !point) return [];
  const columns = [
    'id',
    'ticketNo',
    'status',
    'type',
    'subject',
    'address',
    'createdAt',
    'callerPhoneBidx',
    'lng',
    'lat',
  ] as const;
  const recent = () =>
    db
      .selectFrom('hotlineTickets')
      .select(columns)
      .where('createdAt', '>=', since)
      .where('status', 'not in', ['merged', 'redirected'])
      .orderBy('createdAt', 'desc')
      .limit(LIMIT + 1);
  // Two look-ups, each on its own index (an OR of both would scan the window).
  const [byCaller, byPlace] = await Promise.all([
    probe.callerPhoneBidx ? recent().where('callerPhoneBidx', '=', probe.callerPhoneBidx).execute() : [],
    address || point
      ? recent()
          .where('subject', '=', probe.subject)
          .where((eb) =>
            eb.or([
              ...(address ? [eb('address', '=', address)] : []),
              ...(point
                ? [
                    eb.and([
                      eb('lat', '>=', point.lat - dLat),
                      eb('lat', '<=', point.lat + dLat),
                      eb('lng', '>=', point.lng - dLng),
                      eb('lng', '<=', point.lng + dLng),
                    ]),
                  ]
                : []),
            ]),
          )
          .execute()
      : [],
  ]);
  const seen = new Set<string>();
  const rows = [...byCaller, ...byPlace]
    .filter((r) => !seen.has(r.id) && seen.add(r.id))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const out = [];
  for (const r of rows) {
    if (r.id === excludeId) continue;
    const distance =
      point && r.lng !== null && r.lat !== null ? distanceMeters(point, { lng: r.lng, lat: r.lat }) : null;
    const reasons: ('same_caller' | 'same_place' | 'same_address')[] = [];
    if (probe.callerPhoneBidx && r.callerPhoneBidx === probe.callerPhoneBidx) reasons.push('same_caller');
    if (r.subject === probe.subject && distance !== null && distance <= radius) reasons.push('same_place');
    if (r.subject === probe.subject && address && r.address === address) reasons.push('same_address');
    if (!reasons.length) continue;
    out.push({
      ticketNo: r.ticketNo,
      status: r.status,
      type: r.type,
      subject: r.subject,
      address: r.address,
      createdAt: r.createdAt,
      reasons,
      distanceMeters: distance === null ? null : Math.round(distance),
    });
    if (out.length === LIMIT) break;
  }
  return out;
}
