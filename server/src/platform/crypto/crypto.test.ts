import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createFieldCipher,
  generateSm2KeyPair,
  hashPassword,
  maskIdNumber,
  maskMobile,
  maskName,
  sm2Sign,
  sm2Verify,
  sm3Hex,
  verifyPassword,
} from './index.js';

describe('SM3', () => {
  it('matches the GB/T 32905 example', () => {
    expect(sm3Hex('abc')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
  });
});

describe('field cipher (SM4-CTR + HMAC-SM3)', () => {
  const cipher = createFieldCipher(Buffer.alloc(32, 1), Buffer.alloc(32, 2));

  it('round-trips any text and never repeats a ciphertext', () => {
    fc.assert(
      fc.property(fc.string(), (plain) => {
        const a = cipher.encrypt(plain);
        return cipher.decrypt(a) === plain && cipher.encrypt(plain) !== a;
      }),
    );
  });

  it('refuses a tampered or foreign ciphertext', () => {
    const sealed = Buffer.from(cipher.encrypt('44060419900101123X'), 'base64url');
    sealed[20] = (sealed[20] ?? 0) ^ 1;
    expect(() => cipher.decrypt(sealed.toString('base64url'))).toThrow(/integrity/);
    const other = createFieldCipher(Buffer.alloc(32, 9), Buffer.alloc(32, 2));
    expect(() => other.decrypt(cipher.encrypt('x'))).toThrow(/integrity/);
  });

  it('gives equal blind indexes for equal values only, per purpose', () => {
    expect(cipher.blindIndex('id', 'A')).toBe(cipher.blindIndex('id', 'A'));
    expect(cipher.blindIndex('id', 'A')).not.toBe(cipher.blindIndex('mobile', 'A'));
    expect(cipher.blindIndex('id', 'A')).not.toBe(cipher.blindIndex('id', 'B'));
  });
});

describe('SM2', () => {
  it('verifies its own signatures and rejects altered messages or other keys', () => {
    const keys = generateSm2KeyPair();
    const signature = sm2Sign('checkpoint 100', keys.privateKey);
    expect(sm2Verify('checkpoint 100', signature, keys.publicKey)).toBe(true);
    expect(sm2Verify('checkpoint 101', signature, keys.publicKey)).toBe(false);
    expect(sm2Verify('checkpoint 100', signature, generateSm2KeyPair().publicKey)).toBe(false);
  });
});

describe('masking', () => {
  it('keeps only the ends', () => {
    expect(maskIdNumber('44060419900101123X')).toBe('4406**********123X');
    expect(maskMobile('13800138000')).toBe('138****8000');
    expect(maskName('欧阳娜娜')).toBe('欧***');
  });
});

describe('passwords', () => {
  it('verifies the right password only', async () => {
    const stored = await hashPassword('Foshan@2026');
    expect(await verifyPassword('Foshan@2026', stored)).toBe(true);
    expect(await verifyPassword('foshan@2026', stored)).toBe(false);
    expect(await verifyPassword('x', 'garbage')).toBe(false);
  });
});
