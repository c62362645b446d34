import { createCipheriv, createDecipheriv, randomBytes, timingSafeEqual } from 'node:crypto';
import { hmacSm3 } from '../crypto/index.js';

// Same construction as the field cipher (SM4-CTR, then HMAC-SM3 over version, IV and
// ciphertext), with keys of their own so a file's bytes can never pass for a sealed field.
const VERSION = 1;
const HEADER = 1 + 16;
const TAG = 32;

export interface FileCipher {
  seal(plain: Uint8Array): Buffer;
  open(sealed: Uint8Array): Buffer;
}

export function createFileCipher(dataKey: Buffer): FileCipher {
  const encKey = hmacSm3(dataKey, 'onewindow/files/sm4-ctr').subarray(0, 16);
  const macKey = hmacSm3(dataKey, 'onewindow/files/hmac-sm3');
  return {
    seal(plain) {
      const iv = randomBytes(16);
      const cipher = createCipheriv('sm4-ctr', encKey, iv);
      const body = Buffer.concat([Buffer.from([VERSION]), iv, cipher.update(plain), cipher.final()]);
      return Buffer.concat([body, hmacSm3(macKey, body)]);
    },
    open(sealed) {
      const raw = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
      if (raw.length < HEADER + TAG || raw[0] !== VERSION) throw new Error('stored file: unknown format');
      const body = raw.subarray(0, raw.length - TAG);
      if (!timingSafeEqual(hmacSm3(macKey, body), raw.subarray(raw.length - TAG))) {
        throw new Error('stored file: integrity check failed');
      }
      const decipher = createDecipheriv('sm4-ctr', encKey, body.subarray(1, HEADER));
      return Buffer.concat([decipher.update(body.subarray(HEADER)), decipher.final()]);
    },
  };
}
