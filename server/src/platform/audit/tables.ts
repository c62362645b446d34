export interface AuditRecordTable {
  seq: number;
  id: string;
  at: string;
  actorId: string | null;
  actorRole: string | null;
  actorLabel: string | null;
  action: string;
  objectType: string;
  objectId: string | null;
  outcome: string;
  sourceIp: string | null;
  requestId: string | null;
  detail: string | null;
  prevHash: string;
  hash: string;
}

/**
 * A record committed with its write but not yet on the chain (PostgreSQL's write queue:
 * chained right after the commit, see audit-log.ts): a chain record without its place.
 */
export type AuditUnchainedTable = Omit<AuditRecordTable, 'seq' | 'prevHash' | 'hash'>;

export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

export interface AuditCheckpointTable {
  seq: number;
  hash: string;
  at: string;
  publicKey: string;
  signature: string;
}

export interface AuditTables {
  auditRecords: AuditRecordTable;
  auditUnchained: AuditUnchainedTable;
  auditHead: AuditHeadTable;
  auditCheckpoints: AuditCheckpointTable;
}
