import type { AuditActor, AuditLog } from '../audit/index.js';
import type { LoginThrottle, SessionStore } from '../auth/index.js';
import type { Config } from '../config/config.js';
import type { FieldCipher } from '../crypto/index.js';
import type { AnyDb, Dialect, NumberSource, WriteQueue } from '../db/index.js';
import type { OutboxWorker } from '../events/index.js';
import type { Locale } from '../i18n/index.js';
import type { Principal } from '../permissions/index.js';

/** Turns a session cookie's token into the caller's principal (null unless live); provided by the identity module. */
export type PrincipalResolver = (token: string) => Promise<Principal | null>;

export interface AppContext {
  config: Config;
  db: AnyDb;
  dialect: Dialect;
  /** Hot-path write transactions, sharing commits on SQLite (group commit). Never nest them. */
  writes: WriteQueue;
  /** Where application, work-order and notice numbers are taken (number-source.ts). */
  numbers: NumberSource;
  cipher: FieldCipher;
  audit: AuditLog;
  sessions: SessionStore;
  loginThrottle: LoginThrottle;
  outbox: OutboxWorker;
  resolvePrincipal: PrincipalResolver;
}

declare module 'fastify' {
  interface FastifyRequest {
    locale: Locale;
    principal: Principal | null;
    /** The actor and request facts an audit record needs. */
    auditFacts(): { actor: AuditActor | null; sourceIp: string; requestId: string };
  }
}

export function auditActorOf(principal: Principal | null): AuditActor | null {
  if (!principal) return null;
  return { id: principal.accountId, role: principal.roles[0] ?? principal.kind, label: principal.label };
}
