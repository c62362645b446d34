import { v7 } from 'uuid';

/**
 * A new row's id: a UUIDv7 (RFC 9562), time-ordered, so a table's id index grows at its right
 * edge instead of taking each insert on a random page. On SQLite a commit writes every page it
 * dirtied to the WAL: with random ids that was one page per insert per index, the largest part
 * of a submission's commit. Not for secrets or tokens: its first 48 bits are the time.
 */
export function newRowId(): string {
  return v7();
}
