import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays } from '../../platform/calendar/index.js';
import { tablesOf } from '../../platform/db/index.js';
import { databaseKinds } from '../../test-support/databases.js';
import { createTestApp, login, type TestApp } from '../../test-support/test-app.js';
import { badRating, evaluationFixture, goodRating } from './evaluation.fixture.js';
import { type IndicatorFilter, indicatorReport } from './indicators.js';
import {
  BAD_RATING_REASONS,
  INDICATORS,
  LEVELS,
  type Level,
  ratingClassOf,
  SCORED_INDICATORS,
} from './model.js';
import { evaluationRepository } from './repository.js';
import type { EvaluationTables } from './tables.js';

const DEPARTMENTS = [randomUUID(), randomUUID()];
const day = (n: number) => addCalendarDays('2026-03-01', n);

interface Sample {
  departmentId: string;
  evaluatedOn: string;
  level: Level;
  scores: number[];
  reasons: string[];
  rectification: null | { deadline: string; closedOn: string | null };
}

const score = fc.integer({ min: 1, max: 5 });
const sample: fc.Arbitrary<Sample> = fc
  .record({
    departmentId: fc.constantFrom(...DEPARTMENTS),
    evaluatedOn: fc.nat(8).map(day),
    level: fc.constantFrom(...LEVELS),
    scores: fc.array(score, { minLength: 4, maxLength: 4 }),
    reasons: fc.uniqueArray(fc.constantFrom(...BAD_RATING_REASONS), { minLength: 1 }),
    rectification: fc.option(
      // Closing days cluster around the deadline: the boundary day is where a rule goes wrong.
      fc
        .record({
          deadline: fc.nat(8),
          closed: fc.option(fc.integer({ min: -2, max: 2 }), { nil: null, freq: 2 }),
        })
        .map(({ deadline, closed }) => ({
          deadline: day(deadline),
          closedOn: closed === null ? null : day(deadline + closed),
        })),
      { nil: null },
    ),
  })
  .map((s) => {
    const bad = ratingClassOf(s.level) === 'bad';
    return { ...s, reasons: bad ? s.reasons : [], rectification: bad ? s.rectification : null };
  });
const filter: fc.Arbitrary<IndicatorFilter> = fc.record({
  departmentId: fc.option(fc.constantFrom(...DEPARTMENTS), { nil: null }),
  from: fc.option(fc.nat(8).map(day), { nil: null }),
  to: fc.option(fc.nat(8).map(day), { nil: null }),
  today: fc.nat(8).map(day),
});

const rateOf = (n: number, d: number) => (d === 0 ? null : n / d);
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

/** The same figures by plain counting, the way a person would check them. */
function expected(samples: Sample[], f: IndicatorFilter) {
  const chosen = samples.filter(
    (s) =>
      (!f.departmentId || s.departmentId === f.departmentId) &&
      (!f.from || s.evaluatedOn >= f.from) &&
      (!f.to || s.evaluatedOn <= f.to),
  );
  const good = chosen.filter((s) => s.level >= 3).length;
  const bad = chosen.length - good;
  const rects = chosen.flatMap((s) => (s.rectification ? [s.rectification] : []));
  const closed = rects.filter((r) => r.closedOn !== null);
  const onTime = closed.filter((r) => r.closedOn! <= r.deadline).length;
  const overdueOpen = rects.filter((r) => r.closedOn === null && r.deadline < f.today).length;
  const scoreOf = (s: Sample, i: (typeof INDICATORS)[number]) =>
    i === 'overall' ? s.level : s.scores[SCORED_INDICATORS.indexOf(i)]!;
  return {
    total: chosen.length,
    levels: LEVELS.map((level) => ({ level, count: chosen.filter((s) => s.level === level).length })),
    good,
    bad,
    goodRate: rateOf(good, chosen.length),
    badRate: rateOf(bad, chosen.length),
    averages: Object.fromEntries(INDICATORS.map((i) => [i, mean(chosen.map((s) => scoreOf(s, i)))])),
    reasons: BAD_RATING_REASONS.map((reason) => ({
      reason,
      count: chosen.filter((s) => s.reasons.includes(reason)).length,
    })),
    rectifications: {
      total: rects.length,
      closed: closed.length,
      closedOnTime: onTime,
      overdueOpen,
      onTimeRate: rateOf(onTime, closed.length + overdueOpen),
    },
  };
}

/** Numbers compared to the 4 decimals the report keeps. */
function close(actual: unknown, wanted: unknown): void {
  if (typeof wanted === 'number' && typeof actual === 'number') {
    expect(Math.abs(actual - wanted)).toBeLessThanOrEqual(0.00005);
  } else if (wanted && typeof wanted === 'object') {
    expect(actual).toBeTypeOf('object');
    for (const [k, v] of Object.entries(wanted)) close((actual as Record<string, unknown>)[k], v);
  } else {
    expect(actual).toEqual(wanted);
  }
}

