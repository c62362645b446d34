import { PDFArray, PDFDict, PDFDocument, PDFName, type PDFObject, PDFStream } from 'pdf-lib';
import { ProblemError } from '../errors/index.js';

/**
 * Actions a viewer may run without the reader choosing to: scripts, programs, other files,
 * sending or importing form data, media players. A link to a web page (URI) or within the
 * document (GoTo) is not among them.
 */
const ACTIVE_ACTIONS = new Set([
  'JavaScript',
  'Launch',
  'GoToE',
  'GoToR',
  'ImportData',
  'SubmitForm',
  'Rendition',
  'RichMediaExecute',
]);
/** Keys that hold a script, an embedded file or an XFA form (which runs its own scripts). */
const ACTIVE_KEYS = new Set(['JS', 'JavaScript', 'EF', 'EmbeddedFiles', 'XFA']);

/**
 * A name as a viewer reads it. It may be written with #xx escapes in either case; the parser
 * decodes only upper-case ones and keeps the rest as written.
 */
const decoded = (name: PDFName) =>
  name
    .decodeText()
    .replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
const nameOf = (value: PDFObject | undefined) => (value instanceof PDFName ? decoded(value) : undefined);

/** Why a dictionary makes its PDF unacceptable, if it does. */
function problemWith(dict: PDFDict): 'upload.pdf_active_content' | 'upload.pdf_unreadable' | null {
  for (const [key, value] of dict.entries()) {
    const name = decoded(key);
    if (
      ACTIVE_KEYS.has(name) ||
      (name === 'S' && ACTIVE_ACTIONS.has(nameOf(value) ?? '')) ||
      (name === 'Type' && nameOf(value) === 'EmbeddedFile')
    )
      return 'upload.pdf_active_content';
    // The parser unpacks the object streams it recognises and keeps none of them: one still
    // here was not recognised (its type spelt in a way it does not decode), so not inspected.
    if (name === 'Type' && nameOf(value) === 'ObjStm') return 'upload.pdf_unreadable';
  }
  return null;
}

/** Every dictionary of an object, the direct ones nested in arrays and dictionaries included. */
function* dictionariesIn(object: PDFObject): Generator<PDFDict> {
  const pending = [object];
  while (pending.length) {
    const current = pending.pop()!;
    const dict =
      current instanceof PDFStream ? current.dict : current instanceof PDFDict ? current : undefined;
    if (dict) {
      yield dict;
      pending.push(...dict.values());
    } else if (current instanceof PDFArray) pending.push(...current.asArray());
  }
}

const refused = (code: string) => new ProblemError(422, code, { fields: [{ field: 'file', code }] });

/**
 * Refuses a PDF that would act on its own in a viewer — staff open applicants' PDFs in the
 * workbench — or whose content cannot be inspected: encrypted (object streams and strings are
 * unreadable without the key) or not parsable. Every object is looked at, those packed in
 * object streams too.
 */
export async function refuseActivePdf(bytes: Uint8Array): Promise<void> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false });
  } catch {
    throw refused('upload.pdf_unreadable');
  }
  if (doc.isEncrypted) throw refused('upload.pdf_encrypted');
  for (const [, object] of doc.context.enumerateIndirectObjects())
    for (const dict of dictionariesIn(object)) {
      const problem = problemWith(dict);
      if (problem) throw refused(problem);
    }
}
