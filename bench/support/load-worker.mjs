// The load generator's own process: autocannon cycles through the given paths, posts one
// body again and again (each time under a fresh Idempotency-Key: a new submission), or sends
// a prepared sequence of requests once each.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

const options = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const { url, paths, connections = 20, seconds = 5, warmupSeconds = 3, headers = {}, post, items } = options;

function requests() {
  if (items) {
    let next = 0;
    return [
      {
        setupRequest: (req) => {
          const item = items[next++ % items.length];
          return {
            ...req,
            method: item.method,
            path: item.path,
            body: item.body === undefined ? undefined : JSON.stringify(item.body),
            headers: {
              ...req.headers,
              ...item.headers,
              ...(item.body === undefined ? {} : { 'content-type': 'application/json' }),
            },
          };
        },
      },
    ];
  }
  if (post)
    return [
      {
        method: 'POST',
        path: post.path,
        body: JSON.stringify(post.body),
        headers: { 'content-type': 'application/json' },
        setupRequest: (req) => ({ ...req, headers: { ...req.headers, 'idempotency-key': randomUUID() } }),
      },
    ];
  return paths.map((path) => ({ method: 'GET', path }));
}

const result = await autocannon({
  url,
  connections,
  duration: seconds,
  // A prepared sequence is sent once: `amount` ends the run there (autocannon then ignores `duration`).
  // Otherwise the same requests run unmeasured first, so a row measures the server as it runs
  // (its code compiled by the JIT, its caches filled), not its first seconds after start.
  ...(items ? { amount: items.length } : { warmup: { duration: warmupSeconds } }),
  headers,
  requests: requests(),
});
process.stdout.write(
  JSON.stringify({
    // A run cut by `amount` ends within a second: its per-second average would count a part second as one.
    requestsPerSecond: Math.round(
      items ? result.requests.total / Math.max(result.duration, 0.001) : result.requests.average,
    ),
    p50: result.latency.p50,
    p97_5: result.latency.p97_5,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  }),
);
