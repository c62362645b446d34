import { randomBytes } from 'node:crypto';
import { sm3Hex } from '../crypto/index.js';
import { type AnyDb, type AnyTrx, tablesOf } from '../db/index.js';
import type { AuthTables, SessionTable } from './tables.js';

export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
}

// Writing last_seen_at on every request would turn reads into writes; a minute's
// slack on a 30-minute idle timeout is harmless.
const TOUCH_AFTER_MS = 60_000;

/**
 * Sessions live in the database (only a hash of the token is stored), so any server
 * process can serve any request and a logout is seen everywhere at once.
 */
export function createSessionStore(db: AnyDb, policy: SessionPolicy) {
  const t = tablesOf<AuthTables>(db);
  return {
    async createInTrx(
      trx: AnyTrx,
      accountId: string,
      meta: { sourceIp: string | null; userAgent: string | null },
    ): Promise<{ token: string; session: SessionTable }> {
      const token = randomBytes(32).toString('base64url');
      const now = new Date();
      const session: SessionTable = {
        id: sm3Hex(token),
        accountId,
        actingForOrgId: null,
        createdAt: now.toISOString(),
        lastSeenAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + policy.absoluteHours * 3_600_000).toISOString(),
        sourceIp: meta.sourceIp,
        userAgent: meta.userAgent?.slice(0, 300) ?? null,
      };
      await tablesOf<AuthTables>(trx).insertInto('sessions').values(session).execute();
      return { token, session };
    },

    /**
     * The live session for a cookie token, or null when unknown, idle too long or expired.
     * `read` fetches the session by id, and may fetch more with it in the same statement: the
     * identity module reads the caller's account and roles with it, one round trip on every
     * request where there were three.
     */
    async resolve<S extends SessionTable>(
      token: string,
      read: (id: string) => Promise<S | undefined>,
    ): Promise<S | null> {
      const id = sm3Hex(token);
      const session = await read(id);
      if (!session) return null;
      const now = Date.now();
      const idleDeadline = Date.parse(session.lastSeenAt) + policy.idleMinutes * 60_000;
      if (now > idleDeadline || now > Date.parse(session.expiresAt)) {
        await t.deleteFrom('sessions').where('id', '=', id).execute();
        return null;
      }
      if (now - Date.parse(session.lastSeenAt) > TOUCH_AFTER_MS) {
        session.lastSeenAt = new Date(now).toISOString();
        await t
          .updateTable('sessions')
          .set({ lastSeenAt: session.lastSeenAt })
          .where('id', '=', id)
          .execute();
      }
      return session;
    },

    async setActingFor(sessionId: string, orgId: string | null): Promise<void> {
      await t.updateTable('sessions').set({ actingForOrgId: orgId }).where('id', '=', sessionId).execute();
    },

    async destroy(sessionId: string): Promise<void> {
      await t.deleteFrom('sessions').where('id', '=', sessionId).execute();
    },

    /** Ends every session of an account, e.g. after a password change or when staff is disabled. */
    async destroyAllInTrx(trx: AnyTrx, accountId: string, except?: string): Promise<void> {
      let q = tablesOf<AuthTables>(trx).deleteFrom('sessions').where('accountId', '=', accountId);
      if (except) q = q.where('id', '!=', except);
      await q.execute();
    },
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;
