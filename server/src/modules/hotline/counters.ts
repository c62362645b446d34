import { type Kysely, sql } from 'kysely';
import { type AnyTrx, dialectKey, hotRowWriter, tablesOf } from '../../platform/db/index.js';
import type { TicketState } from './machine.js';
import type { CounterTable, HotlineTables, OpenOrderTable, UnitCounterTable } from './tables.js';
import type { Channel, Subject, TicketType } from './vocabulary.js';

// Dashboard figures come from counters kept in the same transaction as the change they
// count, so a dashboard reads a few hundred counter rows instead of grouping every order.
// `deltasOf` is pure: the seed computes its counters with it too, so both agree with rows.

/** What an order is counted under. */
export interface TicketDims {
  type: TicketType;
  subject: Subject;
  districtCode: string | null;
  channel: Channel;
}

export interface Deltas {
  counters: CounterTable[];
  units: UnitCounterTable[];
  open: OpenOrderTable[];
}

const counterKey = (r: CounterTable) =>
  `${r.day}|${r.metric}|${r.type}|${r.subject}|${r.districtCode}|${r.channel}`;
const unitKey = (r: UnitCounterTable) => `${r.day}|${r.unitId}|${r.metric}`;
const openKey = (r: OpenOrderTable) => `${r.unitId}|${r.dueOn}`;

/** The unit holding an order and its handling deadline, while a unit holds it. */
function holding(s: TicketState | null): { unitId: string; dueOn: string } | null {
  if (!s || (s.status !== 'dispatched' && s.status !== 'in_progress')) return null;
  return s.leadUnitId && s.handlingDueOn ? { unitId: s.leadUnitId, dueOn: s.handlingDueOn } : null;
}

/** The counter increments one step makes: `kind` is the timeline kind, `day` its business date. */
export function deltasOf(
  dims: TicketDims,
  before: TicketState | null,
  after: TicketState,
  kind: string,
  day: string,
): Deltas {
  const metrics: string[] = [];
  const unitMetrics: string[] = [];
  if (before === null) {
    metrics.push('received');
    if (after.status === 'direct_answered') metrics.push('direct_answered');
    if (after.status === 'redirected') metrics.push('redirected');
  }
  switch (kind) {
    case 'dispatch':
    case 'reassign':
      metrics.push('dispatched');
      unitMetrics.push('dispatched');
      break;
    case 'return':
      metrics.push('returned');
      unitMetrics.push('returned');
      break;
    case 'reply':
      metrics.push('replied');
      unitMetrics.push('replied');
      break;
    case 'supervise':
      metrics.push('supervised');
      unitMetrics.push('supervised');
      break;
    case 'merge':
      metrics.push('merged');
      break;
    case 'followUp':
      metrics.push(after.satisfaction!);
      unitMetrics.push(after.satisfaction!);
      if (after.status === 'in_progress') {
        metrics.push('reopened');
        unitMetrics.push('reopened');
      }
      break;
  }
  if (after.status === 'closed' && before?.status !== 'closed') {
    const onTime = after.handlingDueOn !== null && after.closedOn! <= after.handlingDueOn;
    metrics.push('closed', ...(onTime ? ['closed_on_time'] : []));
    unitMetrics.push('closed', ...(onTime ? ['closed_on_time'] : []));
  }
  const base = {
    day,
    type: dims.type,
    subject: dims.subject,
    districtCode: dims.districtCode ?? '',
    channel: dims.channel,
    n: 1,
  };
  const unitId = after.leadUnitId;
  const open: OpenOrderTable[] = [];
  const was = holding(before);
  const is = holding(after);
  if (was?.unitId !== is?.unitId || was?.dueOn !== is?.dueOn) {
    if (was) open.push({ ...was, n: -1 });
    if (is) open.push({ ...is, n: 1 });
  }
  return {
    counters: metrics.map((metric) => ({ ...base, metric })),
    units: unitId ? unitMetrics.map((metric) => ({ day, unitId, metric, n: 1 })) : [],
    open,
  };
}

