import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { embedFonts, fontMeasure } from './fonts.js';

const SAMPLE = '佛山市市场监督管理局受理通知书（2026）第12号：OneWindow, 办件编号 4406-X。“一网通办”';

describe('fontMeasure', () => {
  it('measures as the embedded font itself does, in every document, both weights and any size', async () => {
    for (let round = 0; round < 2; round++) {
      const fonts = await embedFonts(await PDFDocument.create());
      for (const font of [fonts.regular, fonts.bold]) {
        for (const size of [8, 12, 15, 22]) {
          const measure = fontMeasure(font, size);
          for (const text of [SAMPLE, ...SAMPLE.split('')])
            expect(measure(text)).toBeCloseTo(font.widthOfTextAtSize(text, size), 9);
        }
      }
    }
  });

  it('tells the weights apart', async () => {
    const { regular, bold } = await embedFonts(await PDFDocument.create());
    expect(fontMeasure(bold, 15)('OneWindow')).toBeGreaterThan(fontMeasure(regular, 15)('OneWindow'));
  });
});
