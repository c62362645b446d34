import { Tag } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { VerificationStatus } from './api';

const colors: Record<VerificationStatus, string> = {
  valid: 'green',
  suspended: 'orange',
  revoked: 'red',
  expired: 'default',
  tampered: 'red',
};

export function LicenseStatusTag({ status }: { status: VerificationStatus }) {
  const { t } = useTranslation();
  return <Tag color={colors[status]}>{t(`licenseStatus.${status}`)}</Tag>;
}

/** 2026-11-26 至 2031-11-25, or 长期 from the first day. */
export function validityOf(t: TFunction, validFrom: string, validUntil: string | null): string {
  return validUntil
    ? t('wallet.validRange', { from: validFrom, until: validUntil })
    : t('wallet.permanent', { from: validFrom });
}
