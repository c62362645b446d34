import { EyeOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, List, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStaffApplication } from '../../api/workflow';
import type { StaffApplicationMaterial } from '../../api/workflowTypes';
import { SubmittedAnswers } from '../../portal/applications/SubmittedAnswers';
import { MaterialViewer } from './MaterialViewer';
import { formatInstant } from './time';
import { DeclarationSealFacts, ReusedMaterials, type ZeroSubmissionFile } from './ZeroSubmissionFacts';

const sizeText = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;

/** The application as filed: who applied, the answers under the form's own labels, the attached files. */
export function ApplicationFile({ applicationNo }: { applicationNo: string }) {
  const { t } = useTranslation();
  const file = useStaffApplication(applicationNo);
  // The file also says what was taken from licences and shared data, and how the declaration was sealed.
  const zeroSubmission = file.data as ZeroSubmissionFile | undefined;
  const [viewing, setViewing] = useState<StaffApplicationMaterial | null>(null);

  return (
    <Card title={t('cases.page.fileTitle')} className="block-gap">
      {file.isPending && <Skeleton active />}
      {file.isError && <Alert type="warning" showIcon title={t('cases.page.fileUnavailable')} />}
      {file.data && (
        <>
          <Descriptions
            column={{ xs: 1, md: 3 }}
            size="small"
            className="block-gap"
            items={[
              { key: 'name', label: t('cases.page.applicant'), children: file.data.applicant.name },
              {
                key: 'id',
                label: t('cases.page.applicantId'),
                children: <span className="mono">{file.data.applicant.idNumber ?? t('common.none')}</span>,
              },
              {
                key: 'at',
                label: t('cases.page.submittedAt'),
                children: formatInstant(file.data.submittedAt),
              },
              ...(file.data.collectAt
                ? [{ key: 'collect', label: t('cases.form.pickupPlace'), children: file.data.collectAt }]
                : []),
            ]}
          />
          <Typography.Title level={3} className="panel-subtitle">
            {t('cases.page.answersTitle')}
          </Typography.Title>
          <SubmittedAnswers matterCode={file.data.matterCode} formData={file.data.formData} />
          <Typography.Title level={3} className="panel-subtitle">
            {t('cases.page.materialsTitle')}
          </Typography.Title>
          {file.data.materials.length === 0 ? (
            <Typography.Text type="secondary">{t('cases.page.noMaterials')}</Typography.Text>
          ) : (
            <List
              size="small"
              dataSource={file.data.materials}
              renderItem={(m) => (
                <List.Item
                  actions={[
                    <Button
                      key="view"
                      size="small"
                      icon={<EyeOutlined />}
                      aria-label={t('cases.page.viewMaterialLabel', { name: m.fileName })}
                      onClick={() => setViewing(m)}
                    >
                      {t('cases.page.viewMaterial')}
                    </Button>,
                  ]}
                >
                  <List.Item.Meta
                    title={m.materialName}
                    description={`${m.fileName} · ${sizeText(m.byteSize)}`}
                  />
                </List.Item>
              )}
            />
          )}
          <ReusedMaterials items={zeroSubmission?.reusedMaterials ?? []} />
          {zeroSubmission?.declarationSeal && <DeclarationSealFacts seal={zeroSubmission.declarationSeal} />}
          <Typography.Paragraph type="secondary" className="audit-note">
            {t('cases.page.readAudited')}
          </Typography.Paragraph>
        </>
      )}
      <MaterialViewer applicationNo={applicationNo} material={viewing} onClose={() => setViewing(null)} />
    </Card>
  );
}
