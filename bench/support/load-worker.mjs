// The load generator's own process: autocannon cycles through the given paths, or posts
// one body again and again, each time under a fresh Idempotency-Key (a new submission).
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';

const { url, paths, connections = 20, seconds = 10, headers = {}, post } = JSON.parse(process.argv[2]);
const result = await autocannon({
  url,
  connections,
  duration: seconds,
  headers,
  requests: post
    ? [
        {
          method: 'POST',
          path: post.path,
          body: JSON.stringify(post.body),
          headers: { 'content-type': 'application/json' },
          setupRequest: (req) => ({ ...req, headers: { ...req.headers, 'idempotency-key': randomUUID() } }),
        },
      ]
    : paths.map((path) => ({ method: 'GET', path })),
});
process.stdout.write(
  JSON.stringify({
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  }),
);
