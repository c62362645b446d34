import type { Kysely } from 'kysely';
import { sm2PublicKeyOf, sm2Sign } from '../crypto/index.js';
import {
  type AnyDb,
  type AnyTrx,
  type Dialect,
  HOT_ROW_ORDER,
  hotRowWriter,
  insertRow,
  newRowId,
  preparedQuery,
  tablesOf,
} from '../db/index.js';
import { checkpointMessage, GENESIS_HASH, recordHash } from './chain.js';
import type { AuditTables } from './tables.js';

export interface AuditActor {
  id: string;
  role: string;
  /** Username for staff, masked name for the public: never raw personal data. */
  label: string;
}

export interface AuditEntry {
  actor: AuditActor | null;
  action: string;
  objectType: string;
  objectId?: string | null;
  outcome?: 'success' | 'failure' | 'denied';
  sourceIp?: string | null;
  requestId?: string | null;
  detail?: Record<string, unknown>;
}

export interface AuditLog {
  /**
   * Appends to the chain inside the caller's transaction, so state and record commit together
   * (in a transaction of the write queue on PostgreSQL, at its end: hot-rows.ts).
   */
  recordInTrx(trx: AnyTrx, entry: AuditEntry): Promise<void>;
  record(entry: AuditEntry): Promise<void>;
  checkpoint(): Promise<void>;
  publicKey: string;
}

// A signed checkpoint every so many records pins the chain: rewriting history before
// it would need the SM2 key, not just write access to the table.
const CHECKPOINT_EVERY = 100;

// Every audited write reads and moves the head: compiled once.
const chainHead = preparedQuery((db: Kysely<AuditTables>) =>
  db.selectFrom('auditHead').select(['seq', 'hash']).where('id', '=', 1),
);
const lockedHead = preparedQuery((db: Kysely<AuditTables>) =>
  db.selectFrom('auditHead').select(['seq', 'hash']).where('id', '=', 1).forUpdate(),
);
const moveHead = preparedQuery((db: Kysely<AuditTables>, p: { seq: number; hash: string }) =>
  db
    .insertInto('auditHead')
    .values({ id: 1, seq: p.seq, hash: p.hash })
    .onConflict((oc) => oc.column('id').doUpdateSet({ seq: p.seq, hash: p.hash })),
);

export function createAuditLog(db: AnyDb, dialect: Dialect, signingKey: string): AuditLog {
  const publicKey = sm2PublicKeyOf(signingKey);

  async function lockHead(trx: AnyTrx) {
    // The head row serialises appends across processes on PostgreSQL; SQLite already
    // runs one writer at a time.
    const head = await (dialect === 'postgres' ? lockedHead : chainHead).first(
      tablesOf<AuditTables>(trx),
      {},
    );
    return head ?? { seq: 0, hash: GENESIS_HASH };
  }

  async function signCheckpointInTrx(trx: AnyTrx, seq: number, hash: string) {
    const at = new Date().toISOString();
    await tablesOf<AuditTables>(trx)
      .insertInto('auditCheckpoints')
      .values({ seq, hash, at, publicKey, signature: sm2Sign(checkpointMessage(seq, hash, at), signingKey) })
      .onConflict((oc) => oc.column('seq').doNothing())
      .execute();
  }

  /** Chains one transaction's entries: the head taken once, each record linked to the last, the head moved once. */
  async function appendInTrx(trx: AnyTrx, entries: { entry: AuditEntry; at: string }[]): Promise<void> {
    const t = tablesOf<AuditTables>(trx);
    let head = await lockHead(trx);
    for (const { entry, at } of entries) {
      const row = {
        seq: head.seq + 1,
        id: newRowId(),
        at,
        actorId: entry.actor?.id ?? null,
        actorRole: entry.actor?.role ?? null,
        actorLabel: entry.actor?.label ?? null,
        action: entry.action,
        objectType: entry.objectType,
        objectId: entry.objectId ?? null,
        outcome: entry.outcome ?? 'success',
        sourceIp: entry.sourceIp ?? null,
        requestId: entry.requestId ?? null,
        detail: entry.detail ? JSON.stringify(entry.detail) : null,
        prevHash: head.hash,
      };
      head = { seq: row.seq, hash: recordHash(row) };
      await insertRow(t, 'auditRecords', { ...row, hash: head.hash });
      if (row.seq % CHECKPOINT_EVERY === 0) await signCheckpointInTrx(trx, row.seq, head.hash);
    }
    await moveHead.all(t, head);
  }

  // The time is the action's, taken when it is recorded, not when the chain takes it.
  const append = hotRowWriter(HOT_ROW_ORDER.auditChain, 'audit chain', appendInTrx);
  const recordInTrx = (trx: AnyTrx, entry: AuditEntry) =>
    append(trx, { entry, at: new Date().toISOString() });

  return {
    publicKey,
    recordInTrx,
    record: (entry) => db.transaction().execute((trx) => recordInTrx(trx, entry)),
    async checkpoint() {
      await db.transaction().execute(async (trx) => {
        const head = await lockHead(trx);
        if (head.seq > 0) await signCheckpointInTrx(trx, head.seq, head.hash);
      });
    },
  };
}
