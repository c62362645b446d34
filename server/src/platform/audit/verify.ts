import { sm2Verify } from '../crypto/index.js';
import { type AnyDb, tablesOf } from '../db/index.js';
import { checkpointMessage, GENESIS_HASH, recordHash } from './chain.js';
import type { AuditTables } from './tables.js';

export type AuditProblemKind =
  | 'gap'
  | 'hash_mismatch'
  | 'link_broken'
  | 'head_mismatch'
  | 'checkpoint_invalid'
  | 'checkpoint_mismatch';

export interface AuditProblem {
  seq: number;
  kind: AuditProblemKind;
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  lastSeq: number;
  checkpoints: number;
  /** Records committed but not on the chain yet (audit-log.ts): not a problem, the next chaining takes them. */
  unchained: number;
  problems: AuditProblem[];
}

const BATCH = 2000;
const MAX_PROBLEMS = 100;

/**
 * Walks the whole chain: an edited record breaks its own hash, a deleted one leaves a gap,
 * an inserted or reordered one breaks the links, a truncated tail disagrees with the head
 * row and with the signed checkpoints.
 */
export async function verifyAuditChain(db: AnyDb, publicKey: string): Promise<AuditVerification> {
  const t = tablesOf<AuditTables>(db);
  const problems: AuditProblem[] = [];
  const add = (p: AuditProblem) => problems.length < MAX_PROBLEMS && problems.push(p);
  const hashes = new Map<number, string>();
  const checkpoints = await t.selectFrom('auditCheckpoints').selectAll().orderBy('seq').execute();
  const wanted = new Set(checkpoints.map((c) => c.seq));

  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let checked = 0;
  let lastSeq = 0;
  for (;;) {
    const rows = await t
      .selectFrom('auditRecords')
      .selectAll()
      .where('seq', '>=', expectedSeq)
      .orderBy('seq')
      .limit(BATCH)
      .execute();
    for (const row of rows) {
      if (row.seq !== expectedSeq) add({ seq: expectedSeq, kind: 'gap' });
      const { hash, ...rest } = row;
      if (recordHash(rest) !== hash) add({ seq: row.seq, kind: 'hash_mismatch' });
      else if (row.prevHash !== prevHash) add({ seq: row.seq, kind: 'link_broken' });
      if (wanted.has(row.seq)) hashes.set(row.seq, hash);
      prevHash = hash;
      expectedSeq = row.seq + 1;
      lastSeq = row.seq;
      checked++;
    }
    if (rows.length < BATCH) break;
  }

  const head = await t.selectFrom('auditHead').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirst();
  if (head && (head.seq !== lastSeq || head.hash !== prevHash)) add({ seq: head.seq, kind: 'head_mismatch' });
  if (!head && lastSeq > 0) add({ seq: lastSeq, kind: 'head_mismatch' });

  for (const c of checkpoints) {
    if (!sm2Verify(checkpointMessage(c.seq, c.hash, c.at), c.signature, publicKey)) {
      add({ seq: c.seq, kind: 'checkpoint_invalid' });
    } else if (hashes.get(c.seq) !== c.hash) {
      add({ seq: c.seq, kind: 'checkpoint_mismatch' });
    }
  }
  const { n: unchained } = await t
    .selectFrom('auditUnchained')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return {
    ok: problems.length === 0,
    checked,
    lastSeq,
    checkpoints: checkpoints.length,
    unchained: Number(unchained),
    problems,
  };
}
