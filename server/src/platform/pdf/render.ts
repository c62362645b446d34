import { PDFDocument, type PDFFont, type PDFImage, type PDFPage, rgb, setCharacterSpacing } from 'pdf-lib';
import QRCode from 'qrcode';
import { embedFonts } from './fonts.js';
import { breakLines, characterMeasure, type Measure } from './line-break.js';

/** A one-authority document: notice, decision, receipt. Every string is printed as given. */
export interface PdfSpec {
  title: string;
  documentNo?: string;
  applicationNo?: string;
  recipient?: string;
  paragraphs: string[];
  fields?: { label: string; value: string }[];
  issuer?: string;
  date?: string;
  verifyUrl?: string;
}

// A4 with the type area of GB/T 9704-2012 (party and government documents): margins of
// 37 mm top, 35 mm bottom, 28 mm left, 26 mm right; body text in 3-point size (16 pt),
// 22 lines a page; the title in 2-point size (22 pt).
const MM = 72 / 25.4;
const PAGE: [number, number] = [210 * MM, 297 * MM];
const LEFT = 28 * MM;
const RIGHT = PAGE[0] - 26 * MM;
const TOP = PAGE[1] - 37 * MM;
const BOTTOM = 35 * MM;
const WIDTH = RIGHT - LEFT;
const BODY = { size: 16, leading: 28.9 };
const TITLE = { size: 22, leading: 34 };
const TABLE = { size: 14, leading: 23, padX: 6, padY: 4 };
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
  return { font, size, measure: characterMeasure((ch) => font.widthOfTextAtSize(ch, size)) };
}

/** Pages and the cursor: `y` is the top of the next line box. */
function createFlow(doc: PDFDocument) {
  const pages: PDFPage[] = [];
  const flow = {
    pages,
    page: undefined as unknown as PDFPage,
    y: TOP,
    newPage() {
      flow.page = doc.addPage(PAGE);
      pages.push(flow.page);
      flow.y = TOP;
    },
    /** Starts a new page unless `height` still fits on this one. */
    reserve(height: number) {
      if (flow.y - height < BOTTOM) flow.newPage();
    },
    /** Draws one line in a box of `leading` height, its glyphs centred vertically in the box. */
    line(text: string, x: number, face: Face, leading: number, spacing = 0) {
      flow.reserve(leading);
      const baseline = flow.y - leading / 2 - face.size * 0.36;
      if (spacing) flow.page.pushOperators(setCharacterSpacing(spacing));
      flow.page.drawText(text, { x, y: baseline, size: face.size, font: face.font, color: INK });
      if (spacing) flow.page.pushOperators(setCharacterSpacing(0));
      flow.y -= leading;
    },
  };
  flow.newPage();
  return flow;
}
type Flow = ReturnType<typeof createFlow>;

function centred(flow: Flow, text: string, face: Face, leading: number) {
  for (const line of text.split('\n').flatMap((part) => breakLines(part, WIDTH, face.measure))) {
    const trimmed = line.trim();
    flow.line(trimmed, LEFT + (WIDTH - face.measure(trimmed)) / 2, face, leading);
  }
}

/** A body paragraph: two-character first-line indent, justified except for its last line. */
function paragraph(flow: Flow, text: string, face: Face) {
  const indent = face.size * 2;
  const lines = breakLines(text, WIDTH, face.measure, WIDTH - indent);
  lines.forEach((line, i) => {
    const x = i === 0 ? LEFT + indent : LEFT;
    const shown = line.trimEnd();
    const room = (i === 0 ? WIDTH - indent : WIDTH) - face.measure(shown);
    const gaps = [...shown].length - 1;
    const last = i === lines.length - 1 || line.endsWith('\n');
    const spacing = !last && gaps > 0 && room / gaps <= face.size * MAX_JUSTIFY_EM ? room / gaps : 0;
    flow.line(shown, x, face, BODY.leading, spacing);
  });
}

