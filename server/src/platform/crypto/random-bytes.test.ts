import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { freshRandomBytes } from './random-bytes.js';

describe('random bytes drawn from a pool', () => {
  it('gives each draw its own bytes of the size asked, unchanged by later draws and refills', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: 1, maxLength: 60 }), (sizes) => {
        const draws = sizes.map((size) => {
          const bytes = freshRandomBytes(size);
          return { bytes, copy: Buffer.from(bytes) };
        });
        for (const [i, { bytes, copy }] of draws.entries()) {
          expect(bytes.length).toBe(sizes[i]);
          // A view of the pool would have changed with the refills since.
          expect(bytes.equals(copy)).toBe(true);
        }
        // No two draws of 16 bytes or more share their first 16: bytes handed out twice would.
        const heads = draws
          .filter((d) => d.bytes.length >= 16)
          .map((d) => d.bytes.subarray(0, 16).toString('hex'));
        expect(new Set(heads).size).toBe(heads.length);
      }),
    );
  });
});
