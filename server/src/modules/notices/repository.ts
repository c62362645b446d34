import { type AnyDb, type AnyTrx, insertRow, tablesOf } from '../../platform/db/index.js';
import type { NoticeTable, NoticeTables } from './tables.js';

export function noticeRepository(anyDb: AnyDb | AnyTrx) {
  const db = tablesOf<NoticeTables>(anyDb);
  return {
    insert: (row: NoticeTable) => insertRow(db, 'notices', row),
    findById: (id: string) => db.selectFrom('notices').selectAll().where('id', '=', id).executeTakeFirst(),
    findByCode: (verifyCode: string) =>
      db.selectFrom('notices').selectAll().where('verifyCode', '=', verifyCode).executeTakeFirst(),
    ofApplication: (applicationId: string) =>
      db
        .selectFrom('notices')
        .select(['id', 'kind', 'title', 'documentNo', 'issuerName', 'issuedAt', 'verifyCode', 'pdfSm3'])
        .where('applicationId', '=', applicationId)
        .orderBy('issuedAt')
        .orderBy('id')
        .execute(),

    /** Records the first rendering; false when another process got there first. */
    async attachPdf(id: string, fileId: string, sm3: string): Promise<boolean> {
      const result = await db
        .updateTable('notices')
        .set({ pdfFileId: fileId, pdfSm3: sm3 })
        .where('id', '=', id)
        .where('pdfFileId', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** The next number of a department's series in a year: one atomic statement, run where `ctx.numbers` says. */
    async nextNumber(departmentCode: string, year: number, series: string): Promise<number> {
      const row = await db
        .insertInto('noticeNoCounters')
        .values({ departmentCode, year, series, lastValue: 1 })
        .onConflict((oc) =>
          oc
            .columns(['departmentCode', 'year', 'series'])
            .doUpdateSet((eb) => ({ lastValue: eb('noticeNoCounters.lastValue', '+', 1) })),
        )
        .returning('lastValue')
        .executeTakeFirstOrThrow();
      return row.lastValue;
    },
  };
}
