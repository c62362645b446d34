import { sm2PublicKeyOf } from '../../platform/crypto/index.js';
import type { AppContext } from '../../platform/http/index.js';
import { certificateProblems, ensureCa } from './ca.js';
import { SealUnavailableError } from './errors.js';
import { unsealPrivateKey } from './keys.js';
import { sealRepository } from './repository.js';
import { lastSealCheck, recordSealCheck, type SealStatus } from './status.js';

const RECHECK_AFTER_MS = 30_000;
const MAX_NAMED = 3;

function describe(error: unknown): string {
  return error instanceof SealUnavailableError ? error.detail : `seal check failed: ${String(error)}`;
}

/**
 * Checks the whole seal configuration: the CA exists (created when missing) and its key decrypts,
 * every active seal key decrypts to the private key of its public key, every active PAdES key
 * decrypts. Remembers the answer for health.
 */
export async function checkSeals(ctx: AppContext): Promise<SealStatus> {
  // A set: the CA's key fails both when ensured and among the certificates.
  const problems = new Set<string>();
  const undecryptable: string[] = [];
  try {
    await ctx.db.transaction().execute((trx) => ensureCa(ctx, trx));
  } catch (error) {
    problems.add(describe(error));
  }
  try {
    for (const key of await sealRepository(ctx.db).activeKeysWithSecrets()) {
      try {
        if (sm2PublicKeyOf(unsealPrivateKey(ctx, key)) !== key.publicKey) {
          problems.add(`seal key ${key.id}: its private key does not match its public key`);
        }
      } catch {
        undecryptable.push(key.id);
      }
    }
    for (const problem of await certificateProblems(ctx)) problems.add(problem);
  } catch (error) {
    problems.add(describe(error));
  }
  // A wrong DATA_KEY fails every key: one line names how many and the first few.
  if (undecryptable.length) {
    const named = undecryptable.slice(0, MAX_NAMED).map((id) => `seal key ${id}`);
    const more = undecryptable.length > MAX_NAMED ? ` and ${undecryptable.length - MAX_NAMED} more` : '';
    problems.add(`${named.join(', ')}${more} cannot be decrypted with this DATA_KEY`);
  }
  const status: SealStatus = problems.size
    ? { seals: 'broken', sealsReason: [...problems].join('; ') }
    : { seals: 'ok' };
  recordSealCheck(ctx, status);
  return status;
}

/** The seal status for /api/health: the last check's, re-checked when older than half a minute. */
export async function sealsHealth(ctx: AppContext): Promise<SealStatus> {
  const last = lastSealCheck(ctx);
  if (last && Date.now() - last.checkedAt < RECHECK_AFTER_MS) {
    return last.sealsReason ? { seals: last.seals, sealsReason: last.sealsReason } : { seals: last.seals };
  }
  return checkSeals(ctx);
}
