import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, businessDateOf } from '../../platform/calendar/index.js';
import { databaseKinds } from '../../test-support/databases.js';
import { createTestApp, login, type TestApp } from '../../test-support/test-app.js';
import { workingCalendar } from '../calendar/index.js';
import { buildDemoTickets, seedDemoTickets } from './demo-tickets.js';
import { routingRepository } from './routing.js';
import { readSettings } from './settings.js';

const COUNT = 1500;

describe.each(databaseKinds())('the demo work orders on %s', (kind) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(kind);
    expect(await seedDemoTickets(t.ctx, { count: COUNT, seed: 7 })).toBe(COUNT);
  });
  afterAll(() => t.close());

  /** `select <keys>, <value> … group by <keys>` as a map from the joined keys to the number. */
  async function grouped(query: { execute(): Promise<Record<string, unknown>[]> }) {
    const rows = await query.execute();
    return new Map(
      rows.map((r) => {
        const { n, ...keys } = r;
        return [
          Object.values(keys)
            .map((v) => v ?? '')
            .join('|'),
          Number(n),
        ];
      }),
    );
  }
  const db = () => t.ctx.db;
  const counter = (metric: string, keys: string[]) =>
    grouped(
      db()
        .selectFrom('hotlineCounters')
        .select([...keys, sql<number>`sum(n)`.as('n')])
        .where('metric', '=', metric)
        .groupBy(keys),
    );

  it('keeps counters that agree with the rows', async () => {
    const count = sql<number>`count(*)`.as('n');
    expect(await counter('received', ['day', 'type', 'subject', 'districtCode', 'channel'])).toEqual(
      await grouped(
        db()
          .selectFrom('hotlineTickets')
          .select(['createdOn', 'type', 'subject', 'districtCode', 'channel', count])
          .groupBy(['createdOn', 'type', 'subject', 'districtCode', 'channel']),
      ),
    );
    for (const [metric, status, day] of [
      ['closed', 'closed', 'closedOn'],
      ['direct_answered', 'direct_answered', 'createdOn'],
      ['redirected', 'redirected', 'createdOn'],
      ['merged', 'merged', 'closedOn'],
    ] as const)
      expect(await counter(metric, ['day', 'type'])).toEqual(
        await grouped(
          db()
            .selectFrom('hotlineTickets')
            .select([day, 'type', count])
            .where('status', '=', status)
            .groupBy([day, 'type']),
        ),
      );
    // What each unit holds now, by deadline: the source of "overdue per unit".
    expect(
      await grouped(
        db().selectFrom('hotlineOpenOrders').select(['unitId', 'dueOn', 'n']).where('n', '<>', 0),
      ),
    ).toEqual(
      await grouped(
        db()
          .selectFrom('hotlineTickets')
          .select(['leadUnitId', 'handlingDueOn', count])
          .where('status', 'in', ['dispatched', 'in_progress'])
          .groupBy(['leadUnitId', 'handlingDueOn']),
      ),
    );
    // Satisfaction counts every follow-up call, a reopened order's first one included.
    const followUps = await db()
      .selectFrom('hotlineTicketEvents')
      .select(['detail'])
      .where('kind', '=', 'followUp')
      .execute();
    const results = new Map<string, number>();
    for (const e of followUps) {
      const result = JSON.parse(e.detail).result as string;
      results.set(result, (results.get(result) ?? 0) + 1);
    }
    for (const [result, n] of results) expect((await counter(result, ['metric'])).get(result)).toBe(n);
    const replies = await grouped(
      db()
        .selectFrom('hotlineTicketEvents')
        .select(['unitId', count])
        .where('kind', '=', 'reply')
        .groupBy('unitId'),
    );
    expect(
      await grouped(
        db()
          .selectFrom('hotlineUnitCounters')
          .select(['unitId', sql<number>`sum(n)`.as('n')])
          .where('metric', '=', 'replied')
          .groupBy('unitId'),
      ),
    ).toEqual(replies);
  });

  it('shows the patterns a dashboard should: weekly rhythm, noisy complaints, overdue units, mixed satisfaction', async () => {
    const supervisor = await login(t.app, 'supervisor', { staff: true });
    const today = businessDateOf(new Date());
    const res = await t.app.inject({
      url: `/api/v1/hotline/dashboard?from=${addCalendarDays(today, -89)}&to=${today}`,
      headers: { cookie: supervisor },
    });
    const d = res.json();
    expect(d.totals.received).toBe(COUNT);
    expect(d.byDay).toHaveLength(90);
    expect(d.byDistrict.map((x: { key: string }) => x.key).sort()).toEqual([
      '440604',
      '440605',
      '440606',
      '440607',
      '440608',
    ]);
    expect(d.byChannel[0]).toMatchObject({ key: 'phone' });
    expect(d.totals.directAnswered).toBeGreaterThan(0);
    expect(d.totals.reopened).toBeGreaterThan(0);
    expect(d.totals.closedOnTime).toBeLessThan(d.totals.closed);
    expect(d.satisfaction.satisfied).toBeGreaterThan(d.satisfaction.dissatisfied);
    expect(d.satisfaction.dissatisfied).toBeGreaterThan(0);
    expect(d.satisfaction.rate).toBeGreaterThan(0.7);
    expect(d.overdueByUnit.some((u: { overdue: number }) => u.overdue > 0)).toBe(true);
    // Mondays are busier than Sundays.
    const byWeekday = [0, 0, 0, 0, 0, 0, 0];
    for (const { day, count } of d.byDay) byWeekday[new Date(`${day}T12:00:00Z`).getUTCDay()]! += count;
    expect(byWeekday[1]).toBeGreaterThan(byWeekday[0]! * 1.5);
    // Noise and property lead the complaints.
    const complaints = await grouped(
      t.ctx.db
        .selectFrom('hotlineTickets')
        .select(['subject', sql<number>`count(*)`.as('n')])
        .where('type', '=', 'complaint')
        .groupBy('subject'),
    );
    const top = [...complaints]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([s]) => s);
    expect(top).toEqual(expect.arrayContaining(['noise', 'property']));
  });

  it('is reproducible and runs once', async () => {
    const reference = {
      calendar: await workingCalendar(t.ctx),
      settings: (await readSettings(t.ctx.db)).settings,
      rules: await routingRepository(t.ctx.db).list(),
      knowledge: [],
    };
    const now = new Date();
    const shape = () =>
      buildDemoTickets(t.ctx.cipher, reference, { count: 300, seed: 99, now }).tickets.map(
        ({ row, events }) => [
          row.ticketNo,
          row.type,
          row.subject,
          row.status,
          row.createdAt,
          row.handlingDueOn,
          events.map((e) => `${e.kind}@${e.at}`).join(),
        ],
      );
    expect(shape()).toEqual(shape());
    expect(await seedDemoTickets(t.ctx, { count: 10 })).toBe(0);
  });
});
