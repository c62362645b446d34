import { createRequire } from 'node:module';
import type { CalendarYear, Holiday } from './working-calendar.js';

// The official arrangements 2004–2026 as shipped by chinese-days (checked against the
// State Council notices; the 2025 and 2026 notices are test vectors). We read its
// published data file (documented in its README) rather than its date functions: the
// file is plain 'YYYY-MM-DD' keys, so no local-time parsing is involved, and it tells
// which years the package really has data for. Its functions silently treat any other
// year as Mon–Fri, which is exactly what must never happen here.
const require = createRequire(import.meta.url);

interface PackageData {
  /** date → "English name,中文名,days" */
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

export const PACKAGE_NAME = 'chinese-days';

function chineseName(entry: string): string | null {
  const parts = entry.split(',');
  return parts[1]?.trim() || null;
}

let loaded: ReadonlyMap<number, CalendarYear> | undefined;

/** The package's years, built once per process. */
export function packageYears(): ReadonlyMap<number, CalendarYear> {
  if (loaded) return loaded;
  const data = require('chinese-days/dist/chinese-days.json') as PackageData;
  const holidays = new Map<number, Holiday[]>();
  const workdays = new Map<number, string[]>();
  for (const [date, entry] of Object.entries(data.holidays)) {
    const year = Number(date.slice(0, 4));
    if (!holidays.has(year)) holidays.set(year, []);
    holidays.get(year)!.push({ date, name: chineseName(entry) });
  }
  for (const date of Object.keys(data.workdays)) {
    const year = Number(date.slice(0, 4));
    if (!workdays.has(year)) workdays.set(year, []);
    workdays.get(year)!.push(date);
  }
  const years = new Map<number, CalendarYear>();
  // A year counts as known only when the package lists holidays for it: every real
  // notice has some, so an empty year means "no data", not "no holidays".
  for (const [year, list] of [...holidays].sort(([a], [b]) => a - b)) {
    years.set(year, {
      year,
      source: 'package',
      notice: null,
      holidays: list.sort((a, b) => a.date.localeCompare(b.date)),
      workdays: (workdays.get(year) ?? []).sort(),
      updatedAt: null,
      updatedBy: null,
    });
  }
  loaded = years;
  return years;
}
