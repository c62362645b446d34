import { type ExpressionBuilder, sql } from 'kysely';
import { type AnyDb, tablesOf } from '../../platform/db/index.js';
import type { TicketQuery } from './schemas.js';
import type { HotlineTables } from './tables.js';

type Eb = ExpressionBuilder<HotlineTables, 'hotlineTickets'>;

/** Past a limit now: not dispatched in time, not signed for in time, or past the handling deadline. */
export function lateCondition(eb: Eb, at: string, today: string) {
  return eb.or([
    eb.and([
      eb('hotlineTickets.status', 'in', ['pending_dispatch', 'returned']),
      eb('hotlineTickets.dispatchDueAt', 'is not', null),
      eb('hotlineTickets.dispatchDueAt', '<', at),
    ]),
    eb.and([
      eb('hotlineTickets.status', '=', 'dispatched'),
      eb('hotlineTickets.signDueAt', 'is not', null),
      eb('hotlineTickets.signDueAt', '<', at),
    ]),
    eb.and([
      eb('hotlineTickets.status', 'in', ['dispatched', 'in_progress']),
      eb('hotlineTickets.handlingDueOn', 'is not', null),
      eb('hotlineTickets.handlingDueOn', '<', today),
    ]),
  ]);
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** A page of orders, newest first; `scopeUnitId` limits it to the orders a unit is on. */
export async function ticketPage(
  anyDb: AnyDb,
  filter: TicketQuery,
  scopeUnitId: string | null,
  now: { at: string; today: string },
) {
  const db = tablesOf<HotlineTables>(anyDb);
  let q = db.selectFrom('hotlineTickets');
  if (scopeUnitId)
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('hotlineTicketUnits')
          .select('hotlineTicketUnits.ticketId')
          .whereRef('hotlineTicketUnits.ticketId', '=', 'hotlineTickets.id')
          .where('hotlineTicketUnits.unitId', '=', scopeUnitId),
      ),
    );
  if (filter.status) q = q.where('status', 'in', filter.status);
  if (filter.type) q = q.where('type', '=', filter.type);
  if (filter.subject) q = q.where('subject', '=', filter.subject);
  if (filter.districtCode) q = q.where('districtCode', '=', filter.districtCode);
  if (filter.channel) q = q.where('channel', '=', filter.channel);
  if (filter.unitId) q = q.where('leadUnitId', '=', filter.unitId);
  if (filter.from) q = q.where('createdOn', '>=', filter.from);
  if (filter.to) q = q.where('createdOn', '<=', filter.to);
  if (filter.q)
    q = q.where(
      sql<boolean>`${sql.ref('ticketNo')} like ${`${escapeLike(filter.q.toUpperCase())}%`} escape '\\'`,
    );
  if (filter.extensionPending !== undefined)
    q = q.where('extension', filter.extensionPending ? 'is not' : 'is', null);
  if (filter.late !== undefined)
    q = q.where((eb) =>
      filter.late ? lateCondition(eb, now.at, now.today) : eb.not(lateCondition(eb, now.at, now.today)),
    );
  const { n } = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const items = await q
    .selectAll()
    .orderBy('createdAt', 'desc')
    .orderBy('id')
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize)
    .execute();
  return { items, total: Number(n), page: filter.page, pageSize: filter.pageSize };
}
