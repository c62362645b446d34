import type { Kysely } from 'kysely';
import type { FieldCipher } from '../../platform/crypto/index.js';
import type { AnyDb, AnyTrx } from '../../platform/db/index.js';
import { preparedQuery, tablesOf } from '../../platform/db/index.js';
import { identityKeys } from './identity-keys.js';
import { identityRepository } from './repository.js';
import type { IdentityTables } from './tables.js';

// Looked at by every submission: compiled once, a person's in one read with their ID number's index.
const listedSubject = preparedQuery((db: Kysely<IdentityTables>, p: { bidx: string }) =>
  db.selectFrom('creditBlacklist').select('subjectBidx').where('subjectBidx', '=', p.bidx),
);
const listedPerson = preparedQuery((db: Kysely<IdentityTables>, p: { accountId: string }) =>
  db
    .selectFrom('persons')
    .innerJoin('creditBlacklist', 'creditBlacklist.subjectBidx', 'persons.idNumberBidx')
    .select('creditBlacklist.subjectBidx')
    .where('persons.accountId', '=', p.accountId),
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
  const t = tablesOf<IdentityTables>(db);
  if ('personId' in subject)
    return (await listedPerson.first(t, { accountId: subject.personId })) !== undefined;
  const org = await identityRepository(db).findOrganization(subject.organizationId);
  if (!org) return false;
  return (
    (await listedSubject.first(t, { bidx: identityKeys(cipher).creditCode(org.creditCode) })) !== undefined
  );
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
