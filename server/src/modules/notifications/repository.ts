import type { Kysely } from 'kysely';
import { type AnyDb, type AnyTrx, insertRow, preparedQuery, tablesOf } from '../../platform/db/index.js';
import type {
  Channel,
  NotificationPreferenceTable,
  NotificationTable,
  NotificationTables,
} from './tables.js';

// Every delivered notification runs these, several per submission at peak: compiled once.
const preferencesByAccount = preparedQuery((db: Kysely<NotificationTables>, p: { accountId: string }) =>
  db.selectFrom('notificationPreferences').selectAll().where('accountId', '=', p.accountId),
);
const newDelivery = preparedQuery(
  (db: Kysely<NotificationTables>, p: { eventId: string; channel: Channel; accountId: string; at: string }) =>
    db
      .insertInto('notificationDeliveries')
      .values({
        eventId: p.eventId,
        channel: p.channel,
        accountId: p.accountId,
        status: 'pending',
        attempts: 0,
        lastError: null,
        updatedAt: p.at,
        sentAt: null,
      })
      .onConflict((oc) => oc.columns(['eventId', 'channel']).doNothing()),
);
const claim = preparedQuery(
  (
    db: Kysely<NotificationTables>,
    p: { eventId: string; channel: Channel; at: string; staleBefore: string },
  ) =>
    db
      .updateTable('notificationDeliveries')
      .set((eb) => ({ status: 'sending', attempts: eb('attempts', '+', 1), updatedAt: p.at }))
      .where('eventId', '=', p.eventId)
      .where('channel', '=', p.channel)
      .where((eb) =>
        eb.or([
          eb('status', 'in', ['pending', 'failed']),
          eb.and([eb('status', '=', 'sending'), eb('updatedAt', '<', p.staleBefore)]),
        ]),
      )
      .returning('attempts'),
);
const finish = preparedQuery(
  (
    db: Kysely<NotificationTables>,
    p: {
      eventId: string;
      channel: Channel;
      status: 'sent' | 'failed' | 'abandoned';
      lastError: string | null;
      at: string;
      sentAt: string | null;
    },
  ) =>
    db
      .updateTable('notificationDeliveries')
      .set({ status: p.status, lastError: p.lastError, updatedAt: p.at, sentAt: p.sentAt })
      .where('eventId', '=', p.eventId)
      .where('channel', '=', p.channel),
);

export function notificationRepository(anyDb: AnyDb | AnyTrx) {
  const db = tablesOf<NotificationTables>(anyDb);
  const own = (accountId: string) => db.selectFrom('notifications').where('accountId', '=', accountId);

  return {
    async pageOf(accountId: string, unreadOnly: boolean, page: number, pageSize: number) {
      const q = unreadOnly ? own(accountId).where('readAt', 'is', null) : own(accountId);
      const count = (query: typeof q) =>
        query
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
          .then((r) => Number(r.n));
      const items = await q
        .select(['id', 'kind', 'title', 'body', 'link', 'createdAt', 'readAt'])
        .orderBy('createdAt', 'desc')
        .orderBy('id', 'desc')
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute();
      return {
        items,
        total: await count(q),
        unreadCount: await count(own(accountId).where('readAt', 'is', null)),
        page,
        pageSize,
      };
    },

    findOwn: (accountId: string, id: string) =>
      own(accountId).selectAll().where('id', '=', id).executeTakeFirst(),

    insert: (row: NotificationTable) => insertRow(db, 'notifications', row),

    /** Keeps the first reading time: marking again changes nothing. */
    markRead: (accountId: string, ids: string[] | 'all', at: string) => {
      let q = db
        .updateTable('notifications')
        .set({ readAt: at })
        .where('accountId', '=', accountId)
        .where('readAt', 'is', null);
      if (ids !== 'all') q = q.where('id', 'in', ids);
      return q.executeTakeFirst().then((r) => Number(r.numUpdatedRows));
    },

    preferencesOf: (accountId: string) => preferencesByAccount.first(db, { accountId }),

    savePreferences: (row: NotificationPreferenceTable) =>
      db
        .insertInto('notificationPreferences')
        .values(row)
        .onConflict((oc) => {
          const { accountId: _, ...changes } = row;
          return oc.column('accountId').doUpdateSet(changes);
        })
        .execute(),

    /** Creates the delivery record of an event's channel unless it exists: retries find the first one. */
    ensureDelivery: (eventId: string, channel: Channel, accountId: string, at: string) =>
      newDelivery.all(db, { eventId, channel, accountId, at }),

    findDelivery: (eventId: string, channel: Channel) =>
      db
        .selectFrom('notificationDeliveries')
        .selectAll()
        .where('eventId', '=', eventId)
        .where('channel', '=', channel)
        .executeTakeFirst(),

    /**
     * Takes the channel for one attempt: a pending or failed delivery, or one whose sender
     * stopped answering before `staleBefore`. Undefined when it is sent, given up or in other hands.
     */
    claimDelivery: (eventId: string, channel: Channel, at: string, staleBefore: string) =>
      claim.first(db, { eventId, channel, at, staleBefore }),

    finishDelivery: (
      eventId: string,
      channel: Channel,
      outcome: { status: 'sent' | 'failed' | 'abandoned'; lastError: string | null; at: string },
    ) =>
      finish.all(db, {
        eventId,
        channel,
        ...outcome,
        sentAt: outcome.status === 'sent' ? outcome.at : null,
      }),
  };
}
