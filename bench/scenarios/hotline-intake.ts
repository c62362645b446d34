import { callBody } from '../../server/src/modules/hotline/sample-call.fixture.js';
import { runLoad } from '../support/load.js';
import { startServer } from '../support/server.js';
import { staffCookie } from '../support/staff.js';
import { dashboardRow, type Row } from '../support/table.js';

/**
 * 12345 intake per second through the HTTP API, on the demo with its 10,000 orders: every
 * request is a new work order (fresh Idempotency-Key), committed with its number, timeline
 * entry, dashboard counters, audit record and ticket.changed event before the answer, after
 * the duplicate look-up. SQLite in WAL with synchronous=FULL.
 */
export async function hotlineIntakeScenario(): Promise<Row[]> {
  const server = await startServer({ SEED_DEMO: 'true' });
  try {
    const cookie = await staffCookie(server.url, 'hotline');
    const units = (await (
      await fetch(`${server.url}/api/v1/hotline/units`, { headers: { cookie } })
    ).json()) as {
      items: { id: string; code: string }[];
    };
    const st = units.items.find((u) => u.code === 'FS-ST')!.id;
    const load = (body: object) =>
      runLoad({
        url: server.url,
        paths: [],
        headers: { cookie },
        post: { path: '/api/v1/hotline/tickets', body },
        databaseUrl: server.databaseUrl,
      });
    const pool = await load(callBody());
    const dispatched = await load(callBody({ disposition: { kind: 'dispatch', leadUnitId: st } }));
    const dashboard = await runLoad({
      url: server.url,
      paths: ['/api/v1/hotline/dashboard'],
      headers: { cookie },
    });
    const target = '≥ 200/s (issue 8)';
    return [
      {
        scenario: '12345 intake: a call to the dispatch pool',
        ...pool,
        target,
        met: pool.requestsPerSecond >= 200 && pool.non2xx === 0,
      },
      {
        scenario: '12345 intake: a call dispatched at once (一键派单)',
        ...dispatched,
        target,
        met: dispatched.requestsPerSecond >= 200 && dispatched.non2xx === 0,
      },
      dashboardRow('12345 dashboard (30 days, from counters)', dashboard),
    ];
  } finally {
    await server.stop();
  }
}
