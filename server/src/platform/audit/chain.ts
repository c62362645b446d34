import { sm3Hex } from '../crypto/index.js';
import type { AuditRecordTable } from './tables.js';

export const GENESIS_HASH = '0'.repeat(64);

/** Hash of a record: every field in a fixed order, including the previous record's hash. */
export function recordHash(r: Omit<AuditRecordTable, 'hash'>): string {
  return sm3Hex(
    JSON.stringify([
      r.seq,
      r.id,
      r.at,
      r.actorId,
      r.actorRole,
      r.actorLabel,
      r.action,
      r.objectType,
      r.objectId,
      r.outcome,
      r.sourceIp,
      r.requestId,
      r.detail,
      r.prevHash,
    ]),
  );
}

export function checkpointMessage(seq: number, hash: string, at: string): string {
  return `onewindow-audit-checkpoint\n${seq}\n${hash}\n${at}`;
}
