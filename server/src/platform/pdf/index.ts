export { breakLines, characterMeasure, type Measure } from './line-break.js';
export { type PdfSpec, renderPdf } from './render.js';