/** Two columns, label and value, ruled; a row is never split across pages. */
function fieldTable(flow: Flow, fields: { label: string; value: string }[], regular: Face, bold: Face) {
  const { leading, padX, padY } = TABLE;
  const widest = Math.max(...fields.map((f) => bold.measure(f.label)));
  const labelWidth = Math.min(widest + 2 * padX, WIDTH * 0.35);
  flow.y -= leading / 2;
  for (const field of fields) {
    const labelLines = breakLines(field.label, labelWidth - 2 * padX, bold.measure);
    const valueLines = field.value
      .split('\n')
      .flatMap((v) => breakLines(v, WIDTH - labelWidth - 2 * padX, regular.measure));
    const height = Math.max(labelLines.length, valueLines.length) * leading + 2 * padY;
    flow.reserve(height);
    const top = flow.y;
    flow.page.drawRectangle({ x: LEFT, y: top - height, width: labelWidth, height, color: SHADE });
    for (const [x, w] of [
      [LEFT, labelWidth],
      [LEFT + labelWidth, WIDTH - labelWidth],
    ] as const) {
      flow.page.drawRectangle({ x, y: top - height, width: w, height, borderColor: RULE, borderWidth: 0.6 });
    }
    const cell = (lines: string[], x: number, face: Face) => {
      flow.y = top - padY;
      for (const line of lines) flow.line(line.trimEnd(), x, face, leading);
    };
    cell(labelLines, LEFT + padX, bold);
    cell(valueLines, LEFT + labelWidth + padX, regular);
    flow.y = top - height;
  }
}

/**
 * Issuer and date, as GB/T 9704 places them: the date four characters from the right edge,
 * the issuer centred above it, with room for the seal above both.
 */
function signature(flow: Flow, issuer: string | undefined, date: string | undefined, face: Face) {
  const lines = [issuer, date].filter((l): l is string => Boolean(l));
  flow.reserve(BODY.leading * (2 + lines.length));
  flow.y -= BODY.leading * 2;
  const dateRight = RIGHT - face.size * 4;
  const anchor = date ? dateRight - face.measure(date) / 2 : dateRight - face.measure(issuer ?? '') / 2;
  for (const text of lines) {
    const w = face.measure(text);
    const x = Math.max(LEFT, Math.min(anchor - w / 2, RIGHT - w));
    flow.line(text, x, face, BODY.leading);
  }
}

/** Every page: QR code and its caption bottom-left, page number centred, application number right. */
function footers(flow: Flow, spec: PdfSpec, face: Face, qr: PDFImage | undefined, caption: Face) {
  const total = flow.pages.length;
  const baseline = BOTTOM - 40;
  flow.pages.forEach((page, i) => {
    const number = total > 1 ? `— ${i + 1} / ${total} —` : `— ${i + 1} —`;
    page.drawText(number, {
      x: LEFT + (WIDTH - face.measure(number)) / 2,
      y: baseline,
      size: face.size,
      font: face.font,
    });
    if (spec.applicationNo) {
      const text = `办件编号：${spec.applicationNo}`;
      page.drawText(text, { x: RIGHT - face.measure(text), y: baseline, size: face.size, font: face.font });
    }
    if (qr) {
      const y = BOTTOM - 12 - FOOTER.qr;
      page.drawImage(qr, { x: LEFT, y, width: FOOTER.qr, height: FOOTER.qr });
      const text = '扫码核验';
      page.drawText(text, {
        x: LEFT + (FOOTER.qr - caption.measure(text)) / 2,
        y: y - caption.size - 2,
        size: caption.size,
        font: caption.font,
      });
    }
  });
}

/**
 * Renders a Chinese government notice on A4. Equal specs give byte-equal PDFs (no
 * timestamps, fixed font names), so a stored spec re-renders to the document once issued.
 */
export async function renderPdf(spec: PdfSpec): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(spec.title.replace(/\n/g, ' '));
  if (spec.documentNo) doc.setSubject(spec.documentNo);
  doc.setCreator('OneWindow');
  doc.setProducer('OneWindow');
  doc.setLanguage('zh-CN');
  const fonts = await embedFonts(doc);
  const body = faceOf(fonts.regular, BODY.size);
  const flow = createFlow(doc);

  centred(flow, spec.title, faceOf(fonts.bold, TITLE.size), TITLE.leading);
  if (spec.documentNo) centred(flow, spec.documentNo, body, BODY.leading);
  flow.y -= BODY.leading / 2;
  if (spec.recipient) flow.line(`${spec.recipient}：`, LEFT, body, BODY.leading);
  for (const text of spec.paragraphs) paragraph(flow, text, body);
  if (spec.fields?.length)
    fieldTable(flow, spec.fields, faceOf(fonts.regular, TABLE.size), faceOf(fonts.bold, TABLE.size));
  if (spec.issuer || spec.date) signature(flow, spec.issuer, spec.date, body);

  const qr = spec.verifyUrl
    ? await doc.embedPng(
        await QRCode.toBuffer(spec.verifyUrl, {
          type: 'png',
          errorCorrectionLevel: 'M',
          margin: 1,
          scale: 4,
        }),
      )
    : undefined;
  footers(flow, spec, faceOf(fonts.regular, FOOTER.size), qr, faceOf(fonts.regular, FOOTER.caption));
  return doc.save();
}
