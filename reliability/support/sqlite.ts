import path from 'node:path';
import SQLite from 'better-sqlite3';

/** Reads a stopped server's SQLite file directly (read-only). */
export function withSqliteFile<T>(dataDir: string, fn: (db: SQLite.Database) => T): T {
  const db = new SQLite(path.join(dataDir, 'onewindow.sqlite'), { readonly: true });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

/** `PRAGMA integrity_check`'s lines: exactly ['ok'] for a sound file. */
export const integrityCheck = (db: SQLite.Database) =>
  (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
