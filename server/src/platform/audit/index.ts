export { type AuditActor, type AuditEntry, type AuditLog, createAuditLog } from './audit-log.js';
export { auditMigrations } from './migrations.js';
export type { AuditRecordTable, AuditTables } from './tables.js';
export { type AuditProblem, type AuditVerification, verifyAuditChain } from './verify.js';
