import { degrees, type PDFFont, type PDFPage, rgb, setCharacterSpacing } from 'pdf-lib';
import type { AppContext } from '../../platform/http/index.js';
import { breakLines, createPdf, drawQrCode, embedFonts, fontMeasure } from '../../platform/pdf/index.js';
import { drawSeal } from '../seals/index.js';
import type { LicenseContent } from './content.js';
import type { IssuableType } from './type-definition.js';
import { chineseDate, validityText } from './validity.js';

export interface CertificateRow {
  label: string;
  value: string;
}

/** Everything printed on a licence certificate; all strings as they are to appear. */
export interface CertificateSpec {
  title: string;
  licenseNo: string;
  verifyCode: string;
  rows: CertificateRow[];
  issuerName: string;
  issuedOn: string;
  verifyUrl: string;
  /** Centre and radius of the seal, millimetres from the bottom-left corner. */
  seal: { x: number; y: number; radius: number };
  /** A holder's copy (not the signed original): what it may be used for, and when it was made. */
  watermark?: { purpose: string; date: string };
}

const MM = 72 / 25.4;
const PAGE: [number, number] = [210 * MM, 297 * MM];
const LEFT = 28 * MM;
const RIGHT = PAGE[0] - 28 * MM;
const LABEL_WIDTH = 50 * MM;
const ROWS_TOP = 226 * MM;
// Rows end above the issuer block; the seal's top edge may overlap the last row a little, as ink does.
const ROWS_BOTTOM = 92 * MM;
const FRAME = rgb(0.64, 0.12, 0.1);
const INK = rgb(0.1, 0.1, 0.1);
const GREY = rgb(0.35, 0.35, 0.35);
const WATERMARK = rgb(0.85, 0.1, 0.1);
// The body shrinks for long data (a business scope of a thousand characters) down to this size.
const BODY_SIZES = [13, 12, 11, 10, 9, 8];

interface Laid {
  label: string[];
  value: string[];
}

function layRows(rows: CertificateRow[], regular: PDFFont, bold: PDFFont, size: number): Laid[] {
  const labelMeasure = fontMeasure(bold, size);
  const valueMeasure = fontMeasure(regular, size);
  return rows.map((row) => ({
    label: breakLines(row.label, LABEL_WIDTH - 4 * MM, labelMeasure).map((l) => l.trim()),
    value: row.value
      .split('\n')
      .flatMap((part) => breakLines(part, RIGHT - LEFT - LABEL_WIDTH, valueMeasure))
      .map((l) => l.trimEnd()),
  }));
}

const leadingOf = (size: number) => size * 1.6;
const heightOf = (laid: Laid[], size: number) =>
  laid.reduce((h, r) => h + Math.max(r.label.length, r.value.length) * leadingOf(size) + size * 0.7, 0);

function centred(page: PDFPage, text: string, y: number, font: PDFFont, size: number, spacing = 0) {
  const chars = [...text].length;
  const width = font.widthOfTextAtSize(text, size) + spacing * (chars - 1);
  if (spacing) page.pushOperators(setCharacterSpacing(spacing));
  page.drawText(text, { x: (PAGE[0] - width) / 2, y, size, font, color: INK });
  if (spacing) page.pushOperators(setCharacterSpacing(0));
}

/** A double frame: a heavy outer rule, a thin inner one (inset in millimetres). */
function drawFrame(page: PDFPage) {
  for (const [inset, width] of [
    [10, 2.2],
    [13, 0.7],
  ] as const) {
    page.drawRectangle({
      x: inset * MM,
      y: inset * MM,
      width: PAGE[0] - 2 * inset * MM,
      height: PAGE[1] - 2 * inset * MM,
      borderColor: FRAME,
      borderWidth: width,
    });
  }
}

function drawRows(page: PDFPage, rows: CertificateRow[], regular: PDFFont, bold: PDFFont) {
  const available = ROWS_TOP - ROWS_BOTTOM;
  let size = BODY_SIZES.at(-1)!;
  let laid = layRows(rows, regular, bold, size);
  for (const candidate of BODY_SIZES) {
    const tried = layRows(rows, regular, bold, candidate);
    if (heightOf(tried, candidate) <= available) {
      size = candidate;
      laid = tried;
      break;
    }
  }
  const leading = leadingOf(size);
  let top = ROWS_TOP;
  for (const row of laid) {
    const lines = Math.max(row.label.length, row.value.length);
    // Whatever still does not fit at the smallest size ends with an ellipsis; the data keeps it all.
    const room = Math.floor((top - ROWS_BOTTOM) / leading);
    if (room <= 0) break;
    const shown = Math.min(lines, room);
    row.label.slice(0, shown).forEach((text, i) => {
      page.drawText(text, { x: LEFT, y: top - (i + 1) * leading + size * 0.3, size, font: bold, color: INK });
    });
    row.value.slice(0, shown).forEach((text, i) => {
      const last = i === shown - 1 && shown < row.value.length;
      page.drawText(last ? `${text.slice(0, -1)}…` : text, {
        x: LEFT + LABEL_WIDTH,
        y: top - (i + 1) * leading + size * 0.3,
        size,
        font: regular,
        color: INK,
      });
    });
    top -= shown * leading + size * 0.7;
  }
}

