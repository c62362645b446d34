import type { FieldCipher } from '../../../platform/crypto/index.js';
import { type AnyDb, insertRow, newRowId, tablesOf, type WriteQueue } from '../../../platform/db/index.js';
import type { DevMailboxTable, NotificationTables } from '../tables.js';
import type { MailSender, SmsSender } from './sender.js';

/**
 * The local stand-in for the mail relay and the SMS gateway: messages land in a table that
 * the system administrator reads in the admin app, so every flow works without outside systems.
 */
export function devMailbox(anyDb: AnyDb, writes: WriteQueue, cipher: FieldCipher) {
  const db = tablesOf<NotificationTables>(anyDb);
  const store = async (row: Omit<DevMailboxTable, 'id' | 'createdAt' | 'recipientEnc'> & { to: string }) => {
    const { to, ...rest } = row;
    // Through the write queue: on SQLite the message shares a commit with other writes.
    await writes.transaction((trx) =>
      insertRow(tablesOf<NotificationTables>(trx), 'devMailbox', {
        ...rest,
        id: newRowId(),
        recipientEnc: cipher.encrypt(to),
        createdAt: new Date().toISOString(),
      }),
    );
  };
  const mail: MailSender = {
    send: (m) => store({ channel: 'email', to: m.to.address, subject: m.subject, body: m.text }),
  };
  const sms: SmsSender = {
    send: (m) => store({ channel: 'sms', to: m.to, subject: null, body: m.text }),
  };

  return {
    mail,
    sms,
    async page(channel: DevMailboxTable['channel'] | undefined, page: number, pageSize: number) {
      let q = db.selectFrom('devMailbox');
      if (channel) q = q.where('channel', '=', channel);
      const { n } = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const rows = await q
        .selectAll()
        .orderBy('createdAt', 'desc')
        .orderBy('id', 'desc')
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute();
      return { rows, total: Number(n) };
    },
  };
}

export type DevMailbox = ReturnType<typeof devMailbox>;
