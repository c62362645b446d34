import { type Kysely, type RawBuilder, type SelectQueryBuilder, sql } from 'kysely';
import type { AnyDb } from './database.js';
import { preparedQueryByShape } from './prepared-query.js';

/**
 * How far a work list counts. Counting a whole pool on every request grew with the pool: at six
 * million applications a department's inbox counted 300,000 open tasks and answered in seconds.
 * Past this a list says "1,000+", as a search engine does; exact figures per department come
 * from the dashboards' counters.
 */
export const COUNT_LIMIT = 1000;

// biome-ignore lint/suspicious/noExplicitAny: a helper over any table's query
type AnySelect = SelectQueryBuilder<any, any, any>;

/**
 * The rows of several index ranges, counted no further than one past `limit` (column `n`);
 * `cappedTotal` reads the answer. A builder, so that a list can compile it once.
 */
export function countAcrossRanges(
  db: AnyDb,
  ranges: AnySelect[],
  limit = COUNT_LIMIT,
  // biome-ignore lint/suspicious/noExplicitAny: a helper over any table's query
): SelectQueryBuilder<any, any, { n: number | string }> {
  const union = unionAll(ranges.map((range) => range.select(sql.lit(1).as('one'))));
  return db
    .selectFrom(union.limit(sql.lit(limit + 1)).as('counted'))
    .select((eb) => eb.fn.countAll<number | string>().as('n'));
}

/** A list's total as `countAcrossRanges` answered it: `totalCapped` when more than `limit` rows are there. */
function cappedTotal(
  row: { n: number | string } | undefined,
  limit = COUNT_LIMIT,
): { total: number; totalCapped: boolean } {
  const counted = Number(row?.n ?? 0);
  return { total: Math.min(counted, limit), totalCapped: counted > limit };
}

/**
 * Which rows of an ordered list make one page: those after `skip` up to `reach`. Its three
 * numbers are a query's parameters, so one compiled query serves every page.
 */
export interface PageWindow {
  reach: number;
  skip: number;
  size: number;
}

function pageWindow(page: number, pageSize: number): PageWindow {
  return { reach: page * pageSize, skip: (page - 1) * pageSize, size: pageSize };
}

/**
 * The windows a list writes into its SQL rather than binding: SQLite sorts a top N faster
 * when N is known as the statement is prepared (an inbox page took ~40 % less time with its
 * limits written in, 2026-11-27). Only the first pages at the usual sizes, so that a list
 * keeps a bounded number of statements.
 */
function fixedWindow(window: PageWindow): PageWindow | null {
  return window.reach <= 100 && [10, 20, 50, 100].includes(window.size) ? window : null;
}

/** The limits of a page as a query writes them: the fixed window's numbers, else the parameters'. */
function windowLimits(fixed: PageWindow | null, params: PageWindow): WindowLimits {
  if (!fixed) return params;
  return { reach: sql.lit(fixed.reach), skip: sql.lit(fixed.skip), size: sql.lit(fixed.size) };
}

type Limit = number | RawBuilder<number>;
export interface WindowLimits {
  reach: Limit;
  skip: Limit;
  size: Limit;
}

/**
 * The ids of one page of rows held by several disjoint index ranges, in one order. SQLite and
 * PostgreSQL both sort every row of an IN-list's ranges to order them; read range by range,
 * each in its index's order, a page costs at most page × pageSize rows of each range.
 * Each range selects `id` and the `order` columns, which its index must deliver in that order.
 */
export function pageAcrossRanges(
  db: AnyDb,
  ranges: AnySelect[],
  order: string[],
  window: WindowLimits,
): AnySelect {
  const ordered = (query: AnySelect) => order.reduce((q, column) => q.orderBy(column), query);
  const union = unionAll(
    ranges.map((range, i) => db.selectFrom(ordered(range).limit(window.reach).as(`range${i}`)).selectAll()),
  );
  return db.selectFrom(ordered(union).limit(window.size).offset(window.skip).as('page')).select('page.id');
}

function unionAll([first, ...rest]: AnySelect[]): AnySelect {
  if (!first) throw new Error('a list needs at least one range');
  return rest.reduce((all, range) => all.unionAll(range), first);
}

export interface BoundedList<DB, S, P, R> {
  /** One page of the list and its total, counted no further than the list's limit. */
  read(
    db: Kysely<DB>,
    shape: S,
    params: P,
    page: number,
    pageSize: number,
  ): Promise<{ rows: R[]; total: number; totalCapped: boolean }>;
}

/** The column a page's query answers its list's bounded count in (`boundedList`). */
const TOTAL = 'listTotal';

/**
 * A work list compiled once per shape (see `preparedQueryByShape`): its `page`, whose limits
 * are written into the SQL for the first pages and bound for the others, and its count across
 * `ranges`. `page` gets the limits to put in its query (`pageAcrossRanges` takes them whole).
 * The count is a column of the page's query, evaluated once: a list costs one round trip, not
 * two (on PostgreSQL, with the principal read in one statement too, my applications answered
 * 61–95 % more requests a second; 10–14 % without this; 2026-11-28). Only an empty page (an
 * empty list, a page past the end) counts on its own.
 */
export function boundedList<DB, S, P extends object, R>(list: {
  ranges: (db: Kysely<DB>, shape: S, params: P) => AnySelect[];
  // biome-ignore lint/suspicious/noExplicitAny: a helper over any table's query
  page: (db: Kysely<DB>, shape: S, params: P, limits: WindowLimits) => SelectQueryBuilder<any, any, R>;
  countLimit?: number;
  /**
   * PostgreSQL plans each run for its values (the default): a department's pool holds
   * thousands of tasks where another's holds ten, and the generic plan halved the inbox's
   * throughput (measured). False for a list read by one index range whatever its values,
   * whose planning would cost more than its reading (one applicant's applications).
   */
  plannedPerRun?: boolean;
}): BoundedList<DB, S, P, R> {
  const limit = list.countLimit ?? COUNT_LIMIT;
  const perRun = { plannedPerRun: list.plannedPerRun ?? true };
  const count = (db: Kysely<DB>, shape: S, params: P) =>
    countAcrossRanges(db as AnyDb, list.ranges(db, shape, params), limit);
  const counts = preparedQueryByShape(count, perRun);
  const pages = preparedQueryByShape(
    (db: Kysely<DB>, key: { shape: S; window: PageWindow | null }, params: P & PageWindow) =>
      list
        .page(db, key.shape, params, windowLimits(key.window, params))
        .select(count(db, key.shape, params).as(TOTAL)) as SelectQueryBuilder<
        // biome-ignore lint/suspicious/noExplicitAny: a helper over any table's query
        any,
        // biome-ignore lint/suspicious/noExplicitAny: a helper over any table's query
        any,
        R & { [TOTAL]: number | string }
      >,
    perRun,
  );
  return {
    async read(db, shape, params, page, pageSize) {
      const window = pageWindow(page, pageSize);
      const counted = await pages.all(db, { shape, window: fixedWindow(window) }, { ...params, ...window });
      const rows = counted.map(({ [TOTAL]: _, ...row }) => row as R);
      const total = counted[0] ? { n: counted[0][TOTAL] } : await counts.first(db, shape, params);
      return { rows, ...cappedTotal(total, limit) };
    },
  };
}
