import type { CalendarYear, Holiday } from '../../platform/calendar/index.js';
import { type AnyDb, type AnyTrx, tablesOf } from '../../platform/db/index.js';
import type { CalendarTables } from './tables.js';

type Db = AnyDb | AnyTrx;

export interface YearEntry {
  year: number;
  notice: string;
  holidays: { date: string; name: string | null }[];
  workdays: string[];
  updatedAt: string;
  updatedBy: string;
  updatedByLabel: string;
}

export function calendarRepository(anyDb: Db) {
  const db = tablesOf<CalendarTables>(anyDb);

  async function revision(): Promise<number> {
    const row = await db
      .selectFrom('calendarRevision')
      .select('revision')
      .where('id', '=', 1)
      .executeTakeFirstOrThrow();
    return Number(row.revision);
  }

  return {
    revision,

    /** Every entered year; the revision is read first (see CalendarOverrideSource.load). */
    async load(): Promise<{ revision: number; years: CalendarYear[] }> {
      const rev = await revision();
      const years = await db.selectFrom('calendarYears').selectAll().orderBy('year').execute();
      const days = await db.selectFrom('calendarDays').selectAll().orderBy('date').execute();
      const byYear = new Map<number, CalendarYear & { holidays: Holiday[]; workdays: string[] }>();
      for (const y of years) {
        byYear.set(Number(y.year), {
          year: Number(y.year),
          source: 'administrator',
          notice: y.notice,
          holidays: [],
          workdays: [],
          updatedAt: y.updatedAt,
          updatedBy: y.updatedByLabel,
        });
      }
      for (const d of days) {
        const year = byYear.get(Number(d.year));
        if (!year) continue;
        if (d.kind === 'holiday') year.holidays.push({ date: d.date, name: d.name });
        else year.workdays.push(d.date);
      }
      return { revision: rev, years: [...byYear.values()] };
    },

    async exists(year: number): Promise<boolean> {
      return !!(await db
        .selectFrom('calendarYears')
        .select('year')
        .where('year', '=', year)
        .executeTakeFirst());
    },

    /** Takes the revision row's lock on PostgreSQL: concurrent entries queue here. */
    async bumpRevision(): Promise<void> {
      await db
        .updateTable('calendarRevision')
        .set((eb) => ({ revision: eb('revision', '+', 1) }))
        .where('id', '=', 1)
        .execute();
    },

    /** Replaces the whole year: an entry is the notice's complete arrangement. */
    async replaceYear(entry: YearEntry): Promise<void> {
      const { year, notice, updatedAt, updatedBy, updatedByLabel } = entry;
      await db
        .insertInto('calendarYears')
        .values({ year, notice, updatedAt, updatedBy, updatedByLabel })
        .onConflict((oc) => oc.column('year').doUpdateSet({ notice, updatedAt, updatedBy, updatedByLabel }))
        .execute();
      await db.deleteFrom('calendarDays').where('year', '=', year).execute();
      const rows = [
        ...entry.holidays.map((h) => ({ date: h.date, year, kind: 'holiday' as const, name: h.name })),
        ...entry.workdays.map((date) => ({ date, year, kind: 'workday' as const, name: null })),
      ];
      if (rows.length) await db.insertInto('calendarDays').values(rows).execute();
    },
  };
}