describe.each(databaseKinds())('好差评 indicators on %s', (kind) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  async function replaceAll(samples: Sample[]) {
    const db = tablesOf<EvaluationTables>(t.ctx.db);
    await db.deleteFrom('rectifications').execute();
    await db.deleteFrom('evaluationReasons').execute();
    await db.deleteFrom('evaluationScores').execute();
    await db.deleteFrom('evaluations').execute();
    for (const s of samples) {
      const id = randomUUID();
      const applicationId = randomUUID();
      await db
        .insertInto('evaluations')
        .values({
          id,
          applicationId,
          applicationNo: '440600202603010000001X',
          departmentId: s.departmentId,
          matterCode: 'M',
          matterName: '事项',
          raterAccountId: randomUUID(),
          organizationId: null,
          realName: 1,
          channel: 'online',
          level: s.level,
          rating: ratingClassOf(s.level),
          commentEnc: null,
          followUpEnc: null,
          followUpAt: null,
          evaluatedAt: `${s.evaluatedOn}T02:00:00.000Z`,
          evaluatedOn: s.evaluatedOn,
        })
        .execute();
      await db
        .insertInto('evaluationScores')
        .values([
          { evaluationId: id, indicator: 'overall', score: s.level },
          ...SCORED_INDICATORS.map((indicator, i) => ({ evaluationId: id, indicator, score: s.scores[i]! })),
        ])
        .execute();
      if (s.reasons.length)
        await db
          .insertInto('evaluationReasons')
          .values(s.reasons.map((reason) => ({ evaluationId: id, reason: reason as 'other' })))
          .execute();
      if (s.rectification) {
        const { deadline, closedOn } = s.rectification;
        const repo = evaluationRepository(t.ctx.db);
        const rectificationId = randomUUID();
        await repo.openRectification({
          id: rectificationId,
          evaluationId: id,
          applicationId,
          applicationNo: '440600202603010000001X',
          departmentId: s.departmentId,
          matterName: '事项',
          applicantAccountId: randomUUID(),
          level: s.level,
          openedAt: `${s.evaluatedOn}T02:00:00.000Z`,
          deadline,
        });
        if (closedOn)
          await repo.updateRectification(rectificationId, 1, {
            status: 'closed',
            closedAt: `${closedOn}T02:00:00.000Z`,
            closedOn,
          });
      }
    }
  }

  it('agrees with plain counting on random evaluations and filters', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(sample, { minLength: 5, maxLength: 30 }),
        fc.array(filter, { minLength: 1, maxLength: 4 }),
        async (samples, filters) => {
          await replaceAll(samples);
          for (const f of filters) close(await indicatorReport(t.ctx.db, f), expected(samples, f));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('answers supervisors for any department and heads of department for their own only', async () => {
    await replaceAll([]);
    const fixture = await evaluationFixture(t);
    const zhangsan = await login(t.app, '13800138001');
    for (const payload of [goodRating, badRating]) {
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/applications/${await fixture.application(zhangsan)}/evaluation`,
        headers: { cookie: zhangsan },
        payload,
      });
    }
    const get = async (user: string, query = '') =>
      t.app.inject({
        url: `/api/v1/evaluation/indicators${query}`,
        headers: { cookie: await login(t.app, user, { staff: true }) },
      });
    const head = await get('head.zrzy');
    expect(head.json()).toMatchObject({
      departmentId: fixture.departmentId,
      total: 2,
      good: 1,
      bad: 1,
      goodRate: 0.5,
      badRate: 0.5,
      averages: { overall: 3.5, efficiency: 3.5, guideAccuracy: 2.5, convenience: 3.5, attitude: 4 },
      rectifications: { total: 1, closed: 0, overdueOpen: 0, onTimeRate: null },
    });
    const other = (
      await t.ctx.db
        .selectFrom('departments')
        .select('id')
        .where('code', '=', 'FS-SJ')
        .executeTakeFirstOrThrow()
    ).id;
    const foreign = await get('head.zrzy', `?department=${other}`);
    expect([foreign.statusCode, foreign.json().code]).toEqual([403, 'evaluation.own_department_only']);
    expect((await get('supervisor')).json()).toMatchObject({ departmentId: null, total: 2 });
    expect((await get('sysadmin', `?department=${other}`)).json()).toMatchObject({
      total: 0,
      goodRate: null,
    });
    expect((await get('reviewer.zrzy')).statusCode).toBe(403);
    const reversed = await get('supervisor', '?from=2026-03-02&to=2026-03-01');
    expect([reversed.statusCode, reversed.json().errors[0].field]).toEqual([400, 'from']);
    expect((await get('supervisor', '?from=2026-13-01')).statusCode).toBe(400);
    const citizen = await t.app.inject({
      url: '/api/v1/evaluation/indicators',
      headers: { cookie: zhangsan },
    });
    expect(citizen.statusCode).toBe(403);
  });
});
