import { createCipheriv, createDecipheriv } from 'node:crypto';
import { sm2 } from 'sm-crypto-v2';
import { describe, expect, it } from 'vitest';
import { sm2PublicKeyOf, sm2Verify, sm3Hex } from './index.js';

// Published test vectors of the Chinese commercial cryptography standards, against the very
// primitives the platform uses: Node's OpenSSL for SM3 and SM4, sm-crypto-v2 for SM2.

describe('SM3 (GB/T 32905-2016, Appendix A)', () => {
  // A.1 ("abc") is checked in crypto.test.ts.
  it('A.2: the 64-byte message "abcd" × 16 (two blocks after padding)', () => {
    expect(sm3Hex('abcd'.repeat(16))).toBe(
      'debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732',
    );
  });
});

describe('SM4 (GB/T 32907-2016, Appendix A)', () => {
  const key = Buffer.from('0123456789abcdeffedcba9876543210', 'hex');

  it('A.1: one block, key = plaintext = 0123456789abcdeffedcba9876543210', () => {
    const cipher = createCipheriv('sm4-ecb', key, null).setAutoPadding(false);
    const ciphertext = Buffer.concat([cipher.update(key), cipher.final()]);
    expect(ciphertext.toString('hex')).toBe('681edf34d206965e86b3e94f536e4246');
    const decipher = createDecipheriv('sm4-ecb', key, null).setAutoPadding(false);
    expect(Buffer.concat([decipher.update(ciphertext), decipher.final()])).toEqual(key);
  });

  it('A.2: the same block encrypted 1,000,000 times', () => {
    // CBC with a zero IV over the block followed by zero blocks encrypts each ciphertext again:
    // C1 = E(P), Ci = E(0 ⊕ Ci-1). One native call instead of a million.
    const blocks = Buffer.alloc(16 * 1_000_000);
    key.copy(blocks);
    const out = createCipheriv('sm4-cbc', key, Buffer.alloc(16)).setAutoPadding(false).update(blocks);
    expect(out.subarray(0, 16).toString('hex')).toBe('681edf34d206965e86b3e94f536e4246');
    expect(out.subarray(-16).toString('hex')).toBe('595298c7c6fd271f0402f804c33d3f66');
  });
});

// GM/T 0003.5-2012 (= GB/T 32918.5-2017) Appendix A, the signature example on the recommended
// curve sm2p256v1; also OpenSSL's test/sm2_internal_test.c. Default user id 1234567812345678.
describe('SM2 signature (GM/T 0003.5-2012 / GB/T 32918.5-2017, Appendix A)', () => {
  const message = 'message digest';
  const privateKey = '3945208f7b2144b13f36e38ac6d39f95889393692860b51a42fb81ef4df7c5b8';
  const publicKey =
    '04' +
    '09f9df311e5421a150dd7d161e4bc5c672179fad1833fc076bb08ff356f35020' +
    'ccea490ce26775a52dc6ea718cc1aa600aed05fbf35e084a6632f6072da9ad13';
  const k = '59276e27d506861a16680f3ad9c02dccef3cc1fa3cdbe4ce6d54b80deac1bc21';
  const r = 'f5a03b0648d2c4630eeac513e1bb81a15944da3827d5b74143ac7eaceee720b3';
  const s = 'b1b6aa29df212fd8763182bc0d421ca1bb9038fd1f7f42d4840b69c485bbc1aa';
  // Both integers have their top bit set, so DER gives each a leading zero byte (33 bytes).
  const der = (rHex: string, sHex: string) => `3046022100${rHex}022100${sHex}`;

  it('derives the published public key from the private key', () => {
    expect(sm2PublicKeyOf(privateKey)).toBe(publicKey);
  });

  it('computes the published Z value and message digest e', () => {
    expect(Buffer.from(sm2.getZ(publicKey)).toString('hex')).toBe(
      'b2e14c5c79c6df5b85f4fe7ed8db7a262b9da7e07ccb0ea9f4747b8ccda8a4f3',
    );
    expect(sm2.getHash(Buffer.from(message).toString('hex'), publicKey)).toBe(
      'f0b43e94ba45accaace692ed534382eb17e6ab5a19ce7b31f4486fdfc0d28640',
    );
  });

  it('signs with the published k to exactly the published (r, s)', () => {
    const x1 = BigInt(`0x${sm2PublicKeyOf(k).slice(2, 66)}`);
    const signature = sm2.doSignature(message, privateKey, {
      hash: true,
      pointPool: [{ k: BigInt(`0x${k}`), x1 }],
    });
    expect(signature).toBe(r + s);
  });

  it('verifies the published signature, and nothing altered', () => {
    expect(sm2Verify(message, der(r, s), publicKey)).toBe(true);
    expect(sm2Verify('message digesT', der(r, s), publicKey)).toBe(false);
    const otherS = (BigInt(`0x${s}`) ^ 1n).toString(16).padStart(64, '0');
    expect(sm2Verify(message, der(r, otherS), publicKey)).toBe(false);
  });
});
