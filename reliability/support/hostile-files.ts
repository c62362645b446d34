import { sampleOfd, samplePdf } from '../../server/src/test-support/sample-files.js';

export { activePdf, zipBomb } from '../../server/src/test-support/hostile-files.js';

export const SVG_WITH_SCRIPT = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.cookie)"><script>fetch("/api/v1/accounts/me")</script></svg>',
);
export const HTML_PAGE = Buffer.from(
  '<!doctype html><html><body><script>alert(document.cookie)</script></body></html>',
);
export const WINDOWS_EXE = Buffer.from(
  'MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xffThis program cannot be run in DOS mode.',
  'latin1',
);

/** Starts as a PDF, reads as an HTML page to anything that sniffs past the first line. */
export const pdfHtmlPolyglot = async () =>
  Buffer.concat([Buffer.from('%PDF-1.4\n'), HTML_PAGE, await samplePdf()]);

/** A JPEG with an OFD package appended (a GIFAR-style polyglot). */
export const jpegZipPolyglot = () =>
  Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9]),
    sampleOfd(),
  ]);
