import { type SelectQueryBuilder, sql } from 'kysely';
import type { AnyDb } from './database.js';

/**
 * How far a work list counts. Counting a whole pool on every request grew with the pool: at six
 * million applications a department's inbox counted 300,000 open tasks and answered in seconds.
 * Past this a list says "1,000+", as a search engine does; exact figures per department come
 * from the dashboards' counters.
 */
export const COUNT_LIMIT = 1000;

// biome-ignore lint/suspicious/noExplicitAny: a helper over any table's query
type AnySelect = SelectQueryBuilder<any, any, any>;

/** The rows of several index ranges, counted no further than `limit`: `totalCapped` when more are there. */
export async function countAcrossRanges(
  db: AnyDb,
  ranges: AnySelect[],
  limit = COUNT_LIMIT,
): Promise<{ total: number; totalCapped: boolean }> {
  const union = unionAll(ranges.map((range) => range.select(sql.lit(1).as('one'))));
  const { n } = await db
    .selectFrom(union.limit(limit + 1).as('counted'))
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  const counted = Number(n);
  return { total: Math.min(counted, limit), totalCapped: counted > limit };
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
  page: number,
  pageSize: number,
): AnySelect {
  const reach = page * pageSize;
  const ordered = (query: AnySelect) => order.reduce((q, column) => q.orderBy(column), query);
  const union = unionAll(
    ranges.map((range, i) => db.selectFrom(ordered(range).limit(reach).as(`range${i}`)).selectAll()),
  );
  return db
    .selectFrom(
      ordered(union)
        .limit(pageSize)
        .offset(reach - pageSize)
        .as('page'),
    )
    .select('page.id');
}

function unionAll([first, ...rest]: AnySelect[]): AnySelect {
  if (!first) throw new Error('a list needs at least one range');
  return rest.reduce((all, range) => all.unionAll(range), first);
}
