import { deflateSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';

/**
 * A new PDF without timestamps (equal input gives equal bytes), whose embedded fonts are
 * compressed by Node's zlib instead of pdf-lib's pako. The font subsets are most of a
 * document's bytes, and pako's deflate was a quarter of a notice's rendering.
 */
export async function createPdf(): Promise<PDFDocument> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const { context } = doc;
  // pdf-lib's own flateStream, with Node's deflate: a string is taken byte by byte, as pdf-lib does.
  context.flateStream = (contents, dict = {}) =>
    context.stream(deflateSync(typeof contents === 'string' ? Buffer.from(contents, 'latin1') : contents), {
      ...dict,
      Filter: 'FlateDecode',
    });
  return doc;
}
