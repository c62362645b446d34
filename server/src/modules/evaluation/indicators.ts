import { type ExpressionBuilder, type RawBuilder, sql } from 'kysely';
import { type AnyDb, tablesOf } from '../../platform/db/index.js';
import { BAD_RATING_REASONS, INDICATORS, type Indicator, LEVELS } from './model.js';
import type { IndicatorReport } from './schemas.js';
import type { EvaluationTables } from './tables.js';

export interface IndicatorFilter {
  departmentId: string | null;
  /** Inclusive business dates of the evaluations counted. */
  from: string | null;
  to: string | null;
  /** The business date an open rectification is judged overdue against. */
  today: string;
}

type Eb = ExpressionBuilder<EvaluationTables, 'evaluations'>;

const inScope = (f: IndicatorFilter) => (eb: Eb) =>
  eb.and([
    ...(f.departmentId ? [eb('evaluations.departmentId', '=', f.departmentId)] : []),
    ...(f.from ? [eb('evaluations.evaluatedOn', '>=', f.from)] : []),
    ...(f.to ? [eb('evaluations.evaluatedOn', '<=', f.to)] : []),
  ]);

/** sum(case when … then 1 else 0 end): a count of the rows meeting a condition, on both engines. */
const countWhere = (condition: RawBuilder<unknown>) =>
  sql<number | null>`sum(case when ${condition} then 1 else 0 end)`;
/** numerator ÷ denominator as a decimal, null when nothing is counted (no integer division, no ÷0). */
const share = (numerator: RawBuilder<unknown>, denominator: RawBuilder<unknown>) =>
  sql<number | null>`1.0 * ${numerator} / nullif(${denominator}, 0)`;

const round = (value: number | null | undefined) =>
  value === null || value === undefined ? null : Math.round(Number(value) * 10_000) / 10_000;

/**
 * 好差评 figures for dashboards: every count, average and rate is computed by the database
 * (one pass per table), so the figures stay right however many evaluations there are.
 */
export async function indicatorReport(anyDb: AnyDb, f: IndicatorFilter): Promise<IndicatorReport> {
  const db = tablesOf<EvaluationTables>(anyDb);
  const level = sql.ref('evaluations.level');
  const rating = sql.ref('evaluations.rating');
  const total = sql`count(*)`;

  const counts = await db
    .selectFrom('evaluations')
    .where(inScope(f))
    .select([
      sql<number>`count(*)`.as('total'),
      countWhere(sql`${rating} = 'good'`).as('good'),
      countWhere(sql`${rating} = 'bad'`).as('bad'),
      share(countWhere(sql`${rating} = 'good'`), total).as('goodRate'),
      share(countWhere(sql`${rating} = 'bad'`), total).as('badRate'),
      ...LEVELS.map((l) => countWhere(sql`${level} = ${sql.lit(l)}`).as(`level${l}`)),
    ])
    .executeTakeFirstOrThrow();

  const averages = await db
    .selectFrom('evaluationScores')
    .innerJoin('evaluations', 'evaluations.id', 'evaluationScores.evaluationId')
    .where(inScope(f))
    .select([
      'evaluationScores.indicator',
      sql<number>`avg(${sql.ref('evaluationScores.score')})`.as('average'),
    ])
    .groupBy('evaluationScores.indicator')
    .execute();

  const reasons = await db
    .selectFrom('evaluationReasons')
    .innerJoin('evaluations', 'evaluations.id', 'evaluationReasons.evaluationId')
    .where(inScope(f))
    .select(['evaluationReasons.reason', sql<number>`count(*)`.as('count')])
    .groupBy('evaluationReasons.reason')
    .execute();

  const closed = sql`${sql.ref('rectifications.status')} = 'closed'`;
  const onTime = sql`${closed} and ${sql.ref('rectifications.closedOn')} <= ${sql.ref('rectifications.deadline')}`;
  const overdueOpen = sql`${sql.ref('rectifications.status')} = 'open' and ${sql.ref('rectifications.deadline')} < ${f.today}`;
  const rect = await db
    .selectFrom('rectifications')
    .innerJoin('evaluations', 'evaluations.id', 'rectifications.evaluationId')
    .where(inScope(f))
    .select([
      sql<number>`count(*)`.as('total'),
      countWhere(closed).as('closed'),
      countWhere(onTime).as('closedOnTime'),
      countWhere(overdueOpen).as('overdueOpen'),
      // Open ones still within their deadline are not decided yet: they count neither way.
      share(countWhere(onTime), sql`${countWhere(closed)} + ${countWhere(overdueOpen)}`).as('onTimeRate'),
    ])
    .executeTakeFirstOrThrow();

  const averageOf = new Map(averages.map((a) => [a.indicator, round(a.average)]));
  const reasonCount = new Map(reasons.map((r) => [r.reason, Number(r.count)]));
  const c = counts as unknown as Record<string, number | null>;
  return {
    departmentId: f.departmentId,
    from: f.from,
    to: f.to,
    total: Number(counts.total),
    levels: LEVELS.map((l) => ({ level: l, count: Number(c[`level${l}`] ?? 0) })),
    good: Number(counts.good ?? 0),
    bad: Number(counts.bad ?? 0),
    goodRate: round(counts.goodRate),
    badRate: round(counts.badRate),
    averages: Object.fromEntries(INDICATORS.map((i) => [i, averageOf.get(i) ?? null])) as Record<
      Indicator,
      number | null
    >,
    reasons: BAD_RATING_REASONS.map((reason) => ({ reason, count: reasonCount.get(reason) ?? 0 })),
    rectifications: {
      total: Number(rect.total),
      closed: Number(rect.closed ?? 0),
      closedOnTime: Number(rect.closedOnTime ?? 0),
      overdueOpen: Number(rect.overdueOpen ?? 0),
      onTimeRate: round(rect.onTimeRate),
    },
  };
}
