import { CheckCircleOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Material } from '../../api/catalogueTypes';
import type { MaterialSource } from './materialSources';

/** What the platform took for one material: the licence's type and number, or the registry record (masked). */
export function reuseText(t: TFunction, source: MaterialSource): string {
  if (source.license) {
    const { license } = source;
    return [
      t('zeroSubmission.apply.license', { typeName: license.typeName, licenseNo: license.licenseNo }),
      license.issuerName && t('zeroSubmission.apply.issuedBy', { issuer: license.issuerName }),
      license.validUntil
        ? t('zeroSubmission.apply.validUntil', { date: license.validUntil })
        : t('zeroSubmission.apply.permanent'),
    ]
      .filter(Boolean)
      .join(t('zeroSubmission.apply.factsSeparator'));
  }
  const shared = source.sharedData!;
  return t('zeroSubmission.apply.shared', {
    typeName: shared.typeName,
    subject: t(`zeroSubmission.apply.subject.${shared.subject}`),
    name: shared.name,
    idNumber: shared.idNumber,
  });
}

interface Props {
  items: readonly { material: Material; source: MaterialSource }[];
}

/** 已自动获取，无需提交: the materials taken from licences and shared data, each with what was taken. */
export function ReusedMaterialList({ items }: Props) {
  const { t } = useTranslation();
  return (
    <ul className="reused-materials">
      {items.map(({ material, source }) => (
        <li key={material.id} className="reused-material">
          <div className="reused-material-head">
            <span className="reused-material-name">{material.name}</span>
            <Tag color="green" icon={<CheckCircleOutlined aria-hidden />}>
              {t('zeroSubmission.apply.reused')}
            </Tag>
          </div>
          <div className="reused-material-source">{reuseText(t, source)}</div>
        </li>
      ))}
    </ul>
  );
}
