import { useQuery } from '@tanstack/react-query';
import { request } from './client';

export type NoticeKind =
  | 'receipt'
  | 'acceptance'
  | 'refusal'
  | 'correction'
  | 'shortfall'
  | 'commitment'
  | 'approval'
  | 'denial'
  | 'result'
  | 'rejection'
  | 'supervision';

/** What the public verification of a notice shows: masked facts and the digest of the PDF, never the PDF. */
export interface NoticeVerification {
  kind: NoticeKind;
  title: string;
  documentNo: string | null;
  applicationNo: string;
  issuerName: string;
  issuedAt: string;
  recipient: string;
  pdfSm3: string;
}

/** Public: anyone holding the code printed in a notice's QR code. */
export function useNoticeVerification(code: string) {
  return useQuery({
    queryKey: ['notice-verification', code],
    queryFn: () => request<NoticeVerification>('GET', `/notices/verify/${encodeURIComponent(code)}`),
    staleTime: 0,
  });
}

/** A notice of the applicant's own application, as listed on its page. */
export interface ApplicationNotice {
  id: string;
  kind: NoticeKind;
  title: string;
  documentNo: string | null;
  issuerName: string;
  issuedAt: string;
  verifyCode: string;
}

export function useApplicationNotices(applicationNo: string) {
  return useQuery({
    queryKey: ['applications', 'detail', applicationNo, 'notices'],
    queryFn: () =>
      request<ApplicationNotice[]>('GET', `/applications/${encodeURIComponent(applicationNo)}/notices`),
    // Each step of the department adds one: opened again, they are read again.
    staleTime: 0,
  });
}

export const noticePdfUrl = (applicationNo: string, noticeId: string) =>
  `/api/v1/applications/${encodeURIComponent(applicationNo)}/notices/${noticeId}`;
