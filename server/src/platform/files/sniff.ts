import { inflateRawSync } from 'node:zlib';
import type { UploadMediaType } from './media-types.js';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PDF_SIGNATURE = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const JPEG_SIGNATURE = [0xff, 0xd8, 0xff];

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  /** Where the entry's (compressed) data begins. */
  dataStart: number;
}

/**
 * The entries of a ZIP's central directory, or null when the bytes are not a well-formed ZIP.
 * Every offset is checked against the buffer: the input is whatever someone uploaded.
 */
function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 4 + EOCD_SIZE || view.getUint32(0, true) !== LOCAL_HEADER) return null;
  // The end record sits at the very end, followed only by an optional comment of up to 64 KiB.
  let eocd = -1;
  const lowest = Math.max(0, bytes.length - EOCD_SIZE - MAX_COMMENT);
  for (let i = bytes.length - EOCD_SIZE; i >= lowest; i--) {
    if (
      view.getUint32(i, true) === END_OF_CENTRAL_DIRECTORY &&
      i + EOCD_SIZE + view.getUint16(i + 20, true) === bytes.length
    ) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const start = view.getUint32(eocd + 16, true);
  if (start + size > eocd) return null;
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: false });
  let at = start;
  for (let n = 0; n < count; n++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL_HEADER) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    const end = at + 46 + nameLength + extraLength + commentLength;
    if (end > eocd) return null;
    // Each entry must point at a real local header, or the directory is not to be believed.
    if (localOffset + 30 > start || view.getUint32(localOffset, true) !== LOCAL_HEADER) return null;
    const dataStart =
      localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    const compressedSize = view.getUint32(at + 20, true);
    if (dataStart + compressedSize > start) return null;
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize,
      dataStart,
    });
    at = end;
  }
  return entries;
}

const MiB = 1024 * 1024;
/** An OFD package holds a few files per page: more entries than this is not a document. */
const MAX_ENTRIES = 10_000;
const STORED = 0;
const DEFLATED = 8;

/**
 * Whether a package unpacks to a bounded size: at most 20 times its own size (text compresses
 * about tenfold, scans not at all), never less than 16 MiB nor more than 128 MiB, in at most
 * 10,000 entries. Each entry is really inflated, up to what is left of the allowance, so a
 * directory that understates a size does not help: a ZIP bomb stops being read at the limit.
 */
function unpacksWithinBounds(bytes: Uint8Array, entries: ZipEntry[]): boolean {
  if (entries.length > MAX_ENTRIES) return false;
  let left = Math.min(128 * MiB, Math.max(16 * MiB, 20 * bytes.length));
  for (const entry of entries) {
    const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    if (entry.method === STORED) left -= data.length;
    else if (entry.method === DEFLATED) {
      try {
        left -= inflateRawSync(data, { maxOutputLength: Math.max(1, left) }).length;
      } catch {
        return false; // over the allowance, or not deflate data at all
      }
    } else return false;
    if (left < 0) return false;
  }
  return true;
}

/**
 * What a file is by its content, never by its name: PDF, JPEG, PNG or OFD (a ZIP package
 * with OFD.xml at its root that unpacks to a bounded size), or null for anything else.
 */
export function sniffMediaType(bytes: Uint8Array): UploadMediaType | null {
  if (startsWith(bytes, PDF_SIGNATURE)) return 'application/pdf';
  if (startsWith(bytes, JPEG_SIGNATURE)) return 'image/jpeg';
  if (startsWith(bytes, PNG_SIGNATURE)) return 'image/png';
  const entries = zipEntries(bytes);
  return entries?.some((e) => e.name === 'OFD.xml') && unpacksWithinBounds(bytes, entries)
    ? 'application/ofd'
    : null;
}
