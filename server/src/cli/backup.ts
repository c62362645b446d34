import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import type { Config } from '../platform/config/config.js';

/**
 * Backup and restore of an embedded installation (SQLite): the database through SQLite's online
 * backup API while the server keeps writing, then the sealed files, then keys.json. A manifest
 * records every file's SHA-256 and the audit chain's head, so a restore can prove it copied
 * exactly what was backed up. PostgreSQL installations use pg_dump (README, "Backup and restore").
 */

const DATABASE_FILE = 'onewindow.sqlite';
const KEYS_FILE = 'keys.json';
const FILES_DIR = 'files';
const MANIFEST = 'manifest.json';
export const BACKUP_FORMAT = 'onewindow-backup/1';

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  /** The newest audit record in the copy: the chain it holds ends here. */
  auditHead: { seq: number; hash: string } | null;
  applications: number;
  /** Where the keys are: in the backup, or only in the environment (kept separately by the operator). */
  keys: 'keys.json' | 'environment';
  /** Every file of the backup but the manifest, by path relative to it, with its SHA-256. */
  files: Record<string, string>;
}

export class BackupError extends Error {}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function filesUnder(root: string, dir = root): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(root, full);
    // A `.tmp` is a file being written: its row is not committed, so the copy does not need it.
    return entry.name.endsWith('.tmp') ? [] : [path.relative(root, full)];
  });
}

function assertEmptyDirectory(dir: string, what: string): void {
  if (existsSync(dir) && readdirSync(dir).length > 0) throw new BackupError(`${what} ${dir} is not empty`);
}

/** What a database copy holds, read from the copy itself. */
function describe(
  file: string,
): Pick<BackupManifest, 'auditHead' | 'applications'> & { integrity: string[] } {
  const db = new SQLite(file, { readonly: true });
  try {
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map(
      (r) => r.integrity_check,
    );
    const head = db.prepare('select seq, hash from audit_records order by seq desc limit 1').get() as
      | { seq: number; hash: string }
      | undefined;
    const { n } = db.prepare('select count(*) n from applications').get() as { n: number };
    return { integrity, auditHead: head ?? null, applications: n };
  } finally {
    db.close();
  }
}

/** Copies a running (or stopped) embedded installation into `target`, which must be new or empty. */
export async function backup(config: Config, target: string): Promise<BackupManifest> {
  if (config.databaseUrl)
    throw new BackupError(
      'DATABASE_URL is set: back PostgreSQL up with pg_dump (README, "Backup and restore"); this command copies the embedded SQLite installation',
    );
  const source = path.join(config.dataDir, DATABASE_FILE);
  if (!existsSync(source)) throw new BackupError(`no database at ${source}`);
  assertEmptyDirectory(target, 'backup directory');
  mkdirSync(target, { recursive: true });

  const live = new SQLite(source, { readonly: true });
  try {
    // The whole database in one step: one read transaction, so one consistent moment. Smaller
    // steps would start over every time a writer commits in between, and writers never stop.
    await live.backup(path.join(target, DATABASE_FILE), { progress: ({ totalPages }) => totalPages + 1 });
  } finally {
    live.close();
  }
  const copy = describe(path.join(target, DATABASE_FILE));
  if (copy.integrity.join() !== 'ok')
    throw new BackupError(`the copy fails integrity_check: ${copy.integrity}`);

  // Files after the database: a committed row's bytes were on disk before its commit, so every
  // file the copy refers to is there now (unless deleted since: deletion is rare and audited).
  const filesRoot = path.join(config.dataDir, FILES_DIR);
  for (const file of filesUnder(filesRoot)) {
    mkdirSync(path.dirname(path.join(target, FILES_DIR, file)), { recursive: true });
    copyFileSync(path.join(filesRoot, file), path.join(target, FILES_DIR, file));
  }
  const keysFile = path.join(config.dataDir, KEYS_FILE);
  if (existsSync(keysFile)) copyFileSync(keysFile, path.join(target, KEYS_FILE));

  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    createdAt: new Date().toISOString(),
    auditHead: copy.auditHead,
    applications: copy.applications,
    keys: existsSync(keysFile) ? 'keys.json' : 'environment',
    files: Object.fromEntries(filesUnder(target).map((f) => [f, sha256(path.join(target, f))])),
  };
  writeFileSync(path.join(target, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
  return manifest;
}

/**
 * Restores a backup into an empty data directory, after checking every file against the
 * manifest; the database is checked again where it lands. The audit chain is verified by the
 * caller with the restored keys (`audit-verify`).
 */
export function restore(dataDir: string, source: string): BackupManifest {
  const manifestFile = path.join(source, MANIFEST);
  if (!existsSync(manifestFile)) throw new BackupError(`${source} holds no ${MANIFEST}`);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as BackupManifest;
  if (manifest.format !== BACKUP_FORMAT) throw new BackupError(`unknown backup format ${manifest.format}`);
  const present = filesUnder(source).filter((f) => f !== MANIFEST);
  const listed = Object.keys(manifest.files);
  const extra = present.filter((f) => !(f in manifest.files));
  const damaged = listed.filter(
    (f) => !existsSync(path.join(source, f)) || sha256(path.join(source, f)) !== manifest.files[f],
  );
  if (extra.length || damaged.length)
    throw new BackupError(
      `backup does not match its manifest: ${[...damaged, ...extra].slice(0, 5).join(', ')}`,
    );
  assertEmptyDirectory(dataDir, 'data directory');

  for (const file of listed) {
    mkdirSync(path.dirname(path.join(dataDir, file)), { recursive: true });
    copyFileSync(path.join(source, file), path.join(dataDir, file));
  }
  const restored = describe(path.join(dataDir, DATABASE_FILE));
  if (restored.integrity.join() !== 'ok')
    throw new BackupError(`the restored database fails integrity_check: ${restored.integrity}`);
  if (JSON.stringify(restored.auditHead) !== JSON.stringify(manifest.auditHead))
    throw new BackupError('the restored audit head differs from the manifest');
  return manifest;
}
