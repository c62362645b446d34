import { sm2PublicKeyOf } from '../../platform/crypto/index.js';
import type { AppContext } from '../../platform/http/index.js';
import { certificateProblems, ensureCa } from './ca.js';
import { SealUnavailableError } from './errors.js';
import { unsealPrivateKey } from './keys.js';
import { sealRepository } from './repository.js';
import { lastSealCheck, recordSealCheck, type SealStatus } from './status.js';

const RECHECK_AFTER_MS = 30_000;

function describe(error: unknown): string {
  return error instanceof SealUnavailableError ? error.detail : `seal check failed: ${String(error)}`;
}

/**
 * Checks the whole seal configuration: the CA exists (created when missing) and its key decrypts,
 * every active seal key decrypts to the private key of its public key, every active PAdES key
 * decrypts. Remembers the answer for health.
 */
export async function checkSeals(ctx: AppContext): Promise<SealStatus> {
  const problems: string[] = [];
  try {
    await ctx.db.transaction().execute((trx) => ensureCa(ctx, trx));
  } catch (error) {
    problems.push(describe(error));
  }
  try {
    for (const key of await sealRepository(ctx.db).activeKeysWithSecrets()) {
      try {
        if (sm2PublicKeyOf(unsealPrivateKey(ctx, key)) !== key.publicKey) {
          problems.push(`seal key ${key.id}: its private key does not match its public key`);
        }
      } catch (error) {
        problems.push(describe(error));
      }
    }
    problems.push(...(await certificateProblems(ctx)));
  } catch (error) {
    problems.push(describe(error));
  }
  const status: SealStatus = problems.length
    ? { seals: 'broken', sealsReason: problems.join('; ') }
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
