import { runLoad } from '../support/load.js';
import { startServer } from '../support/server.js';
import type { Row } from '../support/table.js';

export const BASELINE = 'hello world (baseline: no database)';

/**
 * The baseline every row's ratio divides by: GET /api/hello, the framework with its hooks
 * (security headers, request context) and nothing else; and /api/health, two small queries.
 */
export async function baselineScenario(): Promise<Row[]> {
  const server = await startServer({ SEED_DEMO: 'false' });
  try {
    const hello = await runLoad({ url: server.url, paths: ['/api/hello'] });
    const health = await runLoad({ url: server.url, paths: ['/api/health'] });
    return [
      { scenario: BASELINE, ...hello },
      { scenario: 'health (outbox backlog and seal state, from the database)', ...health },
    ];
  } finally {
    await server.stop();
  }
}
