import { type PDFFont, type PDFPage, rgb, setCharacterSpacing } from 'pdf-lib';
import { createPdf } from './document.js';
import { embedFonts, fontMeasure } from './fonts.js';
import { breakLines, type Measure } from './line-break.js';
import { type Block, paginate } from './paginate.js';
import { drawQrCode } from './qr-code.js';

export interface PdfField {
  label: string;
  value: string;
}

/** A document attached after the main one, on its own page (附件), e.g. the applicant's commitment. */
export interface PdfAnnex {
  title: string;
  paragraphs: string[];
  fields?: PdfField[];
  /** Right-aligned closing lines, e.g. who signed and when. */
  signature?: string[];
}

/** A one-authority document: notice, decision, receipt. Every string is printed as given. */
export interface PdfSpec {
  title: string;
  documentNo?: string;
  applicationNo?: string;
  recipient?: string;
  paragraphs: string[];
  fields?: PdfField[];
  issuer?: string;
  date?: string;
  verifyUrl?: string;
  annexes?: PdfAnnex[];
}

// A4 with the type area of GB/T 9704-2012: margins of 37 mm top, 35 mm bottom, 28 mm left,
// 26 mm right. The title in 2-point size (22 pt) as there; the body a little smaller than its
// 3-point size (15 pt instead of 16), so that a notice with its table fits on one page.
const MM = 72 / 25.4;
const PAGE: [number, number] = [210 * MM, 297 * MM];
const LEFT = 28 * MM;
const RIGHT = PAGE[0] - 26 * MM;
const TOP = PAGE[1] - 37 * MM;
const BOTTOM = 35 * MM;
const WIDTH = RIGHT - LEFT;
const BODY = { size: 15, leading: 26 };
const TITLE = { size: 22, leading: 34 };
const TABLE = { size: 12, leading: 19, padX: 6, padY: 4 };
const FOOTER = { size: 9, qr: 58, caption: 8 };
const INK = rgb(0, 0, 0);
const RULE = rgb(0.35, 0.35, 0.35);
const SHADE = rgb(0.94, 0.94, 0.94);
// Justified lines get at most this much extra space between characters; looser lines stay ragged.
const MAX_JUSTIFY_EM = 0.25;

interface Face {
  font: PDFFont;
  size: number;
  measure: Measure;
}

function faceOf(font: PDFFont, size: number): Face {
  return { font, size, measure: fontMeasure(font, size) };
}

/** One line of text in a box `leading` high, the glyphs centred vertically in the box. */
function drawLine(
  page: PDFPage,
  top: number,
  text: string,
  x: number,
  face: Face,
  leading: number,
  spacing = 0,
) {
  const baseline = top - leading / 2 - face.size * 0.36;
  if (spacing) page.pushOperators(setCharacterSpacing(spacing));
  page.drawText(text, { x, y: baseline, size: face.size, font: face.font, color: INK });
  if (spacing) page.pushOperators(setCharacterSpacing(0));
}

const spacer = (height: number): Block => ({ height, spacer: true });

function lineBlock(text: string, x: number, face: Face, leading: number, spacing = 0): Block {
  return { height: leading, draw: (page, top) => drawLine(page, top, text, x, face, leading, spacing) };
}

function centred(text: string, face: Face, leading: number): Block[] {
  return text
    .split('\n')
    .flatMap((part) => breakLines(part, WIDTH, face.measure))
    .map((line) => line.trim())
    .map((line) => lineBlock(line, LEFT + (WIDTH - face.measure(line)) / 2, face, leading));
}

/** A body paragraph: two-character first-line indent, justified except for its last line. */
function paragraph(text: string, face: Face): Block[] {
  const indent = face.size * 2;
  const lines = breakLines(text, WIDTH, face.measure, WIDTH - indent);
  return lines.map((line, i) => {
    const shown = line.trimEnd();
    const room = (i === 0 ? WIDTH - indent : WIDTH) - face.measure(shown);
    const gaps = [...shown].length - 1;
    const last = i === lines.length - 1 || line.endsWith('\n');
    const spacing = !last && gaps > 0 && room / gaps <= face.size * MAX_JUSTIFY_EM ? room / gaps : 0;
    const block = lineBlock(shown, i === 0 ? LEFT + indent : LEFT, face, BODY.leading, spacing);
    // A paragraph's last line never stands alone at the top of a page.
    return { ...block, keepWithPrevious: i > 0 && i === lines.length - 1 };
  });
}

/**
 * Two columns, label and value, ruled. A row is never split, and a table that fits on a page
 * moves to the next one whole rather than break.
 */
