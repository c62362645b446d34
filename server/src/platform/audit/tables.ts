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
  auditHead: AuditHeadTable;
  auditCheckpoints: AuditCheckpointTable;
}
