import { sql } from 'kysely';
import { addCalendarDays, dayNumber, formatDay } from '../../platform/calendar/index.js';
import { type AnyDb, type Dialect, tablesOf } from '../../platform/db/index.js';
import type { Dashboard } from './schemas.js';
import type { HotlineTables } from './tables.js';
import { type Unit, unitRef } from './units.js';
import type { Subject } from './vocabulary.js';

export interface DashboardFilter {
  from: string;
  to: string;
  districtCode: string | null;
  today: string;
}

const HOT_SUBJECTS = 10;

/**
 * The 12345 dashboard from the counters alone: sums over days × dimensions, never over
 * orders. Overdue orders per unit come from the open-orders-by-deadline counters.
 */
export async function dashboardOf(
  anyDb: AnyDb,
  f: DashboardFilter,
  units: Map<string, Unit>,
): Promise<Dashboard> {
  const db = tablesOf<HotlineTables>(anyDb);
  const span = dayNumber(f.to) - dayNumber(f.from) + 1;
  const previousFrom = addCalendarDays(f.from, -span);
  const inRange = (from: string, to: string) => {
    let q = db.selectFrom('hotlineCounters').where('day', '>=', from).where('day', '<=', to);
    if (f.districtCode) q = q.where('districtCode', '=', f.districtCode);
    return q;
  };
  const total = sql<number>`sum(${sql.ref('n')})`.as('count');
  const received = inRange(f.from, f.to).where('metric', '=', 'received');

  const [metrics, byType, byDistrict, byChannel, byDay, subjects, previous, open] = await Promise.all([
    inRange(f.from, f.to).select(['metric as key', total]).groupBy('metric').execute(),
    received.select(['type as key', total]).groupBy('type').execute(),
    received.select(['districtCode as key', total]).groupBy('districtCode').execute(),
    received.select(['channel as key', total]).groupBy('channel').execute(),
    received.select(['day as key', total]).groupBy('day').execute(),
    received.select(['subject as key', total]).groupBy('subject').execute(),
    inRange(previousFrom, addCalendarDays(f.from, -1))
      .where('metric', '=', 'received')
      .select(['subject as key', total])
      .groupBy('subject')
      .execute(),
    db
      .selectFrom('hotlineOpenOrders')
      .select([
        'unitId',
        sql<number>`sum(${sql.ref('n')})`.as('open'),
        sql<number>`sum(case when ${sql.ref('dueOn')} < ${f.today} then ${sql.ref('n')} else 0 end)`.as(
          'overdue',
        ),
      ])
      .groupBy('unitId')
      .execute(),
  ]);

  const metric = new Map(metrics.map((m) => [m.key, Number(m.count)]));
  const m = (k: string) => metric.get(k) ?? 0;
  const keyed = (rows: { key: string; count: number }[]) =>
    rows
      .map((r) => ({ key: r.key, count: Number(r.count) }))
      .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  const perDay = new Map(byDay.map((r) => [r.key, Number(r.count)]));
  const before = new Map(previous.map((r) => [r.key, Number(r.count)]));
  const rated = m('satisfied') + m('basically_satisfied') + m('dissatisfied');
  return {
    from: f.from,
    to: f.to,
    districtCode: f.districtCode,
    totals: {
      received: m('received'),
      directAnswered: m('direct_answered'),
      redirected: m('redirected'),
      merged: m('merged'),
      dispatched: m('dispatched'),
      returned: m('returned'),
      replied: m('replied'),
      closed: m('closed'),
      closedOnTime: m('closed_on_time'),
      reopened: m('reopened'),
      supervised: m('supervised'),
    },
    byType: keyed(byType),
    byDistrict: keyed(byDistrict.map((r) => ({ ...r, key: r.key || 'unknown' }))),
    byChannel: keyed(byChannel),
    byDay: Array.from({ length: span }, (_, i) => {
      const day = formatDay(dayNumber(f.from) + i);
      return { day, count: perDay.get(day) ?? 0 };
    }),
    hotSubjects: keyed(subjects)
      .slice(0, HOT_SUBJECTS)
      .map((s) => ({ subject: s.key as Subject, count: s.count, previous: before.get(s.key) ?? 0 })),
    satisfaction: {
      satisfied: m('satisfied'),
      basicallySatisfied: m('basically_satisfied'),
      dissatisfied: m('dissatisfied'),
      unreachable: m('unreachable'),
      rate: rated
        ? Math.round(((m('satisfied') + m('basically_satisfied')) / rated) * 10_000) / 10_000
        : null,
    },
    overdueByUnit: open
      .map((o) => ({ unit: unitRef(units, o.unitId)!, open: Number(o.open), overdue: Number(o.overdue) }))
      .filter((o) => o.open > 0)
      .sort((a, b) => b.overdue - a.overdue || b.open - a.open || a.unit.name.localeCompare(b.unit.name)),
  };
}

