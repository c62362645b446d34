import { randomUUID, X509Certificate } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sm2PublicKeyOf } from '../../platform/crypto/index.js';
import { databaseKinds } from '../../test-support/databases.js';
import { createTestApp, login, type TestApp } from '../../test-support/test-app.js';
import { directoryRepository } from '../directory/index.js';
import { identityRepository } from '../identity/index.js';
import {
  checkSeals,
  type SealOwner,
  SealUnavailableError,
  signWithSeal,
  verifySealSignature,
} from './index.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe.each(databaseKinds())('seal keys (%s)', (kind) => {
  let t: TestApp;
  let secadmin: string;
  let sysadmin: string;
  let person: string;
  let departments: { id: string; code: string; name: string }[];
  let sj: { id: string; name: string };
  let organizationId: string;

  beforeAll(async () => {
    t = await createTestApp(kind);
    secadmin = await login(t.app, 'secadmin', { staff: true });
    sysadmin = await login(t.app, 'sysadmin', { staff: true });
    person = await login(t.app, '13800138001');
    departments = await directoryRepository(t.ctx.db).departments();
    sj = departments.find((d) => d.code === 'FS-SJ')!;
    organizationId = (await identityRepository(t.ctx.db).findOrganizationByCreditCode('91440604MA4W12345N'))!
      .accountId;
  });
  afterAll(() => t?.close());

  const get = (url: string, cookie?: string) => t.app.inject({ url, headers: cookie ? { cookie } : {} });
  const post = (url: string, cookie: string, payload?: object) =>
    t.app.inject({ method: 'POST', url, headers: { cookie }, ...(payload ? { payload } : {}) });
  const keyRow = (id: string) =>
    t.ctx.db.selectFrom('sealKeys').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const activeKeyOf = async (ownerId: string) =>
    (await get(`/api/v1/seals/keys?ownerId=${ownerId}&status=active`, secadmin)).json().items[0];
  const auditOf = (action: string, objectId: string) =>
    t.ctx.db
      .selectFrom('auditRecords')
      .selectAll()
      .where('action', '=', action)
      .where('objectId', '=', objectId)
      .orderBy('seq')
      .execute();
  const sign = (owner: SealOwner, data: Uint8Array, purpose = 'test') =>
    t.ctx.db
      .transaction()
      .execute((trx) => signWithSeal(t.ctx, trx, { ...owner, data, purpose, actor: null }));
  /** Strings of a response that could be a private key: any 64-hex value other than public facts. */
  const privateKeysIn = async (body: string) => {
    const secrets = (await t.ctx.db.selectFrom('sealKeys').select('privateKeyEnc').execute()).map((r) =>
      t.ctx.cipher.decrypt(r.privateKeyEnc),
    );
    return secrets.filter((s) => body.includes(s)).length + (body.includes('privateKey') ? 1 : 0);
  };

  it('seeds one active key per department and the demo company, sealed with SM4 in the database', async () => {
    const page = (await get('/api/v1/seals/keys?pageSize=100&status=active', secadmin)).json();
    expect(page.total).toBe(departments.length + 1);
    expect(page.items.filter((k: { ownerType: string }) => k.ownerType === 'organization')).toHaveLength(1);
    const row = await keyRow((await activeKeyOf(sj.id)).id);
    const privateKey = t.ctx.cipher.decrypt(row.privateKeyEnc);
    expect(privateKey).toMatch(/^[0-9a-f]{64}$/);
    expect(row.privateKeyEnc).not.toContain(privateKey);
    expect(Buffer.from(row.privateKeyEnc, 'base64url').toString('hex')).not.toContain(privateKey);
    expect(sm2PublicKeyOf(privateKey)).toBe(row.publicKey);
  });

  it('lets only the security administrator list, inspect, create and rotate keys', async () => {
    const key = await activeKeyOf(sj.id);
    for (const cookie of [sysadmin, person]) {
      expect((await get('/api/v1/seals/keys', cookie)).statusCode).toBe(403);
      expect((await get(`/api/v1/seals/keys/${key.id}`, cookie)).statusCode).toBe(403);
      expect((await post(`/api/v1/seals/keys/${key.id}/rotate`, cookie)).statusCode).toBe(403);
      expect(
        (await post('/api/v1/seals/keys', cookie, { ownerType: 'department', ownerId: sj.id })).statusCode,
      ).toBe(403);
      expect((await get('/api/v1/seals/certificates', cookie)).statusCode).toBe(403);
    }
    expect((await t.app.inject({ url: '/api/v1/seals/keys' })).statusCode).toBe(401);
    expect((await keyRow(key.id)).retiredAt).toBeNull();
    expect((await get(`/api/v1/seals/keys/${randomUUID()}`, secadmin)).statusCode).toBe(404);
  });

  it('creates a key for a new owner, once; never answers with a private key', async () => {
    const departmentId = randomUUID();
    await t.ctx.db
      .insertInto('departments')
      .values({ id: departmentId, code: 'FS-TEST', name: '佛山市测试局', divisionCode: '440600' })
      .execute();
    const created = await post('/api/v1/seals/keys', secadmin, {
      ownerType: 'department',
      ownerId: departmentId,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      ownerType: 'department',
      ownerId: departmentId,
      ownerName: '佛山市测试局',
      algorithm: 'SM2-SM3',
      status: 'active',
      retiredAt: null,
    });
    const again = await post('/api/v1/seals/keys', secadmin, {
      ownerType: 'department',
      ownerId: departmentId,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('seal.key_exists');
    const unknown = await post('/api/v1/seals/keys', secadmin, {
      ownerType: 'organization',
      ownerId: departmentId,
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([
      expect.objectContaining({ field: 'ownerId', code: 'seal.unknown_owner' }),
    ]);
    const id = created.json().id;
    const [audit] = await auditOf('seal.key_create', id);
    expect(audit).toMatchObject({ actorLabel: 'secadmin', outcome: 'success' });
    expect(audit?.detail).not.toContain(t.ctx.cipher.decrypt((await keyRow(id)).privateKeyEnc));
    for (const body of [
      created.body,
      (await get(`/api/v1/seals/keys/${id}`, secadmin)).body,
      (await get('/api/v1/seals/keys?pageSize=100', secadmin)).body,
      (await get(`/api/v1/seals/public-keys/${id}`)).body,
      (await get('/api/v1/seals/certificates', secadmin)).body,
    ]) {
      expect(await privateKeysIn(body)).toBe(0);
    }
  });

  it('signs with SM2 and verifies; tampered data, another key or a garbled signature fail', async () => {
    const data = bytes('{"licenseNo":"JY14406040001234"}');
    const signed = await sign({ departmentId: sj.id }, data);
    expect(signed).toMatchObject({ keyId: (await activeKeyOf(sj.id)).id, algorithm: 'SM2-SM3' });
    expect(signed.signature).toMatch(/^30[0-9a-f]+$/);
    expect(await verifySealSignature(t.ctx, { ...signed, data })).toBe(true);
    const tampered = Uint8Array.from(data);
    tampered[5] = (tampered[5] ?? 0) ^ 1;
    expect(await verifySealSignature(t.ctx, { ...signed, data: tampered })).toBe(false);
    const other = await activeKeyOf(departments.find((d) => d.code === 'FS-GA')!.id);
    expect(await verifySealSignature(t.ctx, { ...signed, keyId: other.id, data })).toBe(false);
    expect(await verifySealSignature(t.ctx, { ...signed, keyId: randomUUID(), data })).toBe(false);
    expect(await verifySealSignature(t.ctx, { ...signed, keyId: 'not-a-key', data })).toBe(false);
    expect(await verifySealSignature(t.ctx, { ...signed, signature: '3006020101020101', data })).toBe(false);
    expect(await verifySealSignature(t.ctx, { ...signed, signature: 'zz', data })).toBe(false);
  });

  it('verifies any bytes it signed and no single-byte change of them (property)', async () => {
    const owner = { departmentId: sj.id };
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 256 }), fc.nat(), async (data, at) => {
        const signed = await sign(owner, data);
        const changed = Uint8Array.from(data);
        const i = at % data.length;
        changed[i] = (changed[i] ?? 0) ^ 0xff;
        return (
          (await verifySealSignature(t.ctx, { ...signed, data })) &&
          !(await verifySealSignature(t.ctx, { ...signed, data: changed }))
        );
      }),
      { numRuns: 25 },
    );
  });

  it('audits every use of a private key in the caller’s transaction', async () => {
    const key = await activeKeyOf(sj.id);
    const before = (await auditOf('seal.sign', key.id)).length;
    const data = bytes('declaration');
    await sign({ departmentId: sj.id }, data, 'license.issue');
    const records = await auditOf('seal.sign', key.id);
    expect(records).toHaveLength(before + 1);
    expect(JSON.parse(records.at(-1)!.detail!)).toMatchObject({
      ownerType: 'department',
      ownerId: sj.id,
      purpose: 'license.issue',
      dataSm3: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    // The caller's work fails after signing: the signature's record goes with it.
    await expect(
      t.ctx.db.transaction().execute(async (trx) => {
        await signWithSeal(t.ctx, trx, { departmentId: sj.id, data, purpose: 'doomed', actor: null });
        throw new Error('the caller’s own write failed');
      }),
    ).rejects.toThrow('the caller’s own write failed');
    expect(await auditOf('seal.sign', key.id)).toHaveLength(before + 1);
  });

  it('rotates: the new key signs, the old one still verifies what it signed and rotates no more', async () => {
    const old = await activeKeyOf(sj.id);
    const data = bytes('licence signed before the rotation');
    const before = await sign({ departmentId: sj.id }, data);
    expect(before.keyId).toBe(old.id);

    const rotated = await post(`/api/v1/seals/keys/${old.id}/rotate`, secadmin);
    expect(rotated.statusCode).toBe(201);
    const fresh = rotated.json();
    expect(fresh).toMatchObject({ ownerId: sj.id, status: 'active' });
    expect(fresh.id).not.toBe(old.id);
    expect((await get(`/api/v1/seals/keys/${old.id}`, secadmin)).json()).toMatchObject({
      status: 'retired',
      retiredAt: expect.any(String),
    });
    expect((await post(`/api/v1/seals/keys/${old.id}/rotate`, secadmin)).statusCode).toBe(409);

    const after = await sign({ departmentId: sj.id }, data);
    expect(after.keyId).toBe(fresh.id);
    expect(await verifySealSignature(t.ctx, { ...before, data })).toBe(true);
    expect(await verifySealSignature(t.ctx, { ...after, data })).toBe(true);
    expect(await verifySealSignature(t.ctx, { ...before, keyId: fresh.id, data })).toBe(false);
    const publicOld = (await get(`/api/v1/seals/public-keys/${old.id}`)).json();
    expect(publicOld).toMatchObject({ status: 'retired', ownerName: sj.name, publicKey: old.publicKey });

    const [audit] = await auditOf('seal.key_rotate', fresh.id);
    expect(JSON.parse(audit!.detail!)).toMatchObject({ previousKeyId: old.id });
    const events = await t.ctx.db
      .selectFrom('outboxEvents')
      .select('payload')
      .where('topic', '=', 'seal.key_rotated')
      .execute();
    expect(events.map((e) => JSON.parse(e.payload))).toContainEqual(
      expect.objectContaining({ keyId: fresh.id, previousKeyId: old.id }),
    );
  });

  it('lets two rotations of one key race: one wins, the other is told the key is retired', async () => {
    const key = await activeKeyOf(departments.find((d) => d.code === 'FS-ZJ')!.id);
    const answers = await Promise.all([
      post(`/api/v1/seals/keys/${key.id}/rotate`, secadmin),
      post(`/api/v1/seals/keys/${key.id}/rotate`, secadmin),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    const page = (await get(`/api/v1/seals/keys?ownerId=${key.ownerId}`, secadmin)).json();
    expect(page.items.filter((k: { status: string }) => k.status === 'active')).toHaveLength(1);
  });

  it('signs with an organisation’s own seal key', async () => {
    const data = bytes('承诺书：本单位承诺所填信息真实有效');
    const signed = await sign({ organizationId }, data, 'declaration');
    expect((await get(`/api/v1/seals/public-keys/${signed.keyId}`)).json()).toMatchObject({
      ownerType: 'organization',
      ownerName: '佛山市示例科技有限公司',
    });
    expect(await verifySealSignature(t.ctx, { ...signed, data })).toBe(true);
  });

  it('publishes the root CA certificate to anyone', async () => {
    const res = await get('/api/v1/seals/ca.pem');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/x-pem-file');
    const ca = new X509Certificate(res.body);
    expect(ca.ca).toBe(true);
    expect(ca.verify(ca.publicKey)).toBe(true);
    expect(ca.subject).toContain('电子印章根证书');
  });

  it('says in health when a key cannot be decrypted, and signing answers a retryable error', async () => {
    expect((await get('/api/health')).json()).toMatchObject({ seals: 'ok' });
    const key = await activeKeyOf(departments.find((d) => d.code === 'FS-RS')!.id);
    const sealed = (await keyRow(key.id)).privateKeyEnc;
    // As if DATA_KEY changed, or the row was restored from another installation.
    const foreign = t.ctx.cipher.encrypt('x').slice(0, 10) + sealed.slice(10);
    await t.ctx.db.updateTable('sealKeys').set({ privateKeyEnc: foreign }).where('id', '=', key.id).execute();
    try {
      const error = await sign({ departmentId: key.ownerId }, bytes('x')).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SealUnavailableError);
      expect(error).toMatchObject({ reason: 'key_undecryptable', retryable: true, status: 503 });
      const health = (await get('/api/health')).json();
      expect(health).toMatchObject({ status: 'ok', seals: 'broken' });
      expect(health.sealsReason).toContain(key.id);
      expect(await checkSeals(t.ctx)).toMatchObject({ seals: 'broken' });
    } finally {
      await t.ctx.db
        .updateTable('sealKeys')
        .set({ privateKeyEnc: sealed })
        .where('id', '=', key.id)
        .execute();
    }
    expect(await checkSeals(t.ctx)).toEqual({ seals: 'ok' });
    expect((await get('/api/health')).json()).toMatchObject({ seals: 'ok' });
  });

  it('answers a retryable error for an owner without an active key', async () => {
    const departmentId = randomUUID();
    await t.ctx.db
      .insertInto('departments')
      .values({ id: departmentId, code: 'FS-NOKEY', name: '佛山市无印章局', divisionCode: '440600' })
      .execute();
    await expect(sign({ departmentId }, bytes('x'))).rejects.toMatchObject({
      reason: 'no_active_key',
      retryable: true,
    });
  });
});
