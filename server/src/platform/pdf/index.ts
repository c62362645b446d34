export { createPdf } from './document.js';
export { embedFonts, fontMeasure } from './fonts.js';
export { breakLines } from './line-break.js';
export { pdfText } from './pdf-text.js';
export { drawQrCode } from './qr-code.js';
export { type PdfAnnex, type PdfField, type PdfSpec, renderPdf } from './render.js';
