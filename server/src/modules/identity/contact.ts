import type { FieldCipher } from '../../platform/crypto/index.js';
import type { AnyDb, AnyTrx } from '../../platform/db/index.js';
import { identityRepository } from './repository.js';

export interface Contact {
  name: string;
  /** In clear: for the caller to send to, never to show or log unmasked. */
  mobile: string | null;
}

/** How to reach an account of any kind; undefined when there is no such account. */
export async function contactOf(
  db: AnyDb | AnyTrx,
  cipher: FieldCipher,
  accountId: string,
): Promise<Contact | undefined> {
  const repo = identityRepository(db);
  const account = await repo.findAccount(accountId);
  if (!account) return undefined;
  const holder =
    account.kind === 'person'
      ? await repo.findPerson(accountId)
      : account.kind === 'organization'
        ? await repo.findOrganization(accountId)
        : await repo.findStaff(accountId);
  if (!holder) return undefined;
  return { name: holder.name, mobile: holder.mobileEnc ? cipher.decrypt(holder.mobileEnc) : null };
}
