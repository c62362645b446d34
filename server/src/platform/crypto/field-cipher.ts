import { createCipheriv, createDecipheriv, timingSafeEqual } from 'node:crypto';
import { freshRandomBytes } from './random-bytes.js';
import { hmacSm3 } from './sm3.js';

// Node's OpenSSL offers SM4 without an AEAD mode, so fields are sealed with SM4-CTR
// followed by an HMAC-SM3 tag over version, IV and ciphertext (encrypt-then-MAC).
const VERSION = 1;

export interface FieldCipher {
  encrypt(plain: string): string;
  decrypt(sealed: string): string;
  /** Keyed, deterministic digest for equality look-ups of encrypted values. */
  blindIndex(purpose: string, value: string): string;
}

export function createFieldCipher(dataKey: Buffer, blindIndexKey: Buffer): FieldCipher {
  const encKey = hmacSm3(dataKey, 'onewindow/sm4-ctr').subarray(0, 16);
  const macKey = hmacSm3(dataKey, 'onewindow/hmac-sm3');
  return {
    encrypt(plain) {
      const iv = freshRandomBytes(16);
      const cipher = createCipheriv('sm4-ctr', encKey, iv);
      const body = Buffer.concat([Buffer.from([VERSION]), iv, cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([body, hmacSm3(macKey, body)]).toString('base64url');
    },
    decrypt(sealed) {
      const raw = Buffer.from(sealed, 'base64url');
      if (raw.length < 1 + 16 + 32 || raw[0] !== VERSION) throw new Error('sealed field: unknown format');
      const body = raw.subarray(0, raw.length - 32);
      if (!timingSafeEqual(hmacSm3(macKey, body), raw.subarray(raw.length - 32))) {
        throw new Error('sealed field: integrity check failed');
      }
      const decipher = createDecipheriv('sm4-ctr', encKey, body.subarray(1, 17));
      return Buffer.concat([decipher.update(body.subarray(17)), decipher.final()]).toString('utf8');
    },
    blindIndex(purpose, value) {
      return hmacSm3(blindIndexKey, `${purpose}:${value}`).toString('hex');
    },
  };
}
