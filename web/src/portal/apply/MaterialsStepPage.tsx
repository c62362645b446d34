import '../materialFiles.css';
import { Alert, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatterGuide } from '../../api/catalogueTypes';
import type { UploadedFile } from '../../api/uploads';
import { ApplyActions } from './ApplyActions';
import type { FieldError } from './formProblem';
import { MaterialUploadCard } from './MaterialUploadCard';
import type { MaterialSources } from './materialSources';
import {
  type MaterialUploads,
  materialOfError,
  materialsToUpload,
  missingMaterials,
  reusedMaterials,
} from './materialUploads';
import { ReusedMaterialList } from './ReusedMaterialList';
import { useUploadReason } from './useUploadReason';

interface Props {
  matterCode: string;
  guide: MatterGuide;
  /** Which materials are taken from licences or shared data, and which the applicant uploads. */
  sources: MaterialSources;
  uploads: MaterialUploads;
  /** The server's verdict on the materials at the last submission. */
  errors: readonly FieldError[];
  returnToCheck: boolean;
  onFilesChange: (materialId: string, files: UploadedFile[]) => void;
  onNext: () => void;
  onPrevious: () => void;
  onSaveDraft: () => void;
  saving: boolean;
}

/**
 * 上传申请材料: one card per material the applicant uploads; those taken from their licences or
 * shared data are shown as taken (零提交), and those the department obtains are named.
 */
export function MaterialsStepPage(props: Props) {
  const { t } = useTranslation();
  const uploadReason = useUploadReason();
  const [busy, setBusy] = useState<Record<string, boolean>>({});
  const [checked, setChecked] = useState(false);
  const materials = materialsToUpload(props.guide, props.sources);
  const reused = reusedMaterials(props.guide, props.sources);
  const exempt = props.guide.materials.filter(
    (m) => !materials.includes(m) && !reused.some((r) => r.material === m),
  );
  const missing = checked ? missingMaterials(props.guide, props.uploads, props.sources) : [];
  const uploading = Object.values(busy).some(Boolean);

  const messagesOf = (materialId: string) => [
    ...missing
      .filter((m) => m.id === materialId)
      .map((m) => t('materialFiles.step.missing', { name: m.name })),
    ...props.errors.filter((e) => materialOfError(e.field) === materialId).map((e) => e.message),
  ];
  const all = materials.flatMap((m) => messagesOf(m.id));

  const next = () => {
    setChecked(true);
    if (uploading || missingMaterials(props.guide, props.uploads, props.sources).length > 0) {
      window.scrollTo({ top: 0 });
      return;
    }
    props.onNext();
  };

  return (
    <>
      {(all.length > 0 || (checked && uploading)) && (
        <Alert
          type="error"
          showIcon
          role="alert"
          className="block-gap"
          title={
            uploading ? t('materialFiles.step.stillUploading') : t('apply.fixErrors', { count: all.length })
          }
          description={
            all.length > 0 && (
              <ul className="problem-lines">
                {all.map((message) => (
                  <li key={message}>{message}</li>
                ))}
              </ul>
            )
          }
        />
      )}
      {reused.length > 0 && (
        <section className="material-reused" aria-labelledby="material-reused-title">
          <h2 id="material-reused-title" className="material-reused-title">
            {t('zeroSubmission.apply.reusedTitle')}
          </h2>
          <Typography.Paragraph type="secondary">
            {t('zeroSubmission.apply.reusedIntro')}
          </Typography.Paragraph>
          <ReusedMaterialList items={reused} />
        </section>
      )}
      {materials.length > 0 && <Typography.Paragraph>{t('materialFiles.step.intro')}</Typography.Paragraph>}
      <div className="material-upload-list">
        {materials.map((m) => (
          <MaterialUploadCard
            key={m.id}
            matterCode={props.matterCode}
            material={m}
            because={uploadReason(props.sources.get(m.id))}
            files={props.uploads[m.id] ?? []}
            errors={messagesOf(m.id)}
            onFilesChange={(files) => props.onFilesChange(m.id, files)}
            onBusyChange={(b) => setBusy((current) => ({ ...current, [m.id]: b }))}
          />
        ))}
      </div>
      {exempt.length > 0 && (
        <div className="material-exempt">
          <Typography.Paragraph type="secondary">{t('materialFiles.step.exemptTitle')}</Typography.Paragraph>
          <ul>
            {exempt.map((m) => (
              <li key={m.id}>{m.name}</li>
            ))}
          </ul>
        </div>
      )}
      <ApplyActions
        primary={{ label: props.returnToCheck ? t('apply.backToCheck') : t('apply.next'), onClick: next }}
        onPrevious={props.onPrevious}
        onSaveDraft={props.onSaveDraft}
        saving={props.saving}
      />
    </>
  );
}
