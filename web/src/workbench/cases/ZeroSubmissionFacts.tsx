import { Descriptions, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VerificationStatus } from '../../portal/licenses/api';
import { LicenseStatusTag, validityOf } from '../../portal/licenses/LicenseStatusTag';
import { formatInstant } from './time';

/** A material the application took from a licence or shared data instead of asking (零提交). */
export interface ReusedMaterial {
  materialId: string;
  materialName: string;
  kind: 'license' | 'shared_data';
  typeName: string;
  /** The licence taken, as verification finds it now. */
  license: {
    id: string;
    licenseNo: string;
    typeName: string;
    issuerName: string;
    validFrom: string;
    validUntil: string | null;
    status: VerificationStatus;
    statusReason: string | null;
  } | null;
  sharedData: { source: string; subject: 'applicant' | 'legal_representative' | 'agent' } | null;
}

/** The organisation's seal on the declaration, verified now against what is stored. */
export interface DeclarationSeal {
  status: 'valid' | 'invalid';
  signer: string;
  keyId: string;
  algorithm: string;
  signedAt: string;
}

/** What the staff application file carries about 零提交 and the organisation's seal. */
export interface ZeroSubmissionFile {
  reusedMaterials?: ReusedMaterial[];
  declarationSeal?: DeclarationSeal | null;
}

/** The materials taken instead of asked for: each licence with its number, issuer, validity and live status. */
export function ReusedMaterials({ items }: { items: readonly ReusedMaterial[] }) {
  const { t } = useTranslation();
  if (!items.length) return null;
  return (
    <section className="reused-file" aria-labelledby="reused-file-title">
      <Typography.Title level={3} className="panel-subtitle" id="reused-file-title">
        {t('zeroSubmission.file.reusedTitle')}
      </Typography.Title>
      <List
        size="small"
        dataSource={[...items]}
        renderItem={(m) => (
          <List.Item className="reused-file-item">
            <List.Item.Meta
              title={m.materialName}
              description={
                m.license ? (
                  <Descriptions
                    size="small"
                    column={{ xs: 1, md: 2 }}
                    items={[
                      { key: 'type', label: t('zeroSubmission.file.license'), children: m.license.typeName },
                      {
                        key: 'no',
                        label: t('zeroSubmission.file.licenseNo'),
                        children: <span className="mono">{m.license.licenseNo}</span>,
                      },
                      {
                        key: 'issuer',
                        label: t('zeroSubmission.file.issuer'),
                        children: m.license.issuerName,
                      },
                      {
                        key: 'validity',
                        label: t('zeroSubmission.file.validity'),
                        children: validityOf(t, m.license.validFrom, m.license.validUntil),
                      },
                      {
                        key: 'status',
                        label: t('zeroSubmission.file.status'),
                        children: (
                          <>
                            <LicenseStatusTag status={m.license.status} />
                            {m.license.statusReason}
                          </>
                        ),
                      },
                    ]}
                  />
                ) : (
                  t('zeroSubmission.file.sharedData', {
                    typeName: m.typeName,
                    subject: t(`zeroSubmission.file.subject.${m.sharedData?.subject ?? 'applicant'}`),
                  })
                )
              }
            />
          </List.Item>
        )}
      />
    </section>
  );
}

/** 单位电子印章签名: who signed with which key, and whether the signature still holds. */
export function DeclarationSealFacts({ seal }: { seal: DeclarationSeal }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="declaration-seal-title">
      <Typography.Title level={3} className="panel-subtitle" id="declaration-seal-title">
        {t('zeroSubmission.file.sealTitle')}
      </Typography.Title>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        className="declaration-seal-facts"
        items={[
          {
            key: 'status',
            label: t('zeroSubmission.file.status'),
            children: (
              <Tag color={seal.status === 'valid' ? 'green' : 'red'}>
                {seal.status === 'valid'
                  ? t('zeroSubmission.file.sealValid')
                  : t('zeroSubmission.file.sealInvalid')}
              </Tag>
            ),
          },
          { key: 'signer', label: t('zeroSubmission.file.signer'), children: seal.signer },
          { key: 'at', label: t('zeroSubmission.file.signedAt'), children: formatInstant(seal.signedAt) },
          {
            key: 'key',
            label: t('zeroSubmission.file.keyId'),
            children: <span className="mono">{`${seal.algorithm} · ${seal.keyId}`}</span>,
          },
        ]}
      />
    </section>
  );
}
