import type { Kysely } from 'kysely';
import { sm2PublicKeyOf, sm2Sign } from '../crypto/index.js';
import {
  type AnyDb,
  type AnyTrx,
  type Dialect,
  hotRowWriter,
  insertRows,
  newRowId,
  preparedQuery,
  rowAppender,
  runAfterCommit,
  tablesOf,
} from '../db/index.js';
import { checkpointMessage, GENESIS_HASH, recordHash } from './chain.js';
import type { AuditRecordTable, AuditTables, AuditUnchainedTable } from './tables.js';

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
   * Records inside the caller's transaction, so state and record commit together: on the chain
   * at once, or in a transaction of PostgreSQL's write queue committed unchained and chained
   * right after the commit, before the caller is answered.
   */
  recordInTrx(trx: AnyTrx, entry: AuditEntry): Promise<void>;
  record(entry: AuditEntry): Promise<void>;
  /** Chains what is committed unchained (a process that died between commit and chaining left it). */
  chainCommitted(): Promise<void>;
  checkpoint(): Promise<void>;
  publicKey: string;
}

// A signed checkpoint every so many records pins the chain: rewriting history before
// it would need the SM2 key, not just write access to the table.
const CHECKPOINT_EVERY = 100;

// Unchained records taken onto the chain by one transaction.
const CHAIN_BATCH = 500;

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

const appendUnchained = rowAppender<AuditTables, 'auditUnchained'>('auditUnchained');

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

  /** Puts records on the chain in the given order: the head taken once, each linked to the last, the head moved once. */
  async function appendInTrx(
    trx: AnyTrx,
    records: AuditUnchainedTable[],
    locked?: { seq: number; hash: string },
  ): Promise<void> {
    const t = tablesOf<AuditTables>(trx);
    let head = locked ?? (await lockHead(trx));
    const rows: AuditRecordTable[] = [];
    for (const record of records) {
      const row = { ...record, seq: head.seq + 1, prevHash: head.hash };
      head = { seq: row.seq, hash: recordHash(row) };
      rows.push({ ...row, hash: head.hash });
    }
    await insertRows(t, 'auditRecords', rows);
    for (const row of rows)
      if (row.seq % CHECKPOINT_EVERY === 0) await signCheckpointInTrx(trx, row.seq, row.hash);
    await moveHead.all(t, head);
  }

  // On SQLite a write of the write queue chains its records at its end, with one read and one
  // move of the head; elsewhere at once.
  const chainAtTheEnd = hotRowWriter<AuditUnchainedTable>('audit chain', (trx, records) =>
    appendInTrx(trx, records),
  );

  /**
   * On PostgreSQL the head row is locked from its move to the commit, and every audited write
   * moves it: inside the write queue's transactions every write waited for the one before it
   * with its remaining statements and commit. There, records are committed unchained, and the
   * chain takes them right after, many commits' records in one short transaction.
   */
  async function chainOnce(): Promise<void> {
    for (;;) {
      const taken = await db.transaction().execute(async (trx) => {
        const t = tablesOf<AuditTables>(trx);
        // Other processes' chaining waits here, so nothing is taken twice.
        const head = await lockHead(trx);
        const deleted = await t
          .deleteFrom('auditUnchained')
          .where('id', 'in', (qb) =>
            qb.selectFrom('auditUnchained').select('id').orderBy('id').limit(CHAIN_BATCH),
          )
          .returningAll()
          .execute();
        if (deleted.length === 0) return 0;
        // In the order they were made (UUIDv7), whatever order the deletion answered in.
        const records = deleted.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
        await appendInTrx(trx, records, head);
        return records.length;
      });
      if (taken < CHAIN_BATCH) return;
    }
  }

  // One chaining at a time in this process: a commit made while one runs is taken by the next,
  // which starts after it and so sees it.
  let running: Promise<void> | undefined;
  let next: Promise<void> | undefined;
  function chainCommitted(): Promise<void> {
    if (!running) {
      running = chainOnce().finally(() => {
        running = undefined;
      });
      return running;
    }
    next ??= running
      .catch(() => undefined)
      .then(() => {
        next = undefined;
        return chainCommitted();
      });
    return next;
  }

  async function recordInTrx(trx: AnyTrx, entry: AuditEntry): Promise<void> {
    // The time is the action's, not the chain's.
    const record: AuditUnchainedTable = {
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
    };
    // Should chaining fail after the commit, the record waits unchained for the next chaining:
    // the write it belongs to is committed and its caller is answered so.
    if (runAfterCommit(trx, chainCommitted, () => chainCommitted().catch(() => undefined)))
      await appendUnchained(trx, record);
    else await chainAtTheEnd(trx, record);
  }

  return {
    publicKey,
    recordInTrx,
    record: (entry) => db.transaction().execute((trx) => recordInTrx(trx, entry)),
    chainCommitted,
    async checkpoint() {
      await db.transaction().execute(async (trx) => {
        const head = await lockHead(trx);
        if (head.seq > 0) await signCheckpointInTrx(trx, head.seq, head.hash);
      });
    },
  };
}
