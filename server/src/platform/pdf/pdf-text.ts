import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRawStream,
  type PDFRef,
} from 'pdf-lib';

// Reads back the text of a PDF this module wrote, as a reader or a search index would:
// glyph codes through each font's ToUnicode map. It understands what pdf-lib writes
// (hex strings shown with Tj), not PDF in general.

const streamText = (stream: PDFRawStream) =>
  new TextDecoder('latin1').decode(decodePDFRawStream(stream).decode());

function toUnicodeMap(font: PDFDict): Map<string, string> {
  const map = new Map<string, string>();
  const cmap = font.lookup(PDFName.of('ToUnicode'));
  if (!(cmap instanceof PDFRawStream)) return map;
  for (const [, code, hex] of streamText(cmap).matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
    const units = hex!.match(/.{4}/g)!.map((u) => Number.parseInt(u, 16));
    map.set(code!.toUpperCase(), String.fromCharCode(...units));
  }
  return map;
}

/** The text of each page, one line per text object drawn. */
export async function pdfText(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes);
  return doc.getPages().map((page) => {
    const fonts = page.node.Resources()?.lookup(PDFName.of('Font'), PDFDict);
    const maps = new Map<string, Map<string, string>>();
    for (const [name, ref] of fonts?.entries() ?? []) {
      maps.set(name.asString(), toUnicodeMap(doc.context.lookup(ref as PDFRef, PDFDict)));
    }
    const contents = page.node.Contents();
    const streams = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
    const lines: string[] = [];
    let map = new Map<string, string>();
    for (const ref of streams) {
      const stream = doc.context.lookup(ref);
      if (!(stream instanceof PDFRawStream)) continue;
      for (const [, font, hex] of streamText(stream).matchAll(
        /(\/\S+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]*)>\s*Tj/g,
      )) {
        if (font) map = maps.get(font) ?? new Map();
        else
          lines.push(
            (hex!.toUpperCase().match(/.{4}/g) ?? []).map((code) => map.get(code) ?? '\uFFFD').join(''),
          );
      }
    }
    return lines.join('\n');
  });
}
