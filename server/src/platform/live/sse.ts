import { PassThrough } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { LiveFeed, LiveOut } from './feed.js';

export interface LiveStreamOptions {
  /** A comment line this often keeps proxies and the browser from closing a quiet stream. */
  heartbeatMs?: number;
  /**
   * Streams end after this long (with some spread); the browser reconnects at once with
   * Last-Event-ID, so the session and the caller's rights are checked again.
   */
  maxAgeMs?: number;
  /** The reconnection delay the browser is told. */
  retryMs?: number;
  /** A client that reads slower than this much is queued for it is dropped (it reconnects and resumes). */
  maxQueuedBytes?: number;
}

/** One server-sent event; JSON has no raw line breaks, so `data` is one line. */
export function formatEvent(out: LiveOut): string {
  const id = 'id' in out ? `id: ${out.id}\n` : '';
  return `${id}event: ${out.event}\ndata: ${JSON.stringify(out.data)}\n\n`;
}

/** The id a reconnecting EventSource sends, or one given in the query by a client that starts anew. */
export function lastEventIdOf(request: FastifyRequest, fromQuery?: string): string | undefined {
  const header = request.headers['last-event-id'];
  const id = typeof header === 'string' && header !== '' ? header : fromQuery;
  return id && id.length <= 200 ? id : undefined;
}

/**
 * Server-sent event streams of one feed. `open` answers with a stream (the route checks who
 * may listen first); `close` ends every stream, so the server can shut down.
 */
export function liveStreams(feed: LiveFeed, options: LiveStreamOptions = {}) {
  const heartbeatMs = options.heartbeatMs ?? 15_000;
  const maxAgeMs = options.maxAgeMs ?? 5 * 60_000;
  const retryMs = options.retryMs ?? 3000;
  const maxQueued = options.maxQueuedBytes ?? 1 << 20;
  const open = new Set<() => void>();

  return {
    async open(reply: FastifyReply, lastEventId?: string): Promise<FastifyReply> {
      const stream = new PassThrough();
      let unsubscribe: (() => void) | undefined;
      let ended = false;
      const end = () => {
        if (ended) return;
        ended = true;
        clearInterval(heartbeat);
        clearTimeout(expiry);
        unsubscribe?.();
        open.delete(end);
        stream.end();
      };
      const write = (text: string) => {
        if (ended) return;
        if (stream.writableLength > maxQueued) end();
        else stream.write(text);
      };
      const heartbeat = setInterval(() => write(': ping\n\n'), heartbeatMs);
      // Spread, so that a wall of boards opened together does not reconnect together.
      const expiry = setTimeout(end, maxAgeMs * (0.9 + Math.random() * 0.2));
      heartbeat.unref();
      expiry.unref();
      open.add(end);
      // The response's close, not the request's: that one may come as soon as the request is read.
      reply.raw.once('close', end);

      write(`retry: ${retryMs}\n\n`);
      try {
        unsubscribe = await feed.subscribe((out) => write(formatEvent(out)), lastEventId);
      } catch (error) {
        end();
        throw error;
      }
      // The client may have gone while the feed warmed up.
      if (ended) unsubscribe();

      return reply
        .header('content-type', 'text/event-stream; charset=utf-8')
        .header('cache-control', 'no-store')
        .header('x-accel-buffering', 'no')
        .send(stream);
    },
    get size() {
      return open.size;
    },
    close() {
      for (const end of [...open]) end();
    },
  };
}
