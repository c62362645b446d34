import { z } from 'zod';
import { businessDateOf } from '../../platform/calendar/index.js';
import type { AppContext } from '../../platform/http/index.js';
import { createLiveFeed, lastEventIdOf, liveStreams, redisWakeBus } from '../../platform/live/index.js';
import type { ZodApp } from '../../platform/module.js';
import { assertCan } from '../../platform/permissions/index.js';
import { problemSchema } from '../../platform/validation/index.js';
import { changesSince, dashboardOf, type FeedCursor } from './dashboard.js';
import { unitDirectory } from './units.js';

/** The Redis channel on which a process that changed an order wakes the others' pollers. */
export const LIVE_CHANNEL = 'onewindow:live:hotline';

const PAGES_PER_POLL = 10;

/** The routes through which orders change: a 2xx from one of them wakes the live feed. */
const CHANGING_ROUTES =
  /^\/api\/v1\/hotline\/(tickets|tickets\/:ticketNo\/commands|my\/tickets)$|^\/open311\/v2\/requests\.\w+$/;

/**
 * The live board's stream. Each process polls the change feed once per tick for all of its
 * clients (`change` events, one per step of an order) and reads today's figures again when
 * something changed (`snapshot`: the dashboard of today). With REDIS_URL a change wakes every
 * process's poller at once; without it, the others see it at their next tick.
 */
export function registerLiveRoutes(app: ZodApp, ctx: AppContext): void {
  const onError = (err: unknown) => app.log.warn({ err }, 'hotline live feed');
  let cursor: FeedCursor | undefined;
  const feed = createLiveFeed({
    source: {
      async poll(restart) {
        if (restart) cursor = undefined;
        const items = [];
        // A burst larger than a page is read page after page; a backlog larger than this
        // goes on at the next poll, from where this one stopped.
        for (let page = 0; page < PAGES_PER_POLL; page++) {
          const answer = await changesSince(ctx.db, ctx.dialect, cursor);
          cursor = answer.cursor;
          items.push(...answer.items);
          if (!answer.more) break;
        }
        return items.map((item) => ({ id: item.id, event: 'change', data: item }));
      },
      async states() {
        const today = businessDateOf(new Date());
        const figures = await dashboardOf(
          ctx.db,
          { from: today, to: today, districtCode: null, today },
          await unitDirectory(ctx.db),
        );
        return [{ event: 'snapshot', data: figures }];
      },
    },
    bus: ctx.config.redisUrl ? redisWakeBus(ctx.config.redisUrl, LIVE_CHANNEL, onError) : undefined,
    onError,
  });
  const streams = liveStreams(feed);

  app.addHook('onResponse', async (request, reply) => {
    if (
      request.method !== 'GET' &&
      reply.statusCode < 300 &&
      CHANGING_ROUTES.test(request.routeOptions.url ?? '')
    )
      feed.changed();
  });
  // Open streams would hold a closing server up until they age out.
  app.addHook('preClose', async () => streams.close());
  app.addHook('onClose', () => feed.stop());

  app.get(
    '/api/v1/hotline/live',
    {
      schema: {
        operationId: 'streamHotlineLive',
        tags: ['hotline'],
        summary:
          '实时看板推送（SSE：change 工单变动，snapshot 今日数据；断线按 Last-Event-ID 续传）/ Live board stream (server-sent events)',
        description:
          'text/event-stream. `change`: one step of an order (as /changes); `snapshot`: today’s dashboard, on connecting and after changes; `reset`: the Last-Event-ID given is unknown here, so changes may have been missed. A client starting anew may pass the last id as `lastEventId`.',
        querystring: z.object({ lastEventId: z.string().max(200).optional() }),
        response: { 401: problemSchema, 403: problemSchema },
      },
    },
    async (request, reply) => {
      assertCan(request.principal, 'hotline.dashboard');
      return streams.open(reply, lastEventIdOf(request, request.query.lastEventId));
    },
  );
}
