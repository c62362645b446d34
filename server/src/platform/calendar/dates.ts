// Business dates are Asia/Shanghai calendar dates written 'YYYY-MM-DD'. They are handled
// here as day numbers (days since 1970-01-01) computed with UTC arithmetic only, so the
// answer never depends on the machine's timezone: no local-time Date is ever made.

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of a real 'YYYY-MM-DD' date, or null when the text is not one. */
export function parseIsoDate(value: string): number | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  const date = new Date(Date.UTC(y, m - 1, d));
  // Date.UTC rolls 2025-02-30 over to March and maps years 0–99 to 1900–1999: refuse both.
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.getTime() / MS_PER_DAY;
}

export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== null;
}

/** Like parseIsoDate, for callers that have validated their input already. */
export function dayNumber(value: string): number {
  const day = parseIsoDate(value);
  if (day === null) throw new RangeError(`not a YYYY-MM-DD date: ${JSON.stringify(value)}`);
  return day;
}

export function formatDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function isWeekend(day: number): boolean {
  const w = weekdayOf(day);
  return w === 0 || w === 6;
}

export function yearOfDay(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

export function firstDayOfYear(year: number): number {
  return Date.UTC(year, 0, 1) / MS_PER_DAY;
}

export function daysInYear(year: number): number {
  return firstDayOfYear(year + 1) - firstDayOfYear(year);
}

/** 'YYYY-MM-DD' plus n calendar days. */
export function addCalendarDays(date: string, n: number): string {
  return formatDay(dayNumber(date) + n);
}

const shanghaiFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The business date (Asia/Shanghai, 'YYYY-MM-DD') of an instant, whatever the machine's timezone. */
export function businessDateOf(instant: Date): string {
  return shanghaiFormat.format(instant);
}
