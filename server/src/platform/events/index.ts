export { outboxMigrations } from './migrations.js';
export {
  createOutboxWorker,
  type DomainEvent,
  type EventHandler,
  emitInTrx,
  type OutboxWorker,
} from './outbox.js';
