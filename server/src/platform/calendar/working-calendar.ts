import { ProblemError } from '../errors/index.js';
import { dayNumber, daysInYear, firstDayOfYear, formatDay, isWeekend, yearOfDay } from './dates.js';

// Statutory time limits count working days (《行政许可法》第八十二条): Saturdays, Sundays
// and public holidays are not counted, make-up working days (调休上班) are. Which days are
// holidays or make-up days is decided year by year by the State Council's notice, so a
// year without that data cannot be counted: it is refused, never guessed as Mon–Fri.

export type CalendarSource = 'package' | 'administrator';

export interface Holiday {
  date: string;
  name: string | null;
}

/** One year's statutory arrangement, as published in the State Council notice. */
export interface CalendarYear {
  year: number;
  source: CalendarSource;
  /** The notice's title or number; null for the data shipped with the package. */
  notice: string | null;
  /** Days off, including the weekend days inside a holiday period, sorted by date. */
  holidays: readonly Holiday[];
  /** Make-up working days (Saturdays or Sundays worked), sorted. */
  workdays: readonly string[];
  updatedAt: string | null;
  updatedBy: string | null;
}

/** 422: the calculation needs a year whose holidays nobody has entered. */
export class CalendarYearUnknownError extends ProblemError {
  constructor(readonly year: number) {
    super(422, 'calendar.year_unknown', { params: { year } });
  }
}

/**
 * A year precomputed for O(1) answers: `ordinal[i]` is the number of working days from
 * 1 January up to and including day i of the year; `working[k]` is the day-of-year of
 * the (k+1)-th working day.
 */
interface YearTable {
  data: CalendarYear;
  first: number;
  ordinal: Uint16Array;
  working: Uint16Array;
}

// Package years are the same objects in every snapshot: their tables are built once.
const tableCache = new WeakMap<CalendarYear, YearTable>();

function tableOf(data: CalendarYear): YearTable {
  const cached = tableCache.get(data);
  if (cached) return cached;
  const first = firstDayOfYear(data.year);
  const length = daysInYear(data.year);
  const offsetOf = (date: string) => {
    const offset = dayNumber(date) - first;
    if (offset < 0 || offset >= length) throw new RangeError(`${date} is not in ${data.year}`);
    return offset;
  };
  const off = new Set(data.holidays.map((h) => offsetOf(h.date)));
  const on = new Set(data.workdays.map(offsetOf));
  const ordinal = new Uint16Array(length);
  const working: number[] = [];
  for (let i = 0; i < length; i++) {
    if (on.has(i) || (!off.has(i) && !isWeekend(first + i))) working.push(i);
    ordinal[i] = working.length;
  }
  const table = { data, first, ordinal, working: Uint16Array.from(working) };
  tableCache.set(data, table);
  return table;
}

/**
 * An immutable snapshot of the working-day calendar. Every method is synchronous and
 * allocation-light (a few array reads per year crossed), so callers fetch one snapshot
 * per request and may then compute as many deadlines as they like.
 */
export class WorkingCalendar {
  readonly #years = new Map<number, YearTable>();

  /** Later entries for the same year replace earlier ones. */
  constructor(years: Iterable<CalendarYear>) {
    for (const year of years) this.#years.set(year.year, tableOf(year));
  }

  knownYears(): number[] {
    return [...this.#years.keys()].sort((a, b) => a - b);
  }

  knows(year: number): boolean {
    return this.#years.has(year);
  }

  year(year: number): CalendarYear | undefined {
    return this.#years.get(year)?.data;
  }

  /** The known years between two dates' years, inclusive: what an answer relied on. */
  basis(from: string, to: string): CalendarYear[] {
    const out: CalendarYear[] = [];
    for (let y = yearOfDay(dayNumber(from)); y <= yearOfDay(dayNumber(to)); y++) {
      const table = this.#years.get(y);
      if (table) out.push(table.data);
    }
    return out;
  }

  #table(year: number): YearTable {
    const table = this.#years.get(year);
    if (!table) throw new CalendarYearUnknownError(year);
    return table;
  }

  isWorkingDay(date: string): boolean {
    const day = dayNumber(date);
    const table = this.#table(yearOfDay(day));
    const i = day - table.first;
    return table.ordinal[i] !== (i === 0 ? 0 : table.ordinal[i - 1]);
  }

  /**
   * The n-th working day after `start` (the start day itself is not counted, whether or
   * not it is a working day); n = 0 answers `start` itself.
   */
  addWorkingDays(start: string, n: number): string {
    if (!Number.isSafeInteger(n) || n < 0)
      throw new RangeError(`working days must be a whole number ≥ 0: ${n}`);
    if (n === 0) return start;
    const day = dayNumber(start);
    let year = yearOfDay(day);
    let table = this.#table(year);
    // The target's ordinal counted from 1 January of `year`.
    let k = table.ordinal[day - table.first]! + n;
    while (k > table.working.length) {
      k -= table.working.length;
      table = this.#table(++year);
    }
    return formatDay(table.first + table.working[k - 1]!);
  }

  /** Working days after `from` up to and including `to`; 0 when `to` is not after `from`. */
  countWorkingDays(from: string, to: string): number {
    const a = dayNumber(from);
    const b = dayNumber(to);
    if (b <= a) return 0;
    const fromYear = yearOfDay(a);
    const toYear = yearOfDay(b);
    const start = this.#table(fromYear);
    let count = -start.ordinal[a - start.first]!;
    for (let y = fromYear; y < toYear; y++) count += this.#table(y).working.length;
    const end = this.#table(toYear);
    return count + end.ordinal[b - end.first]!;
  }
}