const RECENT_MS = 5 * 60_000;
const CHANGES_LIMIT = 500;

/** A place in the change feed: after step `id` of position `tx` (see migration 1002). */
export interface FeedCursor {
  tx: number;
  id: string;
}

export const formatCursor = (c: FeedCursor) => `${c.tx}.${c.id}`;
const ORIGIN: FeedCursor = { tx: 0, id: '00000000-0000-0000-0000-000000000000' };

/** A cursor as `changesCursor` (schemas.ts) let it through. */
export function parseCursor(cursor: string): FeedCursor {
  const dot = cursor.indexOf('.');
  return { tx: Number(cursor.slice(0, dot)), id: cursor.slice(dot + 1) };
}

/**
 * Steps of every order after a cursor, in feed order, for a live board polling from any
 * server process; without one, the last few minutes' steps and the cursor of the newest.
 *
 * The order is (tx, id), and a step is only answered once nothing can commit before it any
 * more, so a cursor never passes a step that shows up later and each step comes once, at any
 * rate. On PostgreSQL tx is the writing transaction's id and the answer stops below the
 * oldest transaction still running (its snapshot's xmin): a transaction that commits late has
 * an id at or above that, so it is read when it is done. A transaction left open holds the
 * feed back (never loses a step) until it ends. On SQLite transactions write one at a time
 * and tx counts up in that order. `more`: the page was full; ask again at once.
 */
export async function changesSince(
  anyDb: AnyDb,
  dialect: Dialect,
  after: FeedCursor | undefined,
  now = new Date(),
) {
  const db = tablesOf<HotlineTables>(anyDb);
  let q = db
    .selectFrom('hotlineTicketEvents as e')
    .innerJoin('hotlineTickets as t', 't.id', 'e.ticketId')
    .select([
      'e.id',
      'e.tx',
      'e.at',
      'e.kind',
      'e.toStatus as status',
      't.ticketNo',
      't.type',
      't.subject',
      't.channel',
      't.districtCode',
      'e.leadUnitId',
    ])
    .limit(CHANGES_LIMIT);
  if (dialect === 'postgres')
    q = q.where('e.tx', '<', sql<number>`pg_snapshot_xmin(pg_current_snapshot())::text::bigint`);

  if (after) {
    const rows = await q
      .where((eb) => eb(eb.refTuple('e.tx', 'e.id'), '>', eb.tuple(after.tx, after.id)))
      .orderBy('e.tx')
      .orderBy('e.id')
      .execute();
    const last = rows.at(-1);
    return {
      items: rows.map(({ tx: _, ...item }) => item),
      cursor: last ? { tx: last.tx, id: last.id } : after,
      more: rows.length === CHANGES_LIMIT,
    };
  }
  const newest = await q.orderBy('e.tx', 'desc').orderBy('e.id', 'desc').execute();
  const since = now.getTime() - RECENT_MS;
  return {
    items: newest
      .filter((r) => Date.parse(r.at) > since)
      .reverse()
      .map(({ tx: _, ...item }) => item),
    cursor: newest[0] ? { tx: newest[0].tx, id: newest[0].id } : ORIGIN,
    more: false,
  };
}
