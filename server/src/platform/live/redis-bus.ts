import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { WakeBus } from './feed.js';

/**
 * A wake bus over Redis pub/sub: a process that changed something publishes on `channel`,
 * the others poll at once. Only a hint: without it (or while Redis is down) they still find
 * the change at their next poll.
 */
export function redisWakeBus(url: string, channel: string, onError: (error: unknown) => void): WakeBus {
  // A subscribed connection can do nothing else, so publishing needs its own.
  const options = { maxRetriesPerRequest: 2, lazyConnect: true };
  const pub = new Redis(url, options);
  const sub = new Redis(url, options);
  // Our own messages come back too; polling for them again would be a wasted query.
  const self = randomUUID();
  const listeners = new Set<() => void>();
  pub.on('error', onError);
  sub.on('error', onError);
  sub.on('message', (from: string, origin: string) => {
    if (from !== channel || origin === self) return;
    for (const listener of listeners) listener();
  });
  const subscribed = sub.subscribe(channel).catch(onError);

  return {
    publish() {
      pub.publish(channel, self).catch(onError);
    },
    subscribe(onWake) {
      listeners.add(onWake);
      return () => listeners.delete(onWake);
    },
    async close() {
      listeners.clear();
      await subscribed;
      await Promise.allSettled([pub.quit(), sub.quit()]);
    },
  };
}
