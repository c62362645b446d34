// Before each browser test file: the server the set-up started has finished seeding the demo.
import { beforeAll, inject } from 'vitest';

beforeAll(async () => {
  const baseUrl = inject('baseUrl');
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      // Ready once the demo's own events (hundreds of notifications and notices after the
      // seed) are delivered: tests then measure their own work, not the seed's backlog.
      if (res.ok && ((await res.json()) as { outboxPending: number }).outboxPending === 0) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the e2e server at ${baseUrl} did not seed the demo and empty its outbox in 5 minutes`);
}, 310_000);
