import { packageYears } from './package-years.js';
import { type CalendarYear, WorkingCalendar } from './working-calendar.js';

/** Where the administrator's years come from (the database); the platform knows no table. */
export interface CalendarOverrideSource {
  /** A cheap token that changes whenever any administrator's year changes. */
  revision(): Promise<number>;
  /**
   * Every administrator's year, with the revision they belong to. Implementations read
   * the revision BEFORE the years: a change landing in between then yields newer years
   * under an older revision, which only causes one extra reload, never a stale cache.
   */
  load(): Promise<{ revision: number; years: CalendarYear[] }>;
}

export interface CalendarProvider {
  /** The calendar as this process knows it now. Call once per request, then compute synchronously. */
  current(): Promise<WorkingCalendar>;
  /** Forget the freshness window: the next `current()` re-checks the revision (after our own write). */
  invalidate(): void;
}

/** The package's years overlaid with the administrator's (which win for their year). */
export function composeCalendar(overrides: Iterable<CalendarYear>): WorkingCalendar {
  return new WorkingCalendar([...packageYears().values(), ...overrides]);
}

// Caching choice. Deadlines are computed on hot paths (every task of every application,
// lists sorted by deadline), so a calculation must not touch the database: each process
// keeps an immutable WorkingCalendar snapshot with a precomputed per-year table, and all
// arithmetic on it is synchronous. The administrator's years live in the database, shared
// by every server process; a process notices another's change by re-reading one integer
// (the revision row, bumped in the same transaction as the change) at most once per
// `recheckMs` (1 s by default) and reloads the years only when that integer moved. A
// process's own writes invalidate its snapshot at once. So another process uses a new
// year's data within about a second, at the cost of at most one single-row read per
// second per process; concurrent requests during a refresh share one read.
export function createCalendarProvider(
  source: CalendarOverrideSource,
  options: { recheckMs?: number; now?: () => number } = {},
): CalendarProvider {
  const recheckMs = options.recheckMs ?? 1000;
  const now = options.now ?? (() => performance.now());
  let snapshot: WorkingCalendar | undefined;
  let revision: number | undefined;
  let checkedAt = Number.NEGATIVE_INFINITY;
  let refreshing: Promise<WorkingCalendar> | undefined;
  // Bumped by invalidate(): a refresh that began before it may have read the revision
  // before our own write committed, so its result must not be kept as fresh.
  let generation = 0;

  async function refresh(): Promise<WorkingCalendar> {
    const startedAt = now();
    const gen = generation;
    if (snapshot && (await source.revision()) === revision) {
      if (gen === generation) checkedAt = startedAt;
      return snapshot;
    }
    const loaded = await source.load();
    const calendar = composeCalendar(loaded.years);
    if (gen === generation && (revision === undefined || loaded.revision >= revision)) {
      snapshot = calendar;
      revision = loaded.revision;
      checkedAt = startedAt;
    }
    return calendar;
  }

  return {
    current() {
      if (snapshot && now() - checkedAt < recheckMs) return Promise.resolve(snapshot);
      if (!refreshing) {
        const mine = refresh().finally(() => {
          if (refreshing === mine) refreshing = undefined;
        });
        refreshing = mine;
      }
      return refreshing;
    },
    invalidate() {
      generation++;
      checkedAt = Number.NEGATIVE_INFINITY;
      refreshing = undefined;
    },
  };
}
