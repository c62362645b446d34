// A live feed: one poller per process fans a source's changes out to that process's
// subscribers (server-sent event streams). Every process polls the same database, so a change
// made through any process reaches every subscriber; a wake bus (Redis) only makes it sooner.

/** One change. `id` must be the same in every process (a database row's id): resuming and
 * de-duplication key on it. */
export interface LiveMessage {
  id: string;
  event: string;
  data: unknown;
}

/** A snapshot (today's figures, say): each subscriber gets the latest on joining and on change. */
export interface LiveState {
  event: string;
  data: unknown;
}

/** What a subscriber is sent: a change (with an id), a state (without), or `reset`. */
export type LiveOut = LiveMessage | LiveState;

/** Sent instead of a replay when a resumed id is not known here: the client may have missed changes. */
export const RESET_EVENT = 'reset';

export interface LiveSource {
  /**
   * New changes in order; ones this feed has seen are dropped by id, so answers may overlap.
   * `restart`: the feed starts (or starts again after being idle): begin from about now.
   */
  poll(restart: boolean): Promise<LiveMessage[]>;
  /** Snapshots, read when the feed starts and after every poll that brought new changes. */
  states?(): Promise<LiveState[]>;
}

/** Tells the other processes that something changed, so they poll now rather than at the next tick. */
export interface WakeBus {
  publish(): void;
  subscribe(onWake: () => void): () => void;
  close(): Promise<void>;
}

export interface LiveFeedOptions {
  source: LiveSource;
  /** How often the process polls while it has subscribers. */
  intervalMs?: number;
  /** How long the feed keeps polling (and its history) after the last subscriber left. */
  idleMs?: number;
  /** Changes kept for resuming (Last-Event-ID). */
  keep?: number;
  /** Changes a new subscriber is sent first (recent history). */
  recent?: number;
  bus?: WakeBus | undefined;
  onError(error: unknown): void;
}

export type LiveSubscriber = (out: LiveOut) => void;

export interface LiveFeed {
  /**
   * Starts sending to `subscriber`: after `lastEventId`, what came since (or `reset` when that
   * id is unknown here); without one, the recent history. Then the current states, then
   * everything new. Answers once the feed has polled at least once.
   */
  subscribe(subscriber: LiveSubscriber, lastEventId?: string): Promise<() => void>;
  /** Something changed here: poll now, and wake the other processes. */
  changed(): void;
  /** Polls now (tests, and the bus); resolves when that poll is done. */
  poll(): Promise<void>;
  readonly subscribers: number;
  /** Polling (has subscribers, or had them within `idleMs`). */
  readonly active: boolean;
  stop(): Promise<void>;
}

const WAKE_GAP_MS = 100;

export function createLiveFeed(options: LiveFeedOptions): LiveFeed {
  const { source, bus, onError } = options;
  const intervalMs = options.intervalMs ?? 1000;
  const idleMs = options.idleMs ?? 60_000;
  const keep = options.keep ?? 2000;
  const recent = options.recent ?? 20;

  const subscribers = new Set<LiveSubscriber>();
  const history: LiveMessage[] = [];
  const seen = new Set<string>();
  const states = new Map<string, LiveState>();
  let warm = false;
  let ticker: NodeJS.Timeout | undefined;
  let idleTimer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;
  let wakeGap: NodeJS.Timeout | undefined;
  let wakeAgain = false;

  const send = (out: LiveOut) => {
    for (const subscriber of subscribers) {
      try {
        subscriber(out);
      } catch (error) {
        // One broken stream must not keep the others from their changes.
        onError(error);
      }
    }
  };

  function remember(message: LiveMessage) {
    history.push(message);
    seen.add(message.id);
    if (history.length > keep) seen.delete(history.shift()!.id);
  }

  async function pollOnce(): Promise<void> {
    const restart = !warm;
    const messages = await source.poll(restart);
    let fresh = 0;
    for (const message of messages) {
      if (seen.has(message.id)) continue;
      remember(message);
      send(message);
      fresh++;
    }
    if (source.states && (restart || fresh > 0))
      for (const state of await source.states()) {
        states.set(state.event, state);
        send(state);
      }
    warm = true;
  }

  function run(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = pollOnce()
      .catch(onError)
      .finally(() => {
        running = undefined;
        if (again && !stopped && (ticker || subscribers.size > 0)) {
          again = false;
          void run();
        }
      });
    return running;
  }

  function goIdle() {
    clearInterval(ticker);
    ticker = undefined;
    // Without polling, the history has a gap from now on: resuming across it must reset.
    history.length = 0;
    seen.clear();
    states.clear();
    warm = false;
  }

  const unsubscribeBus = bus?.subscribe(() => {
    if (ticker) void run();
  });

  // A busy process changes orders hundreds of times a second: the others need one wake per
  // gap (with one more at its end for what came during it), not one per change.
  function wakeOthers() {
    if (!bus) return;
    if (wakeGap) {
      wakeAgain = true;
      return;
    }
    bus.publish();
    wakeGap = setTimeout(() => {
      wakeGap = undefined;
      if (wakeAgain && !stopped) {
        wakeAgain = false;
        wakeOthers();
      }
    }, WAKE_GAP_MS);
    wakeGap.unref();
  }

  return {
    async subscribe(subscriber, lastEventId) {
      if (stopped) throw new Error('live feed stopped');
      clearTimeout(idleTimer);
      if (!ticker) {
        ticker = setInterval(() => void run(), intervalMs);
        ticker.unref();
      }
      if (!warm) await run();
      // Another process may have sent that id before this one polled it: catch up first.
      if (lastEventId !== undefined && !seen.has(lastEventId)) {
        await running;
        await run();
      }
      if (lastEventId !== undefined) {
        const at = history.findIndex((m) => m.id === lastEventId);
        if (at < 0) subscriber({ event: RESET_EVENT, data: {} });
        else for (const m of history.slice(at + 1)) subscriber(m);
      } else for (const m of history.slice(-recent)) subscriber(m);
      for (const state of states.values()) subscriber(state);
      subscribers.add(subscriber);
      return () => {
        if (!subscribers.delete(subscriber) || subscribers.size > 0 || stopped) return;
        idleTimer = setTimeout(goIdle, idleMs);
        idleTimer.unref();
      };
    },
    changed() {
      if (ticker) void run();
      wakeOthers();
    },
    poll: run,
    get subscribers() {
      return subscribers.size;
    },
    get active() {
      return ticker !== undefined;
    },
    async stop() {
      stopped = true;
      clearTimeout(idleTimer);
      clearTimeout(wakeGap);
      goIdle();
      subscribers.clear();
      unsubscribeBus?.();
      await running;
      await bus?.close();
    },
  };
}
