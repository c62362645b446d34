import { randomUUID } from 'node:crypto';
import { sm2 } from 'sm-crypto-v2';
import { z } from 'zod';
import type { AuditActor } from '../../platform/audit/index.js';
import { generateSm2KeyPair, sm3Hex } from '../../platform/crypto/index.js';
import type { AnyDb, AnyTrx } from '../../platform/db/index.js';
import { invalidFields, notFound, ProblemError } from '../../platform/errors/index.js';
import { emitInTrx } from '../../platform/events/index.js';
import type { AppContext } from '../../platform/http/index.js';
import { SealUnavailableError } from './errors.js';
import { type OwnerRef, ownerName, ownerRefOf, type SealOwner } from './owners.js';
import { activeSlotOf, sealRepository } from './repository.js';
import { markSealsBroken } from './status.js';
import type { SealKeyTable } from './tables.js';

export const SEAL_ALGORITHM = 'SM2-SM3' as const;

export interface SealSignature {
  /** The key that signed: verification looks it up, also once the key is rotated out. */
  keyId: string;
  algorithm: typeof SEAL_ALGORITHM;
  /** SM2 signature (SM3 digest with the default user id 1234567812345678), DER, hex. */
  signature: string;
}

// The platform's sm2Sign/sm2Verify take text; a seal signs bytes (a PDF's hash, canonical JSON
// as the caller encoded it), so these call the same library with the same options on bytes.
const SM2_OPTIONS = { hash: true, der: true } as const;

/** The private key of a key row, or a retryable error that also marks the seals broken in health. */
export function unsealPrivateKey(ctx: AppContext, row: Pick<SealKeyTable, 'id' | 'privateKeyEnc'>): string {
  try {
    return ctx.cipher.decrypt(row.privateKeyEnc);
  } catch {
    const detail = `seal key ${row.id} cannot be decrypted with this DATA_KEY`;
    markSealsBroken(ctx, detail);
    throw new SealUnavailableError('key_undecryptable', detail);
  }
}

/** Who asked, as the request knows it (auditFacts); the system when the actor is null. */
interface RequestFacts {
  actor: AuditActor | null;
  sourceIp?: string;
  requestId?: string;
}

/**
 * Makes the owner's new active key: a fresh SM2 pair, the private key sealed with SM4, the audit
 * record and the event, in the caller's transaction. Undefined when the owner has an active key.
 */
async function storeNewKey(
  ctx: AppContext,
  trx: AnyTrx,
  owner: OwnerRef,
  facts: RequestFacts,
  previousKeyId?: string,
): Promise<SealKeyTable | undefined> {
  const pair = generateSm2KeyPair();
  const row: SealKeyTable = {
    id: randomUUID(),
    ...owner,
    algorithm: SEAL_ALGORITHM,
    publicKey: pair.publicKey,
    privateKeyEnc: ctx.cipher.encrypt(pair.privateKey),
    activeSlot: activeSlotOf(owner.ownerType, owner.ownerId),
    createdAt: new Date().toISOString(),
    createdBy: facts.actor?.id ?? null,
    retiredAt: null,
  };
  if (!(await sealRepository(trx).insertKeyIfNoneActive(row))) return undefined;
  const previous = previousKeyId ? { previousKeyId } : {};
  await ctx.audit.recordInTrx(trx, {
    actor: facts.actor,
    sourceIp: facts.sourceIp ?? null,
    requestId: facts.requestId ?? null,
    action: previousKeyId ? 'seal.key_rotate' : 'seal.key_create',
    objectType: 'seal_key',
    objectId: row.id,
    detail: { ...owner, ...previous, publicKey: row.publicKey },
  });
  await emitInTrx(trx, previousKeyId ? 'seal.key_rotated' : 'seal.key_created', {
    keyId: row.id,
    ...previous,
    ...owner,
  });
  return row;
}

/** Creates an owner's first seal key (security administrator); 409 when it has an active one. */
export async function createSealKey(
  ctx: AppContext,
  trx: AnyTrx,
  params: RequestFacts & { owner: OwnerRef },
) {
  if (!(await ownerName(trx, params.owner))) {
    throw invalidFields([{ field: 'ownerId', code: 'seal.unknown_owner' }]);
  }
  const row = await storeNewKey(ctx, trx, params.owner, params);
  if (!row) throw new ProblemError(409, 'seal.key_exists');
  return row.id;
}

