export {
  type BoundedList,
  boundedList,
  pageAcrossRanges,
  type WindowLimits,
} from './bounded-lists.js';
export { type AnyDb, type AnyTrx, type Database, type Dialect, openDatabase, tablesOf } from './database.js';
export { dialectKey } from './dialect-key.js';
export { type HotRowWrite, hotRowWriter, rowAppender, runAfterCommit } from './hot-rows.js';
export { insertRow, insertRows } from './insert-row.js';
export { columnTypes, type ModuleMigration, migrate } from './migrations.js';
export { createNumberSource, type NumberSource } from './number-source.js';
export { type PreparedQuery, preparedQuery, preparedQueryByShape } from './prepared-query.js';
export { newRowId } from './row-id.js';
export { isUniqueViolation } from './unique-violation.js';
export { updateRow } from './update-row.js';
export { createWriteQueue, type WriteQueue } from './write-queue.js';
