import type { FastifyRequest } from 'fastify';
import type { AnyTrx } from '../db/index.js';
import { emitInTrx } from '../events/index.js';
import type { AppContext } from '../http/index.js';
import { fileStoreOf, type StoredFile } from './file-store.js';
import type { ReceivedFile } from './upload-reader.js';

interface Options {
  purpose: string;
  file: ReceivedFile;
  /** Audit action and outbox topic of the upload. */
  action: string;
  topic: string;
  /** What the record and the event say besides the file's type, size and digest. */
  detail: Record<string, unknown>;
  /** The caller's own rows about the file, in the same transaction. */
  also?: (trx: AnyTrx, stored: StoredFile) => Promise<void>;
}

/**
 * Keeps a received file for the signed-in caller: the file, its audit record and its event in
 * one transaction. The file name stays out of both: people name scans after themselves.
 */
export function storeUpload(ctx: AppContext, request: FastifyRequest, options: Options): Promise<StoredFile> {
  const owner = request.principal!.accountId;
  return ctx.db.transaction().execute(async (trx) => {
    const stored = await fileStoreOf(ctx).put(trx, {
      ownerAccountId: owner,
      purpose: options.purpose,
      fileName: options.file.fileName,
      bytes: options.file.bytes,
    });
    await options.also?.(trx, stored);
    const detail = {
      ...options.detail,
      mediaType: stored.mediaType,
      byteSize: stored.byteSize,
      sm3: stored.sm3,
    };
    await ctx.audit.recordInTrx(trx, {
      ...request.auditFacts(),
      action: options.action,
      objectType: 'file',
      objectId: stored.id,
      detail,
    });
    await emitInTrx(trx, options.topic, { fileId: stored.id, ownerAccountId: owner, ...detail });
    return stored;
  });
}