/**
 * Replaces an active key with a new one. The old key signs nothing more but stays to verify what
 * it signed; the owner's PAdES certificate goes with it, and the next PDF gets a new certificate.
 */
export async function rotateSealKey(ctx: AppContext, trx: AnyTrx, params: RequestFacts & { keyId: string }) {
  const repo = sealRepository(trx);
  const old = await repo.findKey(params.keyId);
  if (!old) throw notFound();
  if (!(await repo.retireKey(old.id, new Date().toISOString())))
    throw new ProblemError(409, 'seal.key_retired');
  const owner = { ownerType: old.ownerType, ownerId: old.ownerId };
  await repo.releaseCertificateSlot(activeSlotOf(owner.ownerType, owner.ownerId));
  // Until this transaction ends, the retired row keeps the slot's value locked: a concurrent
  // create waits for it and then finds the new key there.
  const row = await storeNewKey(ctx, trx, owner, params, old.id);
  if (!row) throw new ProblemError(409, 'seal.key_exists');
  return row.id;
}

/** Gives each owner without an active key one, as the system (the demo seed); others are left alone. */
export async function ensureSealKeys(ctx: AppContext, owners: SealOwner[]): Promise<number> {
  return ctx.db.transaction().execute(async (trx) => {
    let created = 0;
    for (const owner of owners) {
      const ref = ownerRefOf(owner);
      if (await sealRepository(trx).activeKey(ref.ownerType, ref.ownerId)) continue;
      if (await storeNewKey(ctx, trx, ref, { actor: null })) created++;
    }
    return created;
  });
}

/**
 * Signs bytes with the owner's active seal key, and records the use in the caller's transaction:
 * the signature exists only if the audit record commits with the caller's state.
 */
export async function signWithSeal(
  ctx: AppContext,
  trx: AnyTrx,
  params: SealOwner & { data: Uint8Array; purpose: string; actor: AuditActor | null },
): Promise<SealSignature> {
  const ref = ownerRefOf(params);
  const key = await sealRepository(trx).activeKey(ref.ownerType, ref.ownerId);
  if (!key) {
    throw new SealUnavailableError('no_active_key', `${ref.ownerType} ${ref.ownerId} has no active seal key`);
  }
  const signature = sm2.doSignature(params.data, unsealPrivateKey(ctx, key), SM2_OPTIONS);
  await ctx.audit.recordInTrx(trx, {
    actor: params.actor,
    action: 'seal.sign',
    objectType: 'seal_key',
    objectId: key.id,
    detail: { ...ref, purpose: params.purpose, dataSm3: sm3Hex(Buffer.from(params.data)) },
  });
  return { keyId: key.id, algorithm: SEAL_ALGORITHM, signature };
}

/** True when the key (active or rotated out) signed exactly these bytes; false for anything else. */
export async function verifySealSignature(
  ctx: AppContext,
  params: { keyId: string; data: Uint8Array; signature: string },
  db: AnyDb | AnyTrx = ctx.db,
): Promise<boolean> {
  if (!z.uuid().safeParse(params.keyId).success) return false;
  if (!/^(?:[0-9a-fA-F]{2})+$/.test(params.signature)) return false;
  const key = await sealRepository(db).findKey(params.keyId);
  if (!key) return false;
  try {
    return sm2.doVerifySignature(params.data, params.signature.toLowerCase(), key.publicKey, SM2_OPTIONS);
  } catch {
    // A signature that is hex but no DER SEQUENCE of two integers.
    return false;
  }
}

/** A key as administrators and verifiers see it: never the private key, not even sealed. */
export async function sealKeyView(db: AnyDb | AnyTrx, row: Omit<SealKeyTable, 'privateKeyEnc'>) {
  return {
    id: row.id,
    ownerType: row.ownerType,
    ownerId: row.ownerId,
    ownerName: (await ownerName(db, row)) ?? '',
    algorithm: row.algorithm,
    publicKey: row.publicKey,
    status: row.retiredAt ? ('retired' as const) : ('active' as const),
    createdAt: row.createdAt,
    createdBy: row.createdBy,
    retiredAt: row.retiredAt,
  };
}

/** A key's facts (owner, public key, whether it still signs), also a retired one's; undefined if unknown. */
export async function sealKeyInfo(ctx: AppContext, keyId: string, db: AnyDb | AnyTrx = ctx.db) {
  if (!z.uuid().safeParse(keyId).success) return undefined;
  const key = await sealRepository(db).findKey(keyId);
  return key && sealKeyView(db, key);
}
