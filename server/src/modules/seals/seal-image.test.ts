import { spawnSync } from 'node:child_process';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { embedFonts } from '../../platform/pdf/fonts.js';
import { pdftoppm } from '../../test-support/pdfsig.js';
import { drawSeal } from './index.js';

/** Renders page 1 at 72 dpi (one pixel per point) into RGB rows, top row first. */
function render(pdf: Uint8Array) {
  const run = spawnSync(pdftoppm(), ['-r', '72', '-f', '1', '-l', '1', '-'], {
    input: pdf,
    maxBuffer: 64 << 20,
  });
  const ppm = run.stdout;
  // P6\n<width> <height>\n255\n<pixels>
  const [magic, width, height, max] = ppm.subarray(0, 40).toString('latin1').split(/\s+/);
  expect(magic).toBe('P6');
  expect(max).toBe('255');
  const header = ppm.indexOf('255\n') + 4;
  const w = Number(width);
  const h = Number(height);
  return {
    /** The pixel at PDF coordinates (origin bottom left). */
    at(x: number, y: number) {
      const i = header + ((h - 1 - Math.round(y)) * w + Math.round(x)) * 3;
      return { r: ppm[i] ?? 0, g: ppm[i + 1] ?? 0, b: ppm[i + 2] ?? 0 };
    },
  };
}
const isRed = (p: { r: number; g: number; b: number }) => p.r > 150 && p.g < 120 && p.b < 120;
const isWhite = (p: { r: number; g: number; b: number }) => p.r > 240 && p.g > 240 && p.b > 240;

describe('the seal image', () => {
  it('draws a red ring, a star in the middle, the name over the upper arc and the label below', async () => {
    const doc = await PDFDocument.create();
    const { bold } = await embedFonts(doc);
    const page = doc.addPage([300, 300]);
    const name = '佛山市市场监督管理局';
    drawSeal(page, { name, centerX: 150, centerY: 150, radius: 100, font: bold });
    const pdf = await doc.save();
    const image = render(pdf);

    const ring = [0, 45, 90, 135, 180, 225, 270, 315].map((deg) => {
      const a = (deg * Math.PI) / 180;
      return image.at(150 + 97 * Math.cos(a), 150 + 97 * Math.sin(a));
    });
    expect(ring.every(isRed)).toBe(true);
    expect(isRed(image.at(150, 150))).toBe(true);
    expect(isRed(image.at(150, 170))).toBe(true);
    expect(isWhite(image.at(150, 255))).toBe(true);
    expect(isWhite(image.at(40, 40))).toBe(true);

    // Ink on the arc where the name runs (upper side) and none on the lower arc, which is empty.
    // (Radii 74–88: outside the label, which sits below the star.)
    const inkAlong = (from: number, to: number) => {
      let red = 0;
      for (let deg = from; deg <= to; deg += 1) {
        for (let r = 74; r <= 88; r += 2) {
          const a = (deg * Math.PI) / 180;
          if (isRed(image.at(150 + r * Math.cos(a), 150 + r * Math.sin(a)))) red++;
        }
      }
      return red;
    };
    expect(inkAlong(0, 180)).toBeGreaterThan(200);
    expect(inkAlong(250, 290)).toBe(0);
    // The label's band below the star.
    let label = 0;
    for (let x = 100; x <= 200; x++) for (let y = 90; y <= 110; y++) if (isRed(image.at(x, y))) label++;
    expect(label).toBeGreaterThan(100);

    // The name and the label are real text in the font, not outlines.
    const text = spawnSync('pdftotext', ['-', '-'], { input: pdf }).stdout.toString('utf8');
    for (const char of `${name}电子印章专用章`) expect(text).toContain(char);
  });

  it('fits a long name on the arc by making its characters smaller', async () => {
    const doc = await PDFDocument.create();
    const { bold } = await embedFonts(doc);
    const page = doc.addPage([300, 300]);
    drawSeal(page, {
      name: '佛山市南海区政务服务数据管理局行政审批服务中心',
      centerX: 150,
      centerY: 150,
      radius: 100,
      font: bold,
    });
    const image = render(await doc.save());
    // Nothing spills over the ring or into the star's surroundings near the bottom.
    expect(isWhite(image.at(150, 35))).toBe(true);
    expect(isWhite(image.at(150, 150 - 100 - 10))).toBe(true);
  });
});
