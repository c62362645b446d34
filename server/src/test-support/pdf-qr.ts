import { execFileSync } from 'node:child_process';
import jsQRModule from 'jsqr';
import { ensureDebianPackages, SERVER_TEST_PACKAGES } from './debian-packages.js';

// jsQR's types declare an ES default export; under Node's CommonJS interop the import is the
// module object, whose `default` is the same function.
const jsQR = jsQRModule.default;

/**
 * What a phone scanning the printed page reads: the page rasterised by poppler at a modest
 * print resolution, and the QR code found and decoded in the picture by jsQR. Null when no
 * code can be read.
 */
export function scanQrCode(pdf: Uint8Array, page = 1): string | null {
  ensureDebianPackages(SERVER_TEST_PACKAGES);
  // A binary greyscale PGM: "P5 <width> <height> 255" and then one byte per pixel.
  const pgm = execFileSync(
    '/usr/bin/pdftoppm',
    ['-r', '100', '-gray', '-singlefile', '-f', String(page), '-l', String(page), '-'],
    { input: pdf, maxBuffer: 64 * 1024 * 1024 },
  );
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 32).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not answer with a greyscale picture');
  const [width, height] = [Number(header[1]), Number(header[2])];
  const grey = pgm.subarray(header[0].length);
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    rgba.fill(grey[i]!, i * 4, i * 4 + 3);
    rgba[i * 4 + 3] = 255;
  }
  return jsQR(rgba, width, height)?.data ?? null;
}
