import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test-support/databases.js';
import { samplePdf } from '../../test-support/sample-files.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { sm3Hex } from '../crypto/index.js';
import { createFileStore, fileStoreOf } from './file-store.js';

describe.each(databaseKinds())('file store on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  const put = (bytes: Uint8Array, fileName = '身份证正面.pdf') =>
    t.ctx.db
      .transaction()
      .execute((trx) =>
        fileStoreOf(t.ctx).put(trx, { ownerAccountId: null, purpose: 'test', fileName, bytes }),
      );
  const diskPath = (id: string) => path.join(t.ctx.config.dataDir, 'files', id.slice(0, 2), id);

  it('keeps the content sealed on disk and gives back exactly what was stored', async () => {
    const pdf = await samplePdf('44060419900101123X');
    const meta = await put(pdf);
    expect(meta).toMatchObject({ mediaType: 'application/pdf', byteSize: pdf.length, sm3: sm3Hex(pdf) });
    const onDisk = readFileSync(diskPath(meta.id));
    expect(onDisk.includes(Buffer.from('%PDF-'))).toBe(false);
    expect(onDisk.includes(Buffer.from('44060419900101123X'))).toBe(false);
    const read = await fileStoreOf(t.ctx).read(meta.id);
    expect(read?.meta).toEqual(meta);
    expect(Buffer.compare(read!.bytes, pdf)).toBe(0);
    expect(await fileStoreOf(t.ctx).meta(t.ctx.db, meta.id)).toEqual(meta);
  });

  it('is read alike by another server process sharing the data directory', async () => {
    const meta = await put(Buffer.from('%PDF-1.7 shared'));
    const sibling = await t.sibling();
    try {
      const other = createFileStore({
        dataDir: t.ctx.config.dataDir,
        dataKey: t.ctx.config.keys.dataKey,
        db: t.ctx.db,
      });
      expect((await other.read(meta.id))?.bytes.toString()).toBe('%PDF-1.7 shared');
    } finally {
      await sibling.close();
    }
  });

  it('refuses content altered on disk', async () => {
    const meta = await put(Buffer.from('%PDF-1.7 original'));
    const file = diskPath(meta.id);
    const sealed = readFileSync(file);
    sealed[20] = (sealed[20] ?? 0) ^ 1;
    writeFileSync(file, sealed);
    await expect(fileStoreOf(t.ctx).read(meta.id)).rejects.toThrow(/integrity/);
  });

  it('writes no row when the bytes could not be written, and none when the transaction rolls back', async () => {
    const count = async () =>
      Number(
        (
          await t.ctx.db
            .selectFrom('storedFiles')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    // A plain file where the files directory should be: no disk write can succeed, even as root.
    const broken = path.join(t.ctx.config.dataDir, 'broken');
    mkdirSync(broken);
    writeFileSync(path.join(broken, 'files'), '');
    const store = createFileStore({ dataDir: broken, dataKey: t.ctx.config.keys.dataKey, db: t.ctx.db });
    const file = { ownerAccountId: null, purpose: 'test', fileName: 'a.pdf', bytes: Buffer.from('%PDF-') };
    await expect(t.ctx.db.transaction().execute((trx) => store.put(trx, file))).rejects.toThrow();
    await expect(
      t.ctx.db.transaction().execute(async (trx) => {
        await fileStoreOf(t.ctx).put(trx, file);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await count()).toBe(before);
  });

  it('knows no file by an unknown or malformed id', async () => {
    expect(await fileStoreOf(t.ctx).read('00000000-0000-4000-8000-000000000000')).toBeUndefined();
    expect(await fileStoreOf(t.ctx).read('../../keys.json')).toBeUndefined();
  });
});
