import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { zipBomb } from '../../test-support/hostile-files.js';
import { sampleOfd, samplePdf, samplePng, zip } from '../../test-support/sample-files.js';
import { sniffMediaType } from './sniff.js';

const SIGNATURES: [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'application/pdf'],
  [[0xff, 0xd8, 0xff], 'image/jpeg'],
  [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'image/png'],
];
const startsWithAny = (bytes: Uint8Array, prefixes: number[][]) =>
  prefixes.some((p) => p.every((b, i) => bytes[i] === b));
const bytes = (max = 512) => fc.uint8Array({ maxLength: max });

describe('sniffMediaType', () => {
  it('recognises real files made by real tools', async () => {
    expect(sniffMediaType(await samplePdf())).toBe('application/pdf');
    expect(sniffMediaType(await samplePng())).toBe('image/png');
    expect(sniffMediaType(sampleOfd())).toBe('application/ofd');
  });

  it('never takes random bytes for a document', () => {
    // Random bytes that happen to begin with a ZIP local header are left in: they must still fail.
    fc.assert(
      fc.property(bytes(4096), (b) => {
        fc.pre(
          !startsWithAny(
            b,
            SIGNATURES.map(([s]) => s),
          ),
        );
        return sniffMediaType(b) === null;
      }),
    );
  });

  it('recognises each signature whatever follows, and none of its proper prefixes', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SIGNATURES), bytes(), ([signature, type], tail) => {
        expect(sniffMediaType(Uint8Array.from([...signature, ...tail]))).toBe(type);
        for (let n = 0; n < signature.length; n++) {
          const head = Uint8Array.from(signature.slice(0, n));
          expect(sniffMediaType(head)).toBeNull();
        }
      }),
    );
  });

  it('takes a ZIP for OFD only with OFD.xml at its root, whatever else it holds', () => {
    const name = fc.stringMatching(/^[A-Za-z0-9_/]{1,20}\.xml$/).filter((n) => n !== 'OFD.xml');
    fc.assert(
      fc.property(fc.array(name, { maxLength: 5 }), fc.boolean(), (names, withRoot) => {
        const entries = names.map((n) => ({ name: n, content: '<x/>' }));
        if (withRoot) entries.push({ name: 'OFD.xml', content: '<ofd:OFD/>' });
        return sniffMediaType(zip(entries)) === (withRoot ? 'application/ofd' : null);
      }),
    );
    expect(sniffMediaType(zip([{ name: 'Doc_0/OFD.xml', content: '<x/>' }]))).toBeNull();
    expect(sniffMediaType(zip([{ name: 'ofd.xml', content: '<x/>' }]))).toBeNull();
  });

  it('takes no ZIP bomb for an OFD, nor a package of too many files; compressed ones are read', () => {
    expect(sniffMediaType(zipBomb(true))).toBeNull();
    const deflated = zip([
      { name: 'OFD.xml', content: '<ofd:OFD/>', deflate: true },
      { name: 'Doc_0/Document.xml', content: '<ofd:Page/>'.repeat(10_000), deflate: true },
    ]);
    expect(sniffMediaType(deflated)).toBe('application/ofd');
    const many = Array.from({ length: 10_000 }, (_, i) => ({ name: `Doc_0/Pages/${i}.xml`, content: '' }));
    expect(sniffMediaType(zip([{ name: 'OFD.xml', content: '<x/>' }, ...many.slice(1)]))).toBe(
      'application/ofd',
    );
    expect(sniffMediaType(zip([{ name: 'OFD.xml', content: '<x/>' }, ...many]))).toBeNull();
  });

  it('refuses a cut or corrupted OFD package without throwing', () => {
    const ofd = sampleOfd();
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: ofd.length - 1 }),
        fc.integer({ min: 1, max: 255 }),
        (at, xor) => {
          const cut = ofd.subarray(0, at);
          expect(sniffMediaType(cut)).toBeNull();
          const damaged = Buffer.from(ofd);
          damaged[at] = (damaged[at] ?? 0) ^ xor;
          // Damage to the contents may leave a valid package; damage must never make it throw.
          expect(['application/ofd', null]).toContain(sniffMediaType(damaged));
        },
      ),
    );
  });
});
