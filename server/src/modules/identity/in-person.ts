import type { AnyTrx } from '../../platform/db/index.js';
import type { AppContext } from '../../platform/http/index.js';
import { personForInTrx } from './auth-service.js';
import { identityRepository } from './repository.js';

/**
 * A walk-in applicant whose ID card a window clerk has checked in person: their account,
 * or a new unclaimed one they can claim online later; either way raised to trust level 4
 * (the highest: identity verified face to face).
 */
export async function identifyInPerson(
  trx: AnyTrx,
  ctx: AppContext,
  input: { name: string; idNumber: string; mobile: string | null },
): Promise<string> {
  const accountId = await personForInTrx(
    trx,
    ctx,
    { ...input, passwordHash: null },
    { id: 'applicant.idNumber', name: 'applicant.name' },
  );
  await identityRepository(trx).updateAccount(accountId, {
    trustLevel: 4,
    updatedAt: new Date().toISOString(),
  });
  return accountId;
}
