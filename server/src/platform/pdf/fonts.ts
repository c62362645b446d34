import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkit';
import type { PDFDocument } from 'pdf-lib';

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

/** Embeds the regular and bold weights as subsets under fixed names, so equal input gives equal bytes. */
export async function embedFonts(doc: PDFDocument) {
  doc.registerFontkit(cachingFontkit as unknown as Parameters<PDFDocument['registerFontkit']>[0]);
  const [regular, bold] = await Promise.all([
    doc.embedFont(fontBytes('regular'), { subset: true, customName: 'NotoSansSC-Regular' }),
    doc.embedFont(fontBytes('bold'), { subset: true, customName: 'NotoSansSC-Bold' }),
  ]);
  return { regular, bold };
}
