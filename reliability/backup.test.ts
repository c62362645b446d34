import { appendFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SCALE } from './support/scale.js';
import { cli, type ServerProcess, serverOn } from './support/servers.js';
import { integrityCheck, withSqliteFile } from './support/sqlite.js';
import { prepareStore, type Store } from './support/store.js';
import { type Submitter, submissionLoad, submitterFor } from './support/submissions.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('npm run backup under write load, npm run restore into a fresh data directory', () => {
  let store: Store;
  const servers: ServerProcess[] = [];
  const scratch = mkdtempSync(path.join(tmpdir(), 'ow-reliability-backup-'));
  afterAll(async () => {
    for (const s of servers) await s.kill();
    await store?.drop();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('gives a copy that verifies and holds everything acknowledged before the backup started', {
    timeout: 300_000,
  }, async () => {
    let who: Submitter;
    // Keys in DATA_DIR/keys.json, as `npm start` makes them: the backup must carry them.
    ({ store, value: who } = await prepareStore('sqlite', submitterFor, { keysFile: true }));
    const server = await serverOn(store);
    servers.push(server);
    const load = submissionLoad(server.url, who, SCALE.backupWriters);
    while (load.acknowledged() < 20) await sleep(10);
    const before = load.attempts.filter((a) => a.no).map((a) => a.no!);
    const backupDir = path.join(scratch, 'backup');
    const backedUp = await cli(store, ['backup', backupDir]);
    const writtenDuring = load.acknowledged() - before.length;
    await load.stop();
    expect(backedUp, backedUp.output).toMatchObject({ code: 0 });
    expect(load.attempts.filter((a) => a.status !== undefined && a.status !== 201)).toEqual([]);
    // The writers went on while the backup ran (a backup that stops the world proves nothing).
    expect(writtenDuring).toBeGreaterThan(0);
    await server.stop();

    const restored = { dataDir: path.join(scratch, 'restored'), databaseUrl: undefined, env: store.env };
    const restoredRun = await cli(restored, ['restore', backupDir]);
    expect(restoredRun, restoredRun.output).toMatchObject({ code: 0 });
    expect(restoredRun.output).toContain('audit chain OK');
    expect(existsSync(path.join(restored.dataDir, 'keys.json'))).toBe(true);
    const verified = await cli(restored, ['audit-verify']);
    expect(verified, verified.output).toMatchObject({ code: 0 });

    const original = withSqliteFile(store.dataDir, (db) => ({
      audit: db.prepare('select seq, hash from audit_records order by seq').all() as { seq: number }[],
    }));
    withSqliteFile(restored.dataDir, (db) => {
      expect(integrityCheck(db)).toEqual(['ok']);
      const numbers = new Set(
        (db.prepare('select application_no no from applications').all() as { no: string }[]).map((r) => r.no),
      );
      expect(before.filter((no) => !numbers.has(no))).toEqual([]);
      // One moment of the original: its audit chain is a prefix of the original's, record for record.
      const audit = db.prepare('select seq, hash from audit_records order by seq').all();
      expect(audit).toEqual(original.audit.slice(0, audit.length));
      // Every stored file the copy refers to came along.
      const files = db.prepare('select id from stored_files').all() as { id: string }[];
      expect(
        files.filter((f) => !existsSync(path.join(restored.dataDir, 'files', f.id.slice(0, 2), f.id))),
      ).toEqual([]);
    });

    // The copy runs: the restored keys open the applicant's encrypted answers.
    const copy = await serverOn(restored);
    servers.push(copy);
    const res = await fetch(`${copy.url}/api/v1/applications/${before[0]}`, {
      headers: { cookie: who.cookie },
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { formData: unknown }).formData).toEqual({
      applicantName: '张三',
      idNumber: '44060419900101123X',
    });

    // Restoring over existing data is refused, and a tampered backup is refused.
    const again = await cli(restored, ['restore', backupDir]);
    expect(again.code).toBe(1);
    expect(again.output).toContain('not empty');
    appendFileSync(path.join(backupDir, 'onewindow.sqlite'), Buffer.from([0]));
    const tampered = await cli({ ...restored, dataDir: path.join(scratch, 'tampered') }, [
      'restore',
      backupDir,
    ]);
    expect(tampered.code).toBe(1);
    expect(tampered.output).toContain('does not match its manifest: onewindow.sqlite');
  });
});
