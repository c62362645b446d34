import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { SignPdf } from '@signpdf/signpdf';
import { SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import { PDFDocument } from 'pdf-lib';
import type { AuditActor } from '../../platform/audit/index.js';
import { sm3Hex } from '../../platform/crypto/index.js';
import type { AnyTrx } from '../../platform/db/index.js';
import { ProblemError } from '../../platform/errors/index.js';
import type { AppContext } from '../../platform/http/index.js';
import { signingMaterial } from './ca.js';
import { CadesSigner } from './cades.js';
import { SealUnavailableError } from './errors.js';
import { ownerName, ownerRefOf, type SealOwner } from './owners.js';
import { sealRepository } from './repository.js';

export type PadesSignParams = SealOwner & {
  pdf: Uint8Array;
  /** /Reason of the signature, e.g. 电子证照签发. */
  reason: string;
  /** /Location, e.g. 佛山市. */
  location: string;
  /** Who caused the signing; null or absent: the system (an outbox worker). */
  actor?: AuditActor | null;
  /** The caller's transaction, so the audit record of the key's use commits with its state. */
  trx?: AnyTrx;
};

// Room for the CMS: two 2048-bit RSA certificates and the signature take about 2.5 KB.
const SIGNATURE_LENGTH = 8192;

/**
 * Returns the PDF with an embedded PAdES baseline signature (ETSI.CAdES.detached) by the owner's
 * signing certificate from the platform CA: what standard readers and poppler's pdfsig verify.
 * The owner needs an active seal key (the security administrator set the seal up); the
 * certificate is issued on first need. The signature is invisible: place the seal image with
 * drawSeal before signing, since any later change breaks the signature.
 */
export async function padesSign(ctx: AppContext, params: PadesSignParams): Promise<Uint8Array> {
  const ref = ownerRefOf(params);
  const prepare = async (trx: AnyTrx) => {
    const name = await ownerName(trx, ref);
    if (!name) throw new ProblemError(422, 'seal.unknown_owner');
    if (!(await sealRepository(trx).activeKey(ref.ownerType, ref.ownerId))) {
      throw new SealUnavailableError(
        'no_active_key',
        `${ref.ownerType} ${ref.ownerId} has no active seal key`,
      );
    }
    const material = await signingMaterial(ctx, trx, { ...ref, name }, params.actor ?? null);
    await ctx.audit.recordInTrx(trx, {
      actor: params.actor ?? null,
      action: 'seal.pades_sign',
      objectType: 'seal_certificate',
      objectId: material.certificateId,
      detail: { ...ref, reason: params.reason, pdfSm3: sm3Hex(Buffer.from(params.pdf)) },
    });
    return { ...material, name };
  };
  const material = params.trx ? await prepare(params.trx) : await ctx.db.transaction().execute(prepare);

  const doc = await PDFDocument.load(params.pdf);
  pdflibAddPlaceholder({
    pdfDoc: doc,
    reason: params.reason,
    contactInfo: '',
    name: material.name,
    location: params.location,
    signatureLength: SIGNATURE_LENGTH,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    appName: 'OneWindow',
  });
  // The placeholder must stay findable as plain text: no object streams.
  const withPlaceholder = await doc.save({ useObjectStreams: false });
  return new Uint8Array(await new SignPdf().sign(Buffer.from(withPlaceholder), new CadesSigner(material)));
}
