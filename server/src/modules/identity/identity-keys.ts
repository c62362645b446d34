import type { FieldCipher } from '../../platform/crypto/index.js';

// Blind-index purposes: one per kind of value, so equal strings of different kinds
// never share a digest.
export const identityKeys = (cipher: FieldCipher) => ({
  idNumber: (idNumber: string) => cipher.blindIndex('id-number', idNumber),
  mobile: (mobile: string) => cipher.blindIndex('mobile', mobile),
  creditCode: (creditCode: string) => cipher.blindIndex('credit-code', creditCode.trim().toUpperCase()),
  login: (identifier: string) => cipher.blindIndex('login', identifier.trim().toUpperCase()),
});
