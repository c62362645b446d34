import type { NoticeKind } from './templates/index.js';

export interface NoticeTable {
  id: string;
  /** The unguessable code in the notice's QR link: it shows masked facts only. */
  verifyCode: string;
  applicationId: string;
  applicationNo: string;
  kind: NoticeKind;
  title: string;
  /** 文号, e.g. 佛市监受字〔2026〕12号; null for a receipt, which carries the application number. */
  documentNo: string | null;
  /** The staff account that issued it; null when the system did (an online receipt). */
  issuedBy: string | null;
  issuerName: string;
  departmentCode: string;
  /** The recipient as the public verification page shows it: 张* for a person. */
  recipientMasked: string;
  issuedAt: string;
  /** The PDF spec, sealed with SM4: it holds names and ID numbers. */
  contentEnc: string;
  /** SM3 of the PDF as first rendered, and the archived copy; null until then. */
  pdfSm3: string | null;
  pdfFileId: string | null;
}

export interface NoticeNoCounterTable {
  departmentCode: string;
  year: number;
  /** The 字 of the number (受, 不受, 补 ...): each kind of document is numbered on its own. */
  series: string;
  lastValue: number;
}

export interface NoticeTables {
  notices: NoticeTable;
  noticeNoCounters: NoticeNoCounterTable;
}
