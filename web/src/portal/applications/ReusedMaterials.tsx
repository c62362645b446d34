import '../apply/apply.css';
import { CheckCircleOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { request } from '../../api/client';
import type { ReusedMaterial } from '../../workbench/cases/ZeroSubmissionFacts';
import { LicenseStatusTag } from '../licenses/LicenseStatusTag';
import { DetailSection } from './DetailSection';

/** What the application took instead of asking (GET /applications/{no}/reused-materials). */
function useReusedMaterials(applicationNo: string) {
  return useQuery({
    queryKey: ['applications', applicationNo, 'reused-materials'],
    queryFn: () =>
      request<ReusedMaterial[]>('GET', `/applications/${encodeURIComponent(applicationNo)}/reused-materials`),
  });
}

/**
 * 已自动获取，无需提交: the materials the application took from the applicant's electronic
 * licences (number, issuer, and how the licence stands now) or the population registry.
 * Nothing shows for an application that took nothing.
 */
export function ReusedMaterials({ applicationNo }: { applicationNo: string }) {
  const { t } = useTranslation();
  const reused = useReusedMaterials(applicationNo);
  if (!reused.data?.length) return null;
  return (
    <DetailSection id="reused" title={t('zeroSubmission.apply.reusedTitle')}>
      <Typography.Paragraph type="secondary">{t('zeroSubmission.detail.intro')}</Typography.Paragraph>
      <ul className="reused-materials">
        {reused.data.map((m) => (
          <li key={m.materialId} className="reused-material">
            <div className="reused-material-head">
              <span className="reused-material-name">{m.materialName}</span>
              <Tag color="green" icon={<CheckCircleOutlined aria-hidden />}>
                {t('zeroSubmission.apply.reused')}
              </Tag>
            </div>
            <div className="reused-material-source">
              {m.license ? (
                <>
                  {[
                    t('zeroSubmission.apply.license', {
                      typeName: m.license.typeName,
                      licenseNo: m.license.licenseNo,
                    }),
                    t('zeroSubmission.apply.issuedBy', { issuer: m.license.issuerName }),
                  ].join(t('zeroSubmission.apply.factsSeparator'))}{' '}
                  <LicenseStatusTag status={m.license.status} />
                </>
              ) : (
                t('zeroSubmission.file.sharedData', {
                  typeName: m.typeName,
                  subject: t(`zeroSubmission.file.subject.${m.sharedData?.subject ?? 'applicant'}`),
                })
              )}
            </div>
          </li>
        ))}
      </ul>
    </DetailSection>
  );
}
