import type { FieldCipher } from '../../platform/crypto/index.js';
import type { AnyDb, AnyTrx } from '../../platform/db/index.js';
import type { Locale } from '../../platform/i18n/index.js';
import { notificationRepository } from './repository.js';

export interface Preferences {
  email: string | null;
  emailEnabled: boolean;
  smsEnabled: boolean;
  /** Null: the default language, Chinese. */
  language: Locale | null;
}

// Until the account holder says otherwise, text messages go to the mobile they registered with;
// e-mail needs an address first, and is then on unless switched off.
const DEFAULTS: Preferences = { email: null, emailEnabled: true, smsEnabled: true, language: null };

export async function preferencesOf(
  db: AnyDb | AnyTrx,
  cipher: FieldCipher,
  accountId: string,
): Promise<Preferences> {
  const row = await notificationRepository(db).preferencesOf(accountId);
  if (!row) return DEFAULTS;
  return {
    email: row.emailEnc ? cipher.decrypt(row.emailEnc) : null,
    emailEnabled: row.emailEnabled === 1,
    smsEnabled: row.smsEnabled === 1,
    language: row.language,
  };
}
