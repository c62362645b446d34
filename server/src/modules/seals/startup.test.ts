import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuiltApp, buildApp } from '../../app.js';
import { loadConfig } from '../../platform/config/config.js';
import { createPostgresDatabase, databaseKinds } from '../../test-support/databases.js';
import { TEST_KEYS } from '../../test-support/test-keys.js';
import { directoryRepository, seedFoshanDirectory } from '../directory/index.js';
import { ensureSealKeys, padesSign, SealUnavailableError, signWithSeal } from './index.js';

describe.each(databaseKinds())('seals at start-up (%s)', (kind) => {
  let dataDir: string;
  let pg: Awaited<ReturnType<typeof createPostgresDatabase>> | undefined;
  const open: BuiltApp[] = [];
  const start = async (dataKey = TEST_KEYS.DATA_KEY) => {
    const built = await buildApp(
      loadConfig(
        { ...TEST_KEYS, DATA_KEY: dataKey, LOG_LEVEL: 'silent', DATA_DIR: dataDir, DATABASE_URL: pg?.url },
        { webDist: undefined },
      ),
    );
    open.push(built);
    return built;
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'ow-seals-'));
    pg = kind === 'postgres' ? await createPostgresDatabase() : undefined;
  });
  afterAll(async () => {
    for (const built of open) await built.app.close();
    await pg?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('creates one root CA however many processes start (at once, on PostgreSQL) on a fresh database', async () => {
    // The embedded SQLite mode is one process (its migrations do not race); PostgreSQL serves many.
    const [a, b] =
      kind === 'postgres' ? await Promise.all([start(), start()]) : [await start(), await start()];
    const rows = await a!.ctx.db
      .selectFrom('sealCertificates')
      .select('id')
      .where('subjectType', '=', 'ca')
      .execute();
    expect(rows).toHaveLength(1);
    for (const built of [a!, b!]) {
      expect((await built.app.inject({ url: '/api/health' })).json()).toMatchObject({ seals: 'ok' });
    }
    await seedFoshanDirectory(a!.ctx.db);
    const departments = await directoryRepository(a!.ctx.db).departments();
    await ensureSealKeys(
      a!.ctx,
      departments.map((d) => ({ departmentId: d.id })),
    );
  });

  it('reports a DATA_KEY that does not open the seals from the start, and refuses to sign, retryably', async () => {
    const wrong = await start('44'.repeat(32));
    const health = (await wrong.app.inject({ url: '/api/health' })).json();
    expect(health).toMatchObject({ status: 'ok', seals: 'broken' });
    expect(health.sealsReason).toContain('the platform CA key cannot be decrypted');
    const keys = (await wrong.ctx.db.selectFrom('sealKeys').select('id').execute()).length;
    expect(health.sealsReason).toMatch(
      new RegExp(
        `(seal key [0-9a-f-]{36}, ){2}seal key [0-9a-f-]{36} and ${keys - 3} more cannot be decrypted`,
      ),
    );

    const departmentId = (await directoryRepository(wrong.ctx.db).departments())[0]!.id;
    const signing = await wrong.ctx.db
      .transaction()
      .execute((trx) =>
        signWithSeal(wrong.ctx, trx, { departmentId, data: new Uint8Array([1]), purpose: 'x', actor: null }),
      )
      .catch((e: unknown) => e);
    expect(signing).toBeInstanceOf(SealUnavailableError);
    expect(signing).toMatchObject({ reason: 'key_undecryptable', retryable: true });
    const pades = await padesSign(wrong.ctx, {
      departmentId,
      pdf: new Uint8Array(),
      reason: 'x',
      location: 'y',
    }).catch((e: unknown) => e);
    expect(pades).toMatchObject({ reason: 'ca_unavailable', retryable: true });
    // Nothing was written on its behalf: still the one CA.
    const cas = await wrong.ctx.db
      .selectFrom('sealCertificates')
      .select('id')
      .where('subjectType', '=', 'ca')
      .execute();
    expect(cas).toHaveLength(1);
  });
});