function fieldTable(fields: PdfField[], regular: Face, bold: Face): Block[] {
  const { leading, padX, padY } = TABLE;
  const widest = Math.max(...fields.map((f) => bold.measure(f.label)));
  const labelWidth = Math.min(widest + 2 * padX, WIDTH * 0.35);
  const rows = fields.map((field, row): Block => {
    const labels = breakLines(field.label, labelWidth - 2 * padX, bold.measure);
    const values = field.value
      .split('\n')
      .flatMap((v) => breakLines(v, WIDTH - labelWidth - 2 * padX, regular.measure));
    const height = Math.max(labels.length, values.length) * leading + 2 * padY;
    return {
      height,
      keepWithPrevious: row > 0,
      draw(page, top) {
        page.drawRectangle({ x: LEFT, y: top - height, width: labelWidth, height, color: SHADE });
        for (const [x, w] of [
          [LEFT, labelWidth],
          [LEFT + labelWidth, WIDTH - labelWidth],
        ] as const) {
          page.drawRectangle({ x, y: top - height, width: w, height, borderColor: RULE, borderWidth: 0.6 });
        }
        const cell = (lines: string[], x: number, face: Face) => {
          lines.forEach((text, i) => {
            drawLine(page, top - padY - i * leading, text.trimEnd(), x, face, leading);
          });
        };
        cell(labels, LEFT + padX, bold);
        cell(values, LEFT + labelWidth + padX, regular);
      },
    };
  });
  return [spacer(leading / 2), ...rows];
}

/**
 * Closing lines as GB/T 9704 places issuer and date: the last line four characters from the
 * right edge, the lines above centred on it, one blank line above them where the seal's top
 * sits. They stay on the page of the text they close.
 */
function signature(lines: string[], face: Face): Block[] {
  if (!lines.length) return [];
  const anchor = RIGHT - face.size * 4 - face.measure(lines.at(-1)!) / 2;
  const { leading } = BODY;
  return [
    {
      height: leading * (lines.length + 1),
      keepWithPrevious: true,
      draw(page, top) {
        lines.forEach((text, i) => {
          const w = face.measure(text);
          const x = Math.max(LEFT, Math.min(anchor - w / 2, RIGHT - w));
          drawLine(page, top - leading * (i + 1), text, x, face, leading);
        });
      },
    },
  ];
}

/** Every page: QR code and its caption bottom-left, page number centred, application number right. */
function drawFooters(pages: PDFPage[], spec: PdfSpec, face: Face, caption: Face) {
  const baseline = BOTTOM - 40;
  pages.forEach((page, i) => {
    const number = pages.length > 1 ? `— ${i + 1} / ${pages.length} —` : `— ${i + 1} —`;
    const text = (s: string, x: number, y: number, f: Face) =>
      page.drawText(s, { x, y, size: f.size, font: f.font, color: INK });
    text(number, LEFT + (WIDTH - face.measure(number)) / 2, baseline, face);
    if (spec.applicationNo) {
      const no = `办件编号：${spec.applicationNo}`;
      text(no, RIGHT - face.measure(no), baseline, face);
    }
    if (spec.verifyUrl) {
      const y = BOTTOM - 12 - FOOTER.qr;
      drawQrCode(page, spec.verifyUrl, { x: LEFT, y, size: FOOTER.qr });
      text('扫码核验', LEFT + (FOOTER.qr - caption.measure('扫码核验')) / 2, y - caption.size - 2, caption);
    }
  });
}

/**
 * Renders a Chinese government notice on A4. Equal specs give byte-equal PDFs (no
 * timestamps, fixed font names), so a stored spec re-renders to the document once issued.
 */
export async function renderPdf(spec: PdfSpec): Promise<Uint8Array> {
  const doc = await createPdf();
  doc.setTitle(spec.title.replace(/\n/g, ' '));
  if (spec.documentNo) doc.setSubject(spec.documentNo);
  doc.setCreator('OneWindow');
  doc.setProducer('OneWindow');
  doc.setLanguage('zh-CN');
  const fonts = await embedFonts(doc);
  const body = faceOf(fonts.regular, BODY.size);
  const heading = faceOf(fonts.bold, BODY.size);
  const title = faceOf(fonts.bold, TITLE.size);
  const table = [faceOf(fonts.regular, TABLE.size), faceOf(fonts.bold, TABLE.size)] as const;

  const blocks: Block[] = [
    ...centred(spec.title, title, TITLE.leading),
    ...(spec.documentNo ? centred(spec.documentNo, body, BODY.leading) : []),
    spacer(BODY.leading / 2),
    ...(spec.recipient ? [lineBlock(`${spec.recipient}：`, LEFT, body, BODY.leading)] : []),
    ...spec.paragraphs.flatMap((text) => paragraph(text, body)),
    ...(spec.fields?.length ? fieldTable(spec.fields, ...table) : []),
    ...signature(
      [spec.issuer, spec.date].filter((l): l is string => Boolean(l)),
      body,
    ),
  ];
  spec.annexes?.forEach((annex, i) => {
    const label = spec.annexes!.length > 1 ? `附件${i + 1}` : '附件';
    blocks.push(
      { ...lineBlock(label, LEFT, heading, BODY.leading), pageBreak: true },
      ...centred(annex.title, title, TITLE.leading),
      spacer(BODY.leading / 2),
      ...annex.paragraphs.flatMap((text) => paragraph(text, body)),
      ...(annex.fields?.length ? fieldTable(annex.fields, ...table) : []),
      ...signature(annex.signature ?? [], body),
    );
  });

  const pages = paginate(blocks, TOP - BOTTOM).map((placed) => {
    const page = doc.addPage(PAGE);
    let top = TOP;
    for (const block of placed) {
      block.draw?.(page, top);
      top -= block.height;
    }
    return page;
  });
  drawFooters(pages, spec, faceOf(fonts.regular, FOOTER.size), faceOf(fonts.regular, FOOTER.caption));
  return doc.save();
}
