import { canonicalJson } from './canonical-json.js';
import type { HolderKind, LicenseTable } from './tables.js';
import type { LicenseData } from './type-definition.js';

/**
 * A licence's content as issued: sealed in `data_enc`, and with the PDF's digest what the
 * department's SM2 seal signs. Columns the licence is found and judged by (number, holder,
 * validity) repeat what is here; verification holds them to it.
 */
export interface LicenseContent {
  format: 'onewindow-license/1';
  licenseNo: string;
  type: { code: string; name: string };
  holder: { kind: HolderKind; name: string; id: string };
  issuer: { code: string; name: string };
  issuedAt: string;
  validFrom: string;
  validUntil: string | null;
  applicationNo: string;
  data: LicenseData;
}

/** The bytes the seal signs: the canonical content and the SM3 of the signed PDF. */
export function signedBytes(content: LicenseContent, pdfSm3: string): Uint8Array {
  return new TextEncoder().encode(canonicalJson({ content, pdfSm3 }));
}

/** Whether the columns still say what the sealed content says. */
export function columnsMatch(
  row: Pick<
    LicenseTable,
    | 'licenseNo'
    | 'typeCode'
    | 'holderKind'
    | 'departmentCode'
    | 'issuedAt'
    | 'validFrom'
    | 'validUntil'
    | 'applicationNo'
  >,
  content: LicenseContent,
): boolean {
  return (
    row.licenseNo === content.licenseNo &&
    row.typeCode === content.type.code &&
    row.holderKind === content.holder.kind &&
    row.departmentCode === content.issuer.code &&
    row.issuedAt === content.issuedAt &&
    row.validFrom === content.validFrom &&
    row.validUntil === content.validUntil &&
    row.applicationNo === content.applicationNo
  );
}
