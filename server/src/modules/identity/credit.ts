import type { Kysely } from 'kysely';
import type { FieldCipher } from '../../platform/crypto/index.js';
import type { AnyDb, AnyTrx } from '../../platform/db/index.js';
import { preparedQuery, tablesOf } from '../../platform/db/index.js';
import { identityKeys } from './identity-keys.js';
import { identityRepository } from './repository.js';
import type { IdentityTables } from './tables.js';

// Looked at by every submission: compiled once.
const listedSubject = preparedQuery((db: Kysely<IdentityTables>, p: { bidx: string }) =>
  db.selectFrom('creditBlacklist').select('subjectBidx').where('subjectBidx', '=', p.bidx),
);

/**
 * Whether the applicant is on the credit blacklist (失信名单): the person by ID number, an
 * organisation by credit code. The adapter for the credit system; its local
 * implementation is a table the demo fills.
 */
export async function isOnCreditBlacklist(
  db: AnyDb | AnyTrx,
  cipher: FieldCipher,
  subject: { personId: string } | { organizationId: string },
): Promise<boolean> {
  const repo = identityRepository(db);
  const keys = identityKeys(cipher);
  let bidx: string | undefined;
  if ('personId' in subject) {
    bidx = (await repo.findPerson(subject.personId))?.idNumberBidx;
  } else {
    const org = await repo.findOrganization(subject.organizationId);
    bidx = org && keys.creditCode(org.creditCode);
  }
  if (!bidx) return false;
  const listed = await listedSubject.first(tablesOf<IdentityTables>(db), { bidx });
  return listed !== undefined;
}

export async function listOnCreditBlacklist(
  db: AnyDb | AnyTrx,
  subjectBidx: string,
  reason: string,
  listedOn: string,
): Promise<void> {
  await tablesOf<IdentityTables>(db)
    .insertInto('creditBlacklist')
    .values({ subjectBidx, reason, listedOn })
    .onConflict((oc) => oc.column('subjectBidx').doNothing())
    .execute();
}
