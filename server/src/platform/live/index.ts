export {
  createLiveFeed,
  type LiveFeed,
  type LiveFeedOptions,
  type LiveMessage,
  type LiveOut,
  type LiveSource,
  type LiveState,
  type LiveSubscriber,
  RESET_EVENT,
  type WakeBus,
} from './feed.js';
export { redisWakeBus } from './redis-bus.js';
export { formatEvent, type LiveStreamOptions, lastEventIdOf, liveStreams } from './sse.js';
