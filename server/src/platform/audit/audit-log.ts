import type { Kysely } from 'kysely';
import { sm2PublicKeyOf, sm2Sign } from '../crypto/index.js';
import {
  type AnyDb,
  type AnyTrx,
  type Dialect,
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
  /** Appends to the chain inside the caller's transaction, so state and record commit together. */
  recordInTrx(trx: AnyTrx, entry: AuditEntry): Promise<number>;
  record(entry: AuditEntry): Promise<number>;
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

  async function recordInTrx(trx: AnyTrx, entry: AuditEntry): Promise<number> {
    const t = tablesOf<AuditTables>(trx);
    const head = await lockHead(trx);
    const row = {
      seq: head.seq + 1,
      id: newRowId(),
      at: new Date().toISOString(),
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
    const hash = recordHash(row);
    await insertRow(t, 'auditRecords', { ...row, hash });
    await moveHead.all(t, { seq: row.seq, hash });
    if (row.seq % CHECKPOINT_EVERY === 0) await signCheckpointInTrx(trx, row.seq, hash);
    return row.seq;
  }

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
