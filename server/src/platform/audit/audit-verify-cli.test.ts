import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { TEST_KEYS } from '../../test-support/test-keys.js';
import { loadConfig } from '../config/config.js';

const SERVER_DIR = path.resolve(import.meta.dirname, '../../..');

/** `npm run audit:verify` as an operator runs it: a process over the embedded database. */
describe('audit-verify command', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'ow-audit-cli-'));
  const env = { ...process.env, ...TEST_KEYS, DATA_DIR: dataDir, DATABASE_URL: '' };
  const run = () =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts', 'audit-verify'], {
      cwd: SERVER_DIR,
      env,
      encoding: 'utf8',
    });

  beforeAll(async () => {
    const { app, ctx } = await buildApp(loadConfig({ ...TEST_KEYS, DATA_DIR: dataDir, LOG_LEVEL: 'silent' }));
    for (let i = 0; i < 5; i++)
      await ctx.audit.record({ actor: null, action: 'test.cli', objectType: 'test' });
    await app.close();
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('passes an intact chain and fails, naming the record, once one is edited', async () => {
    const ok = run();
    // Compared whole, so a failure shows the command's stderr too.
    expect({ status: ok.status, stdout: ok.stdout, stderr: ok.stderr }).toMatchObject({
      status: 0,
      stdout: expect.stringContaining('audit chain OK'),
    });

    const { app, ctx } = await buildApp(loadConfig({ ...TEST_KEYS, DATA_DIR: dataDir, LOG_LEVEL: 'silent' }));
    await ctx.db.updateTable('auditRecords').set({ outcome: 'failure' }).where('seq', '=', 3).execute();
    await app.close();

    const broken = run();
    expect({ status: broken.status, stdout: broken.stdout, stderr: broken.stderr }).toMatchObject({
      status: 2,
      stdout: expect.stringMatching(/problem at 3: hash_mismatch[\s\S]*audit chain BROKEN/),
    });
  });
});
