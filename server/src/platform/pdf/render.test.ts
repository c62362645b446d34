import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { scanQrCode } from '../../test-support/pdf-qr.js';
import { type PdfSpec, renderPdf } from './index.js';
import { pdfText } from './pdf-text.js';

const spec: PdfSpec = {
  title: '佛山市市场监督管理局\n受理通知书',
  documentNo: '佛市监受字〔2026〕12号',
  applicationNo: '44060020261126000000016',
  recipient: '张三',
  paragraphs: [
    '你（单位）于2026年11月20日提出的食品经营许可（新办）申请，经审查，申请材料齐全、符合法定形式。根据《中华人民共和国行政许可法》第三十二条第一款第（五）项的规定，决定予以受理。',
    '请登录 OneWindow 查询办理进度。',
  ],
  fields: [
    { label: '事项名称', value: '食品经营许可（新办）' },
    { label: '受理日期', value: '2026年11月26日' },
  ],
  issuer: '佛山市市场监督管理局',
  date: '2026年11月26日',
  verifyUrl: 'https://ow.foshan.gov.cn/verify/k3vq7m2x9c4t8b6n5p0r1s2w3y',
};

const FOOTER_LINE = /^(— \d.*—|办件编号：.*|扫码核验)$/;
/** The running text of the pages, footers left out and lines joined as a reader would. */
const flat = (pages: string[]) =>
  pages
    .flatMap((page) => page.split('\n'))
    .filter((line) => !FOOTER_LINE.test(line))
    .join('');

/** The images a PDF holds: none, since the QR code is drawn as vector squares. */
async function imagesOf(bytes: Uint8Array): Promise<PDFRawStream[]> {
  const doc = await PDFDocument.load(bytes);
  return doc.context
    .enumerateIndirectObjects()
    .map(([, object]) => object)
    .filter(
      (o): o is PDFRawStream =>
        o instanceof PDFRawStream && o.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'),
    );
}

describe('renderPdf', () => {
  it('renders an A4 notice whose text can be extracted', async () => {
    const bytes = await renderPdf(spec);
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(1);
    const { width, height } = doc.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
    expect(doc.getTitle()).toBe('佛山市市场监督管理局 受理通知书');
    const pages = await pdfText(bytes);
    const text = flat(pages);
    for (const expected of [
      '受理通知书',
      '佛市监受字〔2026〕12号',
      '张三：',
      '决定予以受理。',
      '请登录 OneWindow 查询办理进度。',
      '食品经营许可（新办）',
      '佛山市市场监督管理局2026年11月26日',
    ]) {
      expect(text).toContain(expected);
    }
    expect(pages[0]).toContain('扫码核验');
    expect(pages[0]).toContain('办件编号：44060020261126000000016');
    expect(text).toContain(spec.paragraphs[0]);
  });

  it('prints a QR code that a scanner reads as the verification address, drawn, not embedded as a picture', async () => {
    const bytes = await renderPdf(spec);
    expect(scanQrCode(bytes)).toBe(spec.verifyUrl);
    expect(await imagesOf(bytes)).toEqual([]);
  });

  it('leaves out what the spec leaves out', async () => {
    const bytes = await renderPdf({ title: '收件回执', paragraphs: ['已收到。'] });
    const text = (await pdfText(bytes)).join('\n');
    expect(text).toContain('收件回执');
    expect(text).not.toContain('扫码核验');
    expect(text).not.toContain('办件编号');
    expect(await imagesOf(bytes)).toEqual([]);
  });

  it('continues on further pages, each with the application number, the QR code and its page number', async () => {
    const paragraphs = Array.from({ length: 40 }, (_, i) => `第${i + 1}条。${spec.paragraphs[0]}`);
    const bytes = await renderPdf({ ...spec, paragraphs });
    const pages = await pdfText(bytes);
    expect(pages.length).toBeGreaterThan(3);
    pages.forEach((page, i) => {
      expect(page).toContain('办件编号：44060020261126000000016');
      expect(page).toContain('扫码核验');
      expect(page).toContain(`— ${i + 1} / ${pages.length} —`);
    });
    expect(scanQrCode(bytes, pages.length)).toBe(spec.verifyUrl);
    const text = flat(pages);
    for (const p of paragraphs) expect(text).toContain(p);
    expect(flat(pages.slice(-1))).toContain('2026年11月26日');
  });

  it('is deterministic: the same spec gives the same bytes', async () => {
    const [a, b] = [await renderPdf(spec), await renderPdf({ ...spec })];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const other = await renderPdf({ ...spec, recipient: '李四' });
    expect(Buffer.from(other).equals(Buffer.from(a))).toBe(false);
  });
});