function drawWatermark(page: PDFPage, font: PDFFont, mark: NonNullable<CertificateSpec['watermark']>) {
  const text = `仅供${mark.purpose}使用 ${mark.date}`;
  const size = 22;
  const width = font.widthOfTextAtSize(text, size);
  for (let row = 0; row < 5; row++) {
    for (let col = 0; col < 2; col++) {
      page.drawText(text, {
        x: 20 * MM + col * (width * 0.8) - (row % 2) * 40 * MM,
        y: 40 * MM + row * 55 * MM,
        size,
        font,
        color: WATERMARK,
        opacity: 0.13,
        rotate: degrees(30),
      });
    }
  }
  const banner = `电子证照复印件 · 仅用于：${mark.purpose} · ${mark.date}`;
  const bannerSize = 10;
  page.drawText(banner, {
    x: (PAGE[0] - font.widthOfTextAtSize(banner, bannerSize)) / 2,
    y: PAGE[1] - 19 * MM,
    size: bannerSize,
    font,
    color: WATERMARK,
  });
}

export const verifyUrlOf = (ctx: AppContext, token: string) =>
  `${ctx.config.publicBaseUrl}/licenses/verify/${token}`;

/** The layout's fields as printed, with their labels, then the validity. */
export function printedRows(type: IssuableType, content: LicenseContent): CertificateRow[] {
  const rows = type.layout.fields.flatMap((key) => {
    const field = type.fields.find((f) => f.key === key);
    const value = content.data[key];
    if (!field || value === undefined) return [];
    const text = field.type === 'date' ? chineseDate(String(value)) : String(value);
    return [{ label: field.label, value: field.unit ? `${text} ${field.unit}` : text }];
  });
  rows.push({ label: '有效期限', value: validityText(content.validFrom, content.validUntil) });
  return rows;
}

/** What a certificate prints; a holder's copy adds its watermark. */
export function certificateSpec(
  ctx: AppContext,
  type: IssuableType,
  content: LicenseContent,
  codes: { verifyToken: string; verifyCode: string },
): CertificateSpec {
  return {
    title: type.layout.title ?? type.name,
    licenseNo: content.licenseNo,
    verifyCode: codes.verifyCode,
    rows: printedRows(type, content),
    issuerName: content.issuer.name,
    issuedOn: chineseDate(content.validFrom),
    verifyUrl: verifyUrlOf(ctx, codes.verifyToken),
    seal: type.layout.seal,
  };
}

/**
 * The title's size and letter spacing: short names spaced out, long ones (河道管理范围内建设项目
 * 工程建设方案审批意见, twenty characters) shrunk from 30 pt to stay within the margins.
 */
export function titleLayout(title: string, bold: PDFFont) {
  const chars = [...title].length;
  const spacing = chars <= 6 ? 12 : 2;
  const gaps = spacing * (chars - 1);
  const size = Math.min(30, Math.floor((RIGHT - LEFT - gaps) / bold.widthOfTextAtSize(title, 1)));
  return { size, spacing, width: bold.widthOfTextAtSize(title, size) + gaps, maxWidth: RIGHT - LEFT };
}

/**
 * The certificate of a licence on A4: frame, title, number, the layout's fields, validity,
 * issuer and date under the department's seal, and the QR code of its verification page.
 * The PDF is unsigned: the caller seals it (PAdES) and signs its digest (SM2).
 */
export async function renderCertificate(spec: CertificateSpec): Promise<Uint8Array> {
  const doc = await createPdf();
  doc.setTitle(`${spec.title} ${spec.licenseNo}`);
  // The number in the document's own metadata lets an uploaded copy be matched to its licence.
  doc.setSubject(spec.licenseNo);
  doc.setKeywords(['电子证照', spec.licenseNo]);
  doc.setCreator('OneWindow');
  doc.setProducer('OneWindow');
  doc.setLanguage('zh-CN');
  const { regular, bold } = await embedFonts(doc);
  const page = doc.addPage(PAGE);
  drawFrame(page);

  const title = titleLayout(spec.title, bold);
  centred(page, spec.title, 250 * MM, bold, title.size, title.spacing);
  centred(page, '（电子证照）', 240 * MM, regular, 12);
  const no = `编号：${spec.licenseNo}`;
  page.drawText(no, {
    x: RIGHT - regular.widthOfTextAtSize(no, 11),
    y: 232 * MM,
    size: 11,
    font: regular,
    color: INK,
  });

  drawRows(page, spec.rows, regular, bold);

  const sealX = spec.seal.x * MM;
  const sealY = spec.seal.y * MM;
  const issuerSize = 14;
  for (const [text, dy] of [
    [spec.issuerName, 5 * MM],
    [spec.issuedOn, -5 * MM],
  ] as const) {
    page.drawText(text, {
      x: sealX - regular.widthOfTextAtSize(text, issuerSize) / 2,
      y: sealY + dy,
      size: issuerSize,
      font: regular,
      color: INK,
    });
  }
  drawSeal(page, {
    name: spec.issuerName,
    centerX: sealX,
    centerY: sealY,
    radius: spec.seal.radius * MM,
    font: regular,
  });

  const qrSize = 30 * MM;
  const qrY = 24 * MM;
  drawQrCode(page, spec.verifyUrl, { x: LEFT, y: qrY, size: qrSize });
  const small = 8.5;
  const notes = [
    '扫描二维码核验本证照',
    `核验码：${spec.verifyCode.slice(0, 4)} ${spec.verifyCode.slice(4)}`,
    '本证照由佛山市一网通办平台签发，附发证机关电子签章（SM2）',
    '和数字签名（PAdES），与纸质证照具有同等法律效力。',
  ];
  notes.forEach((text, i) => {
    page.drawText(text, {
      x: LEFT + qrSize + 5 * MM,
      y: qrY + qrSize - (i + 1) * small * 1.7,
      size: small,
      font: regular,
      color: GREY,
    });
  });
  if (spec.watermark) drawWatermark(page, regular, spec.watermark);
  return doc.save({ useObjectStreams: false });
}
