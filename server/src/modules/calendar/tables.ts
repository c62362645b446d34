/** A year entered by the system administrator from the State Council notice. */
export interface CalendarYearTable {
  year: number;
  notice: string;
  updatedAt: string;
  /** The administrator's account id and, for display, username. */
  updatedBy: string;
  updatedByLabel: string;
}

/** One day of an entered year that differs from Monday–Friday: a holiday or a make-up working day. */
export interface CalendarDayTable {
  date: string;
  year: number;
  kind: 'holiday' | 'workday';
  name: string | null;
}

/** One row (id 1): bumped with every change, so server processes notice changes by reading one integer. */
export interface CalendarRevisionTable {
  id: number;
  revision: number;
}

export interface CalendarTables {
  calendarYears: CalendarYearTable;
  calendarDays: CalendarDayTable;
  calendarRevision: CalendarRevisionTable;
}
