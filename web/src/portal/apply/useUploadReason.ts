import { useTranslation } from 'react-i18next';
import type { MaterialSource } from './materialSources';

/** Why the applicant uploads a licence or record the platform could have taken; undefined for their own documents. */
export function useUploadReason() {
  const { t } = useTranslation();
  return (source: MaterialSource | undefined): string | undefined => {
    if (source?.sourcing !== 'upload' || !source.reason) return undefined;
    return t(`zeroSubmission.apply.uploadBecause.${source.reason}`, {
      typeName: source.typeName,
      licenseNo: source.license?.licenseNo ?? '',
      status: source.license ? t(`licenseStatus.${source.license.status}`) : '',
    });
  };
}
