import { SYNTHETIC_DISTRICTS, seededRandom } from '../../server/src/modules/blueprint/synthetic.js';
import { type LoadItem, runLoad } from '../support/load.js';
import { startServer } from '../support/server.js';
import { staffCookie } from '../support/staff.js';
import type { Row } from '../support/table.js';

const CHECKS = 2_000;
const USES = ['R2', 'B1', 'M1', 'W1', 'A3'];

/**
 * Project sites as they come: a block of 1–5 ha (100–250 m a side), four in five in a
 * district's built-up core among the regulatory parcels, the rest anywhere in the district.
 */
function sites(): LoadItem[] {
  const random = seededRandom(7);
  return Array.from({ length: CHECKS }, () => {
    const d = SYNTHETIC_DISTRICTS[Math.floor(random() * SYNTHETIC_DISTRICTS.length)]!;
    const [w, s, e, n] = random() < 0.8 ? d.core : d.box;
    const width = (100 + random() * 150) / 102_000;
    const height = (100 + random() * 150) / 110_570;
    const x = w + random() * (e - w - width);
    const y = s + random() * (n - s - height);
    const ring = [
      [x, y],
      [x + width, y],
      [x + width, y + height],
      [x, y + height],
      [x, y],
    ].map(([a, b]) => [Number(a!.toFixed(6)), Number(b!.toFixed(6))]);
    return {
      method: 'POST' as const,
      path: '/api/v1/blueprint/checks',
      body: {
        site: { type: 'Polygon', coordinates: [ring] },
        intendedUse: USES[Math.floor(random() * USES.length)],
        floorAreaRatio: Number((1 + random() * 3).toFixed(1)),
        heightM: Math.round(20 + random() * 80),
      },
    };
  });
}

/**
 * 规划检测 through the HTTP API against the demo's synthetic blueprint (165 layers, about
 * 100,000 features): each check narrows with the process's spatial index, cuts the overlaps
 * and stores the check with its audit record and event before it answers.
 */
export async function blueprintScenario(): Promise<Row[]> {
  const server = await startServer({ SEED_DEMO: 'true' });
  try {
    const cookie = await staffCookie(server.url, 'reviewer.zrzy');
    const items = sites();
    // The first check builds the index (once per process and layer revision): not measured.
    await fetch(`${server.url}${items[0]!.path}`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify(items[0]!.body),
    });
    const result = await runLoad({ url: server.url, paths: [], headers: { cookie }, items, connections: 10 });
    return [
      {
        scenario: '一张蓝图 plan check (1–5 ha sites, 165 layers, ~100,000 features)',
        ...result,
        target: 'p95 < 100 ms (p97.5)',
        met: result.p97_5 < 100 && result.errors + result.non2xx === 0,
      },
    ];
  } finally {
    await server.stop();
  }
}
