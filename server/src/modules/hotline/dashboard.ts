import { sql } from 'kysely';
import { addCalendarDays, dayNumber, formatDay } from '../../platform/calendar/index.js';
import { type AnyDb, tablesOf } from '../../platform/db/index.js';
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

const OVERLAP_MS = 5_000;
const RECENT_MS = 5 * 60_000;
const CHANGES_LIMIT = 500;

/**
 * Steps of every order since a cursor, for a live board polling from any server process.
 * Transactions commit out of `at` order, so each answer reaches back a few seconds before
 * the cursor: clients drop ids they have seen.
 */
export async function changesSince(anyDb: AnyDb, after: string | undefined, now = new Date()) {
  const db = tablesOf<HotlineTables>(anyDb);
  const cursorAt =
    after && !Number.isNaN(Date.parse(after)) ? Date.parse(after) : now.getTime() - RECENT_MS + OVERLAP_MS;
  const since = new Date(cursorAt - OVERLAP_MS).toISOString();
  const rows = await db
    .selectFrom('hotlineTicketEvents as e')
    .innerJoin('hotlineTickets as t', 't.id', 'e.ticketId')
    .select([
      'e.id',
      'e.at',
      'e.kind',
      'e.toStatus as status',
      't.ticketNo',
      't.type',
      't.subject',
      't.channel',
      't.districtCode',
      't.leadUnitId',
    ])
    .where('e.at', '>', since)
    .orderBy('e.at')
    .orderBy('e.id')
    .limit(CHANGES_LIMIT)
    .execute();
  const last = rows.at(-1)?.at;
  return {
    items: rows,
    cursor: last ?? new Date(Math.max(cursorAt, now.getTime() - OVERLAP_MS)).toISOString(),
  };
}