/**
 * Adds up many steps' deltas, rows with the same key into one (the seed folds thousands of
 * steps into few rows). Takes ownership of the rows it is given.
 */
export function deltaSum() {
  const counters = new Map<string, CounterTable>();
  const units = new Map<string, UnitCounterTable>();
  const open = new Map<string, OpenOrderTable>();
  const put = <T extends { n: number }>(map: Map<string, T>, key: string, row: T) => {
    const seen = map.get(key);
    if (seen) seen.n += row.n;
    else map.set(key, row);
  };
  return {
    add(d: Deltas) {
      for (const r of d.counters) put(counters, counterKey(r), r);
      for (const r of d.units) put(units, unitKey(r), r);
      for (const r of d.open) put(open, openKey(r), r);
    },
    result(): Deltas {
      const nonZero = <T extends { n: number }>(map: Map<string, T>) =>
        [...map.values()].filter((r) => r.n !== 0);
      return { counters: nonZero(counters), units: nonZero(units), open: nonZero(open) };
    },
  };
}

const CHUNK = 500;
function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

/**
 * Adds one step's deltas in the caller's transaction; in one that writes hot rows last
 * (PostgreSQL's write queue), with the transaction's other steps' deltas at its end.
 */
export const addDeltas = hotRowWriter<Deltas>('hotline counters', (trx, all) => {
  if (all.length === 1) return applyDeltas(trx, all[0]!);
  const sum = deltaSum();
  for (const d of all) sum.add(d);
  return applyDeltas(trx, sum.result());
});

/** Adds the deltas in the caller's transaction (insert, or add to the row that is there). */
export async function applyDeltas(trx: AnyTrx, d: Deltas): Promise<void> {
  const db = tablesOf<HotlineTables>(trx);
  // Rows in one order everywhere: two transactions locking the same counters cannot deadlock.
  const sorted = <T>(rows: T[], key: (r: T) => string) =>
    rows
      .map((row) => ({ k: key(row), row }))
      .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0))
      .map((x) => x.row);
  const deltas = {
    counters: sorted(d.counters, counterKey),
    units: sorted(d.units, unitKey),
    open: sorted(d.open, openKey),
  };

  // Qualified: PostgreSQL finds a bare `n` ambiguous next to `excluded.n`.
  const add = (table: 'hotlineCounters' | 'hotlineUnitCounters' | 'hotlineOpenOrders') =>
    sql<number>`${sql.ref(`${table}.n`)} + excluded.n`;
  const statements = [
    ...chunks(deltas.counters).map((chunk) =>
      db
        .insertInto('hotlineCounters')
        .values(chunk)
        .onConflict((oc) =>
          oc
            .columns(['day', 'metric', 'type', 'subject', 'districtCode', 'channel'])
            .doUpdateSet({ n: add('hotlineCounters') }),
        ),
    ),
    ...chunks(deltas.units).map((chunk) =>
      db
        .insertInto('hotlineUnitCounters')
        .values(chunk)
        .onConflict((oc) =>
          oc.columns(['day', 'unitId', 'metric']).doUpdateSet({ n: add('hotlineUnitCounters') }),
        ),
    ),
    ...chunks(deltas.open).map((chunk) =>
      db
        .insertInto('hotlineOpenOrders')
        .values(chunk)
        .onConflict((oc) => oc.columns(['unitId', 'dueOn']).doUpdateSet({ n: add('hotlineOpenOrders') })),
    ),
  ];
  // On PostgreSQL these rows stay locked to the commit, and every order of the day takes them:
  // one statement (the others as its data-modifying CTEs) holds them for one round trip, not
  // three. SQLite has no such CTEs, and one writer at a time.
  const total = deltas.counters.length + deltas.units.length + deltas.open.length;
  if (dialectKey(db as Kysely<unknown>) === '$1' && statements.length > 1 && total <= CHUNK) {
    const ctes = statements.slice(0, -1).map((q, i) => sql`${sql.id(`upsert_${i}`)} as (${q})`);
    await sql`with ${sql.join(ctes)} ${statements.at(-1)!}`.execute(db);
    return;
  }
  for (const statement of statements) await statement.execute();
}
