import pg from 'pg';

/**
 * What the server's PostgreSQL sessions wait on while a load runs, sampled from
 * pg_stat_activity. A write row that misses its target then says why in the table: its
 * transactions queue for one hot row's lock (a daily counter, the audit chain's head), or the
 * database waits for the server's next statement, or for its own commit.
 */
export interface WaitWatch {
  /** Stops sampling; the shares of the waits seen, largest first, or undefined for SQLite. */
  stop(): Promise<string | undefined>;
}

const EVERY_MS = 20;

/** The table a statement is about: the first one it names after insert into, update, delete from or from. */
function tableOf(query: string): string {
  return /(?:insert into|update|delete from|from)\s+"?(\w+)"?/i.exec(query)?.[1] ?? 'another table';
}

/** One session's state in a sample, in words for the table. */
export function waitOf(row: {
  waitEventType: string | null;
  waitEvent: string | null;
  state: string;
  query: string;
}): string {
  if (row.waitEventType === 'Lock') {
    const kind =
      row.waitEvent === 'transactionid' || row.waitEvent === 'tuple' ? 'row lock' : `${row.waitEvent} lock`;
    return `${kind} on ${tableOf(row.query)}`;
  }
  if (row.waitEventType === 'Client' && row.state === 'idle in transaction')
    return "the server's next statement";
  if (/^\s*commit/i.test(row.query) || row.waitEvent === 'WALSync' || row.waitEvent === 'WALWrite')
    return 'commit';
  if (row.waitEventType === null) return 'running';
  return `${row.waitEventType}: ${row.waitEvent}`;
}

/** "71 % row lock on x, 18 % the server's next statement", the two largest shares of all session samples. */
export function summariseWaits(counts: Map<string, number>): string | undefined {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return undefined;
  const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 2);
  return `waits: ${top.map(([what, n]) => `${Math.round((n / total) * 100)} % ${what}`).join(', ')}`;
}

/** Starts sampling the sessions of `databaseUrl`'s database (nothing for SQLite: no URL). */
export async function watchWaits(databaseUrl: string | undefined): Promise<WaitWatch> {
  if (!databaseUrl) return { stop: async () => undefined };
  const database = decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const counts = new Map<string, number>();
  let stopped = false;
  // One sample at a time: the next starts EVERY_MS after the last one answered.
  const sampling = (async () => {
    while (!stopped) {
      const { rows } = await client.query<{
        waitEventType: string | null;
        waitEvent: string | null;
        state: string;
        query: string;
      }>(
        `select wait_event_type as "waitEventType", wait_event as "waitEvent", state, query
           from pg_stat_activity
          where datname = $1 and pid <> pg_backend_pid() and state in ('active', 'idle in transaction')`,
        [database],
      );
      for (const row of rows) counts.set(waitOf(row), (counts.get(waitOf(row)) ?? 0) + 1);
      await new Promise((r) => setTimeout(r, EVERY_MS));
    }
  })();
  return {
    async stop() {
      stopped = true;
      await sampling;
      await client.end();
      return summariseWaits(counts);
    },
  };
}
