import { get, type IncomingMessage } from 'node:http';

/** One event as a browser's EventSource would parse it; comments (heartbeats) kept too. */
export interface ReadEvent {
  id?: string;
  event?: string;
  data?: unknown;
  comment?: string;
  retry?: number;
}

export interface EventStreamReader {
  status: number;
  contentType: string | null;
  /** Every event read so far. */
  events: ReadEvent[];
  /** The first event (read so far or to come) after `from` that matches; fails after `timeoutMs`. */
  next(match: (e: ReadEvent) => boolean, options?: { from?: number; timeoutMs?: number }): Promise<ReadEvent>;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  close(): void;
}

function parse(block: string): ReadEvent {
  const event: ReadEvent = {};
  for (const line of block.split('\n')) {
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === '') event.comment = value;
    else if (field === 'id') event.id = value;
    else if (field === 'event') event.event = value;
    else if (field === 'data') event.data = JSON.parse(value);
    else if (field === 'retry') event.retry = Number(value);
  }
  return event;
}

/**
 * Opens a server-sent event stream over real HTTP, the way a browser does. node:http on a
 * connection of its own: fetch (undici) may open a spare connection that holds a closing
 * server up until its headers time out.
 */
export async function openEventStream(url: string, headers: Record<string, string> = {}) {
  const response = await new Promise<IncomingMessage>((resolve, reject) => {
    const request = get(url, { headers: { accept: 'text/event-stream', ...headers }, agent: false }, resolve);
    request.on('error', reject);
  });
  const events: ReadEvent[] = [];
  const waiters = new Set<() => void>();
  let done = false;
  const ended = (async () => {
    const ok = response.statusCode === 200;
    let buffer = '';
    try {
      response.setEncoding('utf8');
      for await (const chunk of response as AsyncIterable<string>) {
        if (!ok) continue;
        buffer += chunk;
        let cut = buffer.indexOf('\n\n');
        while (cut >= 0) {
          events.push(parse(buffer.slice(0, cut)));
          buffer = buffer.slice(cut + 2);
          cut = buffer.indexOf('\n\n');
        }
        for (const wake of waiters) wake();
      }
    } catch {
      // Destroyed by close().
    } finally {
      done = true;
      for (const wake of waiters) wake();
    }
  })();

  const reader: EventStreamReader = {
    status: response.statusCode ?? 0,
    contentType: response.headers['content-type'] ?? null,
    events,
    ended,
    next(match, { from = 0, timeoutMs = 10_000 } = {}) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = events.slice(from).find(match);
          if (found || done) {
            waiters.delete(check);
            clearTimeout(timer);
            if (found) resolve(found);
            else reject(new Error(`stream ended without the event; read: ${JSON.stringify(events)}`));
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no such event in ${timeoutMs} ms; read: ${JSON.stringify(events)}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    close: () => response.destroy(),
  };
  return reader;
}
