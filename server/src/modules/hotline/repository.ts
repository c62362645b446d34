import { type AnyDb, type AnyTrx, type Dialect, tablesOf } from '../../platform/db/index.js';
import type { TicketState } from './machine.js';
import type { HotlineTables, TicketIdempotencyTable, TicketTable, TicketUnitTable } from './tables.js';

/** The machine's view of a stored order. */
export function stateOf(row: TicketTable): TicketState {
  return {
    status: row.status,
    type: row.type,
    urgency: row.urgency,
    revision: row.revision,
    leadUnitId: row.leadUnitId,
    assistingUnitIds: JSON.parse(row.assistingUnitIds) as string[],
    dispatchDueAt: row.dispatchDueAt,
    dispatchedAt: row.dispatchedAt,
    dispatchedOn: row.dispatchedOn,
    signDueAt: row.signDueAt,
    signedAt: row.signedAt,
    returnUntil: row.returnUntil,
    returnRefused: row.returnRefused === 1,
    handlingDueOn: row.handlingDueOn,
    extension: row.extension ? JSON.parse(row.extension) : null,
    extendedDays: row.extendedDays,
    returnCount: row.returnCount,
    reopenCount: row.reopenCount,
    supervisionCount: row.supervisionCount,
    repliedAt: row.repliedAt,
    closedAt: row.closedAt,
    closedOn: row.closedOn,
    satisfaction: row.satisfaction,
    mergedIntoId: row.mergedIntoId,
    redirectTarget: row.redirectTarget,
  };
}

/** The columns a state is stored in. */
export function columnsOf(s: TicketState) {
  return {
    status: s.status,
    revision: s.revision,
    leadUnitId: s.leadUnitId,
    assistingUnitIds: JSON.stringify(s.assistingUnitIds),
    dispatchDueAt: s.dispatchDueAt,
    dispatchedAt: s.dispatchedAt,
    dispatchedOn: s.dispatchedOn,
    signDueAt: s.signDueAt,
    signedAt: s.signedAt,
    returnUntil: s.returnUntil,
    returnRefused: s.returnRefused ? 1 : 0,
    handlingDueOn: s.handlingDueOn,
    extension: s.extension ? JSON.stringify(s.extension) : null,
    extendedDays: s.extendedDays,
    returnCount: s.returnCount,
    reopenCount: s.reopenCount,
    supervisionCount: s.supervisionCount,
    repliedAt: s.repliedAt,
    closedAt: s.closedAt,
    closedOn: s.closedOn,
    satisfaction: s.satisfaction,
    mergedIntoId: s.mergedIntoId,
    redirectTarget: s.redirectTarget,
  } satisfies Partial<TicketTable>;
}

/** FS + business date + the day's sequence: readable on the phone, sortable. */
export const formatTicketNo = (day: string, seq: number) =>
  `FS${day.replaceAll('-', '')}${String(seq).padStart(6, '0')}`;

/** The rows of hotline_ticket_units a state implies. */
export function unitRowsOf(ticketId: string, s: TicketState): TicketUnitTable[] {
  if (!s.leadUnitId) return [];
  return [
    { ticketId, unitId: s.leadUnitId, role: 'lead' },
    ...s.assistingUnitIds.map((unitId) => ({ ticketId, unitId, role: 'assisting' as const })),
  ];
}

export function hotlineRepository(anyDb: AnyDb | AnyTrx) {
  const db = tablesOf<HotlineTables>(anyDb);
  return {
    db,
    findByNo: (ticketNo: string) =>
      db.selectFrom('hotlineTickets').selectAll().where('ticketNo', '=', ticketNo).executeTakeFirst(),
    findById: (id: string) =>
      db.selectFrom('hotlineTickets').selectAll().where('id', '=', id).executeTakeFirst(),
    /** The row, locked for the rest of the transaction on PostgreSQL (SQLite has one writer). */
    findForUpdate(ticketNo: string, dialect: Dialect) {
      const q = db.selectFrom('hotlineTickets').selectAll().where('ticketNo', '=', ticketNo);
      return (dialect === 'postgres' ? q.forUpdate() : q).executeTakeFirst();
    },
    /** The next number of a business day: one atomic statement, run where `ctx.numbers` says. */
    async nextSequence(day: string): Promise<number> {
      const row = await db
        .insertInto('hotlineTicketSequences')
        .values({ day, last: 1 })
        .onConflict((oc) =>
          oc.column('day').doUpdateSet((eb) => ({ last: eb(eb.ref('hotlineTicketSequences.last'), '+', 1) })),
        )
        .returning('last')
        .executeTakeFirstOrThrow();
      return row.last;
    },
    insertTicket: (row: TicketTable) => db.insertInto('hotlineTickets').values(row).execute(),
    /** Writes a new state unless someone changed the order since `revision`; answers whether it did. */
    async updateState(id: string, revision: number, state: TicketState, updatedAt: string) {
      const result = await db
        .updateTable('hotlineTickets')
        .set({ ...columnsOf(state), updatedAt })
        .where('id', '=', id)
        .where('revision', '=', revision)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    /** The order's units as `rows`; `hadUnits` false when it had none (nothing to delete first). */
    async replaceUnits(ticketId: string, rows: TicketUnitTable[], hadUnits: boolean) {
      if (hadUnits) await db.deleteFrom('hotlineTicketUnits').where('ticketId', '=', ticketId).execute();
      if (rows.length) await db.insertInto('hotlineTicketUnits').values(rows).execute();
    },
    eventsOf: (ticketId: string) =>
      db
        .selectFrom('hotlineTicketEvents')
        .selectAll()
        .where('ticketId', '=', ticketId)
        .orderBy('seq')
        .execute(),
    mergedFrom: async (ticketId: string) =>
      (
        await db
          .selectFrom('hotlineTickets')
          .select('ticketNo')
          .where('mergedIntoId', '=', ticketId)
          .orderBy('ticketNo')
          .execute()
      ).map((r) => r.ticketNo),
    ticketNoOf: async (id: string | null) =>
      id
        ? ((await db.selectFrom('hotlineTickets').select('ticketNo').where('id', '=', id).executeTakeFirst())
            ?.ticketNo ?? null)
        : null,
    /** Whether a unit is on the order (lead or assisting) now. */
    async unitOn(ticketId: string, unitId: string) {
      const row = await db
        .selectFrom('hotlineTicketUnits')
        .select('role')
        .where('ticketId', '=', ticketId)
        .where('unitId', '=', unitId)
        .executeTakeFirst();
      return row?.role ?? null;
    },
    findIdempotencyKey: (accountId: string, key: string) =>
      db
        .selectFrom('hotlineIdempotency')
        .selectAll()
        .where('accountId', '=', accountId)
        .where('key', '=', key)
        .executeTakeFirst(),
    insertIdempotencyKey: (row: TicketIdempotencyTable) =>
      db.insertInto('hotlineIdempotency').values(row).execute(),
  };
}

export type HotlineRepository = ReturnType<typeof hotlineRepository>;
