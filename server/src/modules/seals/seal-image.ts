import { degrees, type PDFFont, type PDFPage, rgb } from 'pdf-lib';

export interface SealImageOptions {
  /** The owner's full name, set along the upper arc (佛山市市场监督管理局). */
  name: string;
  /** Centre of the seal in PDF points (origin bottom left). */
  centerX: number;
  centerY: number;
  /** Outer radius in points; an official round seal is 42 mm across, about 60 points radius. */
  radius: number;
  /** A font with the name's and the label's glyphs (a CJK font). */
  font: PDFFont;
  /** The horizontal line under the star. */
  label?: string;
  /** Lets the text under the seal show through, as ink does. */
  opacity?: number;
}

export const SEAL_RED = rgb(0.86, 0.08, 0.1);
export const DEFAULT_SEAL_LABEL = '电子印章专用章';

/** Five-pointed star centred on the origin in SVG coordinates (y down), one point up. */
function starPath(outer: number): string {
  const inner = outer * 0.382;
  const points = Array.from({ length: 10 }, (_, i) => {
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    const r = i % 2 === 0 ? outer : inner;
    return `${(r * Math.cos(angle)).toFixed(3)} ${(r * Math.sin(angle)).toFixed(3)}`;
  });
  return `M ${points.join(' L ')} Z`;
}

/**
 * Draws a red round official seal (圆形公章): a ring, the name along the upper arc reading left
 * to right, a five-pointed star in the middle and the label below it.
 */
export function drawSeal(page: PDFPage, options: SealImageOptions): void {
  const { name, centerX, centerY, radius, font } = options;
  const label = options.label ?? DEFAULT_SEAL_LABEL;
  const opacity = options.opacity ?? 0.9;
  const ring = radius * 0.055;
  page.drawCircle({
    x: centerX,
    y: centerY,
    size: radius - ring / 2,
    borderColor: SEAL_RED,
    borderWidth: ring,
    borderOpacity: opacity,
  });

  const starOuter = radius * 0.3;
  page.drawSvgPath(starPath(starOuter), { x: centerX, y: centerY, color: SEAL_RED, opacity });

  const chars = [...name];
  // Characters stand on a circle inside the ring, their tops toward it, spread evenly over an arc
  // of 150° to 240° as engravers do: short names get wider gaps, long ones smaller characters.
  const baseline = radius * 0.67;
  const toRadians = (deg: number) => (deg * Math.PI) / 180;
  const size = Math.min(radius * 0.21, (baseline * toRadians(240)) / (chars.length * 1.1));
  const span = Math.min(toRadians(240), Math.max(toRadians(150), (chars.length * size * 1.1) / baseline));
  const step = chars.length > 1 ? span / (chars.length - 1) : 0;
  const first = chars.length > 1 ? Math.PI / 2 + span / 2 : Math.PI / 2;
  chars.forEach((char, i) => {
    const theta = first - i * step;
    const phi = theta - Math.PI / 2;
    const width = font.widthOfTextAtSize(char, size);
    page.drawText(char, {
      x: centerX + baseline * Math.cos(theta) - (width / 2) * Math.cos(phi),
      y: centerY + baseline * Math.sin(theta) - (width / 2) * Math.sin(phi),
      size,
      font,
      color: SEAL_RED,
      opacity,
      rotate: degrees((phi * 180) / Math.PI),
    });
  });

  if (label) {
    let labelSize = radius * 0.15;
    const maxWidth = radius * 1.2;
    const labelWidth = font.widthOfTextAtSize(label, labelSize);
    if (labelWidth > maxWidth) labelSize *= maxWidth / labelWidth;
    page.drawText(label, {
      x: centerX - font.widthOfTextAtSize(label, labelSize) / 2,
      y: centerY - starOuter - radius * 0.2 - labelSize * 0.8,
      size: labelSize,
      font,
      color: SEAL_RED,
      opacity,
    });
  }
}
