import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { characterMeasure, type Measure } from './line-break.js';

// fontkit 1.9 with pdf-lib's subsetting keeps every Chinese glyph; @pdf-lib/fontkit blanks
// most of them and fontkit 2 does not load. Noto Sans SC ships as TTF, which pdf-lib embeds.
const require = createRequire(import.meta.url);
const FILES = {
  regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
} as const;
type Weight = keyof typeof FILES;

// Each weight is about 10 MB: read and parsed once per process, then shared by every render.
const bytesCache = new Map<Weight, Uint8Array>();
function fontBytes(weight: Weight): Uint8Array {
  let bytes = bytesCache.get(weight);
  if (!bytes) {
    bytes = readFileSync(require.resolve(FILES[weight]));
    bytesCache.set(weight, bytes);
  }
  return bytes;
}

// pdf-lib asks fontkit to parse the font file on every embed; parsing 10 MB each time
// would dominate a render, so the parsed font is kept (subsets are still made per document).
const parsed = new Map<Uint8Array, Font>();
const cachingFontkit = {
  create(buffer: Uint8Array) {
    let font = parsed.get(buffer);
    if (!font) {
      font = create(Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength)) as Font;
      parsed.set(buffer, font);
    }
    return font;
  },
};

const NAMES: Record<Weight, string> = { regular: 'NotoSansSC-Regular', bold: 'NotoSansSC-Bold' };

/** Embeds the regular and bold weights as subsets under fixed names, so equal input gives equal bytes. */
export async function embedFonts(doc: PDFDocument) {
  doc.registerFontkit(cachingFontkit as unknown as Parameters<PDFDocument['registerFontkit']>[0]);
  const [regular, bold] = await Promise.all([
    doc.embedFont(fontBytes('regular'), { subset: true, customName: NAMES.regular }),
    doc.embedFont(fontBytes('bold'), { subset: true, customName: NAMES.bold }),
  ]);
  return { regular, bold };
}

// Advance widths belong to the font and the size, not to a document: each character is laid
// out by fontkit once per process, not once per document (measuring was a tenth of a render).
const measures = new Map<string, Measure>();

/** The advance width of a string set in an embedded font (from `embedFonts`) at `size` points. */
export function fontMeasure(font: PDFFont, size: number): Measure {
  const key = `${font.name}|${size}`;
  let measure = measures.get(key);
  if (!measure) {
    const weight = (Object.keys(NAMES) as Weight[]).find((w) => NAMES[w] === font.name);
    if (!weight) throw new Error(`not a font of embedFonts: ${font.name}`);
    const parsedFont = cachingFontkit.create(fontBytes(weight));
    // As pdf-lib's widthOfTextAtSize computes it, step for step, from the same layout.
    const scale = 1000 / parsedFont.unitsPerEm;
    measure = characterMeasure((ch) => {
      const advance = parsedFont.layout(ch).glyphs.reduce((sum, glyph) => sum + glyph.advanceWidth, 0);
      return advance * scale * (size / 1000);
    });
    measures.set(key, measure);
  }
  return measure;
}
