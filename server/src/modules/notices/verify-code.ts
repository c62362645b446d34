import { freshRandomBytes } from '../../platform/crypto/index.js';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';

/**
 * 128 random bits in lower-case base32 (26 characters): unguessable, safe in a URL path and
 * readable aloud or typed from paper without case mistakes.
 */
export function newVerifyCode(): string {
  const bytes = freshRandomBytes(16);
  let bits = 0;
  let value = 0;
  let code = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      code += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) code += ALPHABET[(value << (5 - bits)) & 31];
  return code;
}

export const VERIFY_CODE = /^[a-z2-7]{26}$/;
