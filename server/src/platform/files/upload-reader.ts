import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ProblemError } from '../errors/index.js';
import { UPLOAD_MEDIA_TYPES, type UploadMediaType } from './media-types.js';
import { sniffMediaType } from './sniff.js';

/** No upload may exceed this, whatever a material allows; the per-route limit is usually lower. */
const HARD_LIMIT_BYTES = 50 * 1024 * 1024;
const MB = 1024 * 1024;

/** Multipart bodies for the routes of the calling plugin (registration is per encapsulated scope). */
export async function registerUploads(app: FastifyInstance): Promise<void> {
  await app.register(multipart, {
    limits: { fileSize: HARD_LIMIT_BYTES, files: 1, fields: 10, parts: 12, fieldSize: 1024 },
  });
}

export interface ReceivedFile {
  fileName: string;
  mediaType: UploadMediaType;
  bytes: Buffer;
}

const unsupported = () =>
  new ProblemError(415, 'file.unsupported_type', {
    fields: [{ field: 'file', code: 'file.unsupported_type' }],
  });

/**
 * The one file of a multipart request, read into memory within `maxSizeMb` and accepted only
 * when its content is PDF, JPEG, PNG or OFD, whatever its name or declared type say.
 */
export async function receiveFile(request: FastifyRequest, maxSizeMb: number): Promise<ReceivedFile> {
  if (!request.isMultipart()) throw unsupported();
  const tooLarge = () =>
    new ProblemError(413, 'file.too_large', {
      params: { maxSizeMb },
      fields: [{ field: 'file', code: 'file.too_large', params: { maxSizeMb } }],
    });
  let part: Awaited<ReturnType<FastifyRequest['file']>>;
  let bytes: Buffer;
  try {
    part = await request.file({ limits: { fileSize: Math.min(maxSizeMb * MB, HARD_LIMIT_BYTES) } });
    if (!part)
      throw new ProblemError(400, 'file.missing', { fields: [{ field: 'file', code: 'file.missing' }] });
    bytes = await part.toBuffer();
  } catch (err) {
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
    throw err;
  }
  if (bytes.length === 0)
    throw new ProblemError(400, 'file.empty', { fields: [{ field: 'file', code: 'file.empty' }] });
  const mediaType = sniffMediaType(bytes);
  if (!mediaType || !UPLOAD_MEDIA_TYPES.includes(mediaType)) throw unsupported();
  return { fileName: cleanFileName(part.filename, mediaType), mediaType, bytes };
}

/** A name safe to store and show: no path, no control characters, not empty, at most 120 characters. */
function cleanFileName(given: string, mediaType: UploadMediaType): string {
  const base = given.split(/[\\/]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  return [...(clean || `file.${mediaType.split('/')[1]}`)].slice(-120).join('');
}

/**
 * RFC 6266 / RFC 5987: the real (Chinese) name as percent-encoded UTF-8, and for the few clients
 * that cannot read it, a plain ASCII stand-in with the same extension.
 */
export function contentDisposition(kind: 'attachment' | 'inline', fileName: string): string {
  const extension = /\.[A-Za-z0-9]{1,8}$/.exec(fileName)?.[0] ?? '';
  const ascii = /^[\x20-\x7e]+$/.test(fileName) ? fileName.replace(/["\\%]/g, '_') : `download${extension}`;
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** Sends a stored file's bytes with its type, never sniffed again by the browser. */
export function sendFile(
  reply: FastifyReply,
  file: { bytes: Buffer; mediaType: string; fileName: string },
  kind: 'attachment' | 'inline' = 'attachment',
) {
  return reply
    .header('content-type', file.mediaType)
    .header('content-disposition', contentDisposition(kind, file.fileName))
    .header('x-content-type-options', 'nosniff')
    .send(file.bytes);
}
