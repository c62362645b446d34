import { afterAll, describe, expect, it } from 'vitest';
import { SCALE } from './support/scale.js';
import { cli, type ServerProcess, serverOn } from './support/servers.js';
import { integrityCheck, withSqliteFile } from './support/sqlite.js';
import { prepareStore, type Store } from './support/store.js';
import { type Attempt, type Submitter, submissionLoad, submit, submitterFor } from './support/submissions.js';

/** Runs `fn` over `items`, `width` at a time. */
async function inBatches<T, R>(items: T[], width: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += width)
    results.push(...(await Promise.all(items.slice(i, i + width).map(fn))));
  return results;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('kill -9 under durable submission load (SQLite, synchronous=FULL)', () => {
  let store: Store;
  let server: ServerProcess | undefined;
  afterAll(async () => {
    await server?.kill();
    await store?.drop();
  });

  it(`loses no acknowledged application and duplicates none over ${SCALE.crashRounds} kills`, {
    timeout: SCALE.crashRounds * 40_000 + 120_000,
  }, async () => {
    let who: Submitter;
    ({ store, value: who } = await prepareStore('sqlite', submitterFor));
    server = await serverOn(store);
    const attempts: Attempt[] = [];
    for (let round = 0; round < SCALE.crashRounds; round++) {
      if (round > 0) await server.restart();
      const load = submissionLoad(server.url, who, SCALE.crashClients);
      // Kill at a random moment once writes are flowing: mid-transaction, mid-commit, mid-answer.
      while (load.acknowledged() === 0 && load.attempts.length < 5000) await sleep(5);
      await sleep(Math.random() * 1000);
      await server.kill();
      await load.stop();
      attempts.push(...load.attempts);
    }
    await server.restart();

    // Whatever was answered before a kill, the server answered 201 and nothing else.
    const answered = attempts.filter((a) => a.status !== undefined);
    expect(answered.filter((a) => a.status !== 201).map((a) => `${a.status} ${a.failure}`)).toEqual([]);
    const acknowledged = attempts.filter((a) => a.no);
    const unacknowledged = attempts.filter((a) => !a.no);
    expect(acknowledged.length).toBeGreaterThan(SCALE.crashRounds);
    expect(unacknowledged.length).toBeGreaterThanOrEqual(SCALE.crashRounds);

    // Every acknowledged application is there for its applicant.
    const found = await inBatches(acknowledged, 16, async (a) => {
      const res = await fetch(`${server!.url}/api/v1/applications/${a.no}`, {
        headers: { cookie: who.cookie },
      });
      return res.status === 200
        ? ((await res.json()) as { applicationNo: string }).applicationNo
        : res.status;
    });
    expect(found).toEqual(acknowledged.map((a) => a.no));

    // A client retrying with the same key gets the same application back, acknowledged or not.
    const retried = await inBatches(attempts, 16, (a) => submit(server!.url, who, a.key));
    expect(retried.filter((r) => r.status !== 201)).toEqual([]);
    expect(retried.filter((r, i) => attempts[i]!.no && r.no !== attempts[i]!.no)).toEqual([]);
    await server.stop();

    // Exactly one application per key ever sent: none lost, none twice, nothing without a key.
    withSqliteFile(store.dataDir, (db) => {
      expect(integrityCheck(db)).toEqual(['ok']);
      const counts = db
        .prepare(
          `select (select count(*) from applications) applications,
                  (select count(distinct application_no) from applications) numbers,
                  (select count(*) from idempotency_keys) keys,
                  (select count(*) from workflow_instances) cases`,
        )
        .get();
      const n = attempts.length;
      expect(counts).toEqual({ applications: n, numbers: n, keys: n, cases: n });
      const byKey = new Map(
        (
          db
            .prepare(
              'select k.key, a.application_no no from idempotency_keys k join applications a on a.id = k.application_id',
            )
            .all() as { key: string; no: string }[]
        ).map((r) => [r.key, r.no]),
      );
      expect(acknowledged.filter((a) => byKey.get(a.key) !== a.no)).toEqual([]);
    });
    const verified = await cli(store, ['audit-verify']);
    expect(verified, verified.output).toMatchObject({ code: 0 });
    expect(verified.output).toContain('audit chain OK');
  });
});
