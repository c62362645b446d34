// 电子证照 (server/src/modules/licenses): the holder's wallet and the public verification.
import { useMutation, useQuery } from '@tanstack/react-query';
import { ApiError, readProblem, request } from '../../api/client';
import { uploadFile } from '../../api/uploads';
import i18n, { currentLanguage } from '../../i18n';

export type VerificationStatus = 'valid' | 'suspended' | 'revoked' | 'expired' | 'tampered';

/** What verification shows anyone: masked holder, issuer, validity and the status. */
export interface LicenseVerification {
  status: VerificationStatus;
  licenseNo: string;
  typeName: string;
  issuerName: string;
  holder: string;
  issuedAt: string;
  validFrom: string;
  validUntil: string | null;
  statusReason: string | null;
  statusChangedAt: string | null;
  copy: { purpose: string; madeOn: string } | null;
}

export interface PrintedField {
  label: string;
  value: string;
}

export interface SharedLicense extends LicenseVerification {
  fields: PrintedField[];
  expiresAt: string;
}

export interface WalletLicense {
  id: string;
  licenseNo: string;
  typeCode: string;
  typeName: string;
  applicationNo: string;
  holder: string;
  issuerName: string;
  issuedAt: string;
  validFrom: string;
  validUntil: string | null;
  status: Exclude<VerificationStatus, 'tampered'>;
  statusReason: string | null;
}

export interface WalletLicenseDetail extends WalletLicense {
  fields: PrintedField[];
  verifyCode: string;
  verifyUrl: string;
}

export interface LicenseShare {
  token: string;
  url: string;
  expiresAt: string;
}

const walletKey = ['licenses', 'wallet'] as const;

export function useMyLicenses() {
  return useQuery({ queryKey: walletKey, queryFn: () => request<WalletLicense[]>('GET', '/my/licenses') });
}

export function useMyLicense(id: string | undefined) {
  return useQuery({
    queryKey: [...walletKey, id],
    queryFn: () => request<WalletLicenseDetail>('GET', `/my/licenses/${encodeURIComponent(id!)}`),
    enabled: id !== undefined,
  });
}

export function useShareLicense(id: string) {
  return useMutation({
    mutationFn: (days: number) =>
      request<LicenseShare>('POST', `/my/licenses/${encodeURIComponent(id)}/shares`, { days }),
  });
}

/**
 * Fetches a copy watermarked with its purpose and hands it to the browser as a download.
 * A POST (the copy is recorded), so not a plain link.
 */
async function downloadCopy({ id, purpose, fileName }: { id: string; purpose: string; fileName: string }) {
  let response: Response;
  try {
    response = await fetch(`/api/v1/my/licenses/${encodeURIComponent(id)}/copies`, {
      method: 'POST',
      headers: {
        Accept: 'application/pdf, application/problem+json',
        'Accept-Language': currentLanguage(),
        'Content-Type': 'application/json',
      },
      credentials: 'same-origin',
      body: JSON.stringify({ purpose }),
    });
  } catch {
    throw new ApiError({ title: i18n.t('errors.network'), status: 0, code: 'network' });
  }
  if (!response.ok) throw new ApiError(await readProblem(response));
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The click has started the download; the object URL is not needed past this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function useDownloadCopy() {
  return useMutation({ mutationFn: downloadCopy });
}

/** Public: the QR code's token. */
export function useLicenseVerification(token: string | undefined) {
  return useQuery({
    queryKey: ['license-verification', token],
    queryFn: () => request<LicenseVerification>('GET', `/licenses/verify/${encodeURIComponent(token!)}`),
    enabled: token !== undefined,
    staleTime: 0,
    retry: false,
  });
}

export function useSharedLicense(token: string) {
  return useQuery({
    queryKey: ['license-shared', token],
    queryFn: () => request<SharedLicense>('GET', `/licenses/shared/${encodeURIComponent(token)}`),
    staleTime: 0,
    retry: false,
  });
}

export function useVerifyByNumber() {
  return useMutation({
    mutationFn: (body: { licenseNo: string; verifyCode: string }) =>
      request<LicenseVerification>('POST', '/licenses/verify', body),
  });
}

export function useVerifyPdf() {
  return useMutation({
    // The generic uploader answers whatever JSON the route returns; this route returns a verification.
    mutationFn: async (file: File) =>
      (await uploadFile('/licenses/verify/pdf', file)) as unknown as LicenseVerification,
  });
}
