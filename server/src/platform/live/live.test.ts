import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { openEventStream, type ReadEvent } from './event-stream.fixture.js';
import {
  createLiveFeed,
  type LiveFeed,
  type LiveFeedOptions,
  type LiveMessage,
  type LiveStreamOptions,
  lastEventIdOf,
  liveStreams,
  RESET_EVENT,
  redisWakeBus,
  type WakeBus,
} from './index.js';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A change log the way a table is one: rows appended, a poll answers the rows after a cursor. */
function changeLog() {
  const rows: LiveMessage[] = [];
  let polls = 0;
  let cursor = 0;
  return {
    rows,
    get polls() {
      return polls;
    },
    add(n: number) {
      for (let i = 0; i < n; i++)
        rows.push({ id: `c${rows.length + 1}`, event: 'change', data: rows.length + 1 });
    },
    source: {
      async poll(restart: boolean) {
        polls++;
        // Overlapping answers, as a feed that reaches back over late commits gives them.
        const from = restart ? Math.max(0, rows.length - 3) : Math.max(0, cursor - 2);
        cursor = rows.length;
        return rows.slice(from);
      },
      async states() {
        return [{ event: 'total', data: { total: rows.length } }];
      },
    },
  };
}

/** A real HTTP server with one stream route, as a module wires it. */
async function serve(feed: LiveFeed, options: LiveStreamOptions = {}) {
  const app: FastifyInstance = Fastify();
  const streams = liveStreams(feed, options);
  app.get('/live', (request, reply) =>
    streams.open(reply, lastEventIdOf(request, (request.query as { lastEventId?: string }).lastEventId)),
  );
  app.addHook('preClose', async () => streams.close());
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, streams, url: `${address}/live` };
}

const changeIds = (events: ReadEvent[]) => events.filter((e) => e.event === 'change').map((e) => e.id);

describe('live feed and server-sent event streams', () => {
  const cleanup: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });
  function feedOf(options: Omit<LiveFeedOptions, 'onError'>) {
    const errors: unknown[] = [];
    const feed = createLiveFeed({ intervalMs: 3_600_000, ...options, onError: (e) => errors.push(e) });
    cleanup.push(async () => {
      await feed.stop();
      expect(errors).toEqual([]);
    });
    return feed;
  }
  async function server(feed: LiveFeed, options?: LiveStreamOptions) {
    const s = await serve(feed, options);
    cleanup.push(() => s.app.close());
    return s;
  }

  it('fans one poll out to every client, each change once, with the states after it', async () => {
    const log = changeLog();
    log.add(5);
    const feed = feedOf({ source: log.source });
    const { url } = await server(feed);
    const clients = await Promise.all([1, 2, 3].map(() => openEventStream(url)));
    for (const c of clients) {
      expect(c.status).toBe(200);
      expect(c.contentType).toMatch(/^text\/event-stream/);
      await c.next((e) => e.event === 'total');
      // Joining: a retry hint, the recent history, the state.
      expect(c.events[0]).toEqual({ retry: 3000 });
      expect(changeIds(c.events)).toEqual(['c3', 'c4', 'c5']);
    }
    expect(log.polls).toBe(1);

    log.add(2);
    await feed.poll();
    expect(log.polls).toBe(2);
    for (const c of clients) {
      const total = await c.next((e) => e.event === 'total' && (e.data as { total: number }).total === 7);
      expect(changeIds(c.events)).toEqual(['c3', 'c4', 'c5', 'c6', 'c7']);
      expect(c.events.indexOf(total)).toBe(c.events.length - 1);
    }

    // Nothing new: no message, and no state read again.
    await feed.poll();
    for (const c of clients) expect(c.events.filter((e) => e.event === 'total')).toHaveLength(2);
    for (const c of clients) c.close();
  });

  it('resumes after Last-Event-ID, resets on an id it does not know, and resumes from the query too', async () => {
    const log = changeLog();
    log.add(3);
    const feed = feedOf({ source: log.source });
    const { url } = await server(feed);
    const first = await openEventStream(url);
    await first.next((e) => e.event === 'total');
    first.close();
    log.add(3);
    await feed.poll();

    const resumed = await openEventStream(url, { 'last-event-id': 'c2' });
    await resumed.next((e) => e.event === 'total');
    expect(changeIds(resumed.events)).toEqual(['c3', 'c4', 'c5', 'c6']);
    expect(resumed.events.some((e) => e.event === RESET_EVENT)).toBe(false);

    const fromQuery = await openEventStream(`${url}?lastEventId=c5`);
    await fromQuery.next((e) => e.event === 'total');
    expect(changeIds(fromQuery.events)).toEqual(['c6']);

    const lost = await openEventStream(url, { 'last-event-id': 'gone' });
    await lost.next((e) => e.event === 'total');
    expect(lost.events.map((e) => e.event ?? 'retry')).toEqual(['retry', RESET_EVENT, 'total']);
    for (const c of [resumed, fromQuery, lost]) c.close();
  });

  it('sends heartbeats, ends a stream at its age, and forgets a client that left', async () => {
    const log = changeLog();
    const feed = feedOf({ source: log.source, idleMs: 0 });
    const { url, streams } = await server(feed, { heartbeatMs: 20, maxAgeMs: 400 });
    const client = await openEventStream(url);
    await client.next((e) => e.comment === 'ping');
    expect(feed.subscribers).toBe(1);
    await client.ended;
    await expect.poll(() => feed.subscribers).toBe(0);
    expect(streams.size).toBe(0);

    const leaving = await openEventStream(url);
    await leaving.next((e) => e.event === 'total');
    expect(feed.subscribers).toBe(1);
    leaving.close();
    await expect.poll(() => feed.subscribers).toBe(0);
    expect(streams.size).toBe(0);
    // The last one gone: no more polling, and no history to resume across the gap.
    await expect.poll(() => feed.active).toBe(false);
    const polls = log.polls;
    feed.changed();
    expect(log.polls).toBe(polls);
  });

  it('ends open streams when the server closes', async () => {
    const feed = feedOf({ source: changeLog().source });
    const { app, url } = await serve(feed);
    const client = await openEventStream(url);
    await client.next((e) => e.event === 'total');
    await app.close();
    await client.ended;
    expect(feed.subscribers).toBe(0);
  });

  it('wakes the other processes through Redis, which then poll at once', async () => {
    const channel = `onewindow-test:${crypto.randomUUID()}`;
    const redisErrors: unknown[] = [];
    const bus = () => redisWakeBus(REDIS_URL, channel, (e) => redisErrors.push(e));
    const here = changeLog();
    const there = changeLog();
    // Two processes' feeds; b polls every hour, so only a wake makes it poll now.
    const a = feedOf({ source: here.source, bus: bus() });
    const b = feedOf({ source: there.source, bus: bus() });
    await b.subscribe(() => undefined);
    const before = there.polls;
    // Subscribing to Redis is asynchronous: a publishes until b has heard it once.
    await expect
      .poll(
        () => {
          a.changed();
          return there.polls;
        },
        { timeout: 5000, interval: 100 },
      )
      .toBeGreaterThan(before);
    expect(redisErrors).toEqual([]);
  });

  it('wakes the others once for a burst of changes, and once more for those that came during it', async () => {
    let published = 0;
    const bus: WakeBus = {
      publish: () => void published++,
      subscribe: () => () => undefined,
      close: async () => undefined,
    };
    const feed = feedOf({ source: changeLog().source, bus });
    for (let i = 0; i < 50; i++) feed.changed();
    expect(published).toBe(1);
    await expect.poll(() => published).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(published).toBe(2);
  });
});
