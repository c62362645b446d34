import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MatterGuide } from '../../api/catalogueTypes';
import { MaterialUploadCard } from '../../portal/apply/MaterialUploadCard';
import { type MaterialUploads, uploadedMaterials } from '../../portal/apply/materialUploads';

interface Props {
  matterCode: string;
  guide: MatterGuide;
  uploads: MaterialUploads;
  errors: Record<string, string[]>;
  onChange: (uploads: MaterialUploads) => void;
  onBusyChange: (busy: boolean) => void;
}

/**
 * The paper materials the applicant brought, scanned or photographed at the window: the
 * same cards as online (limits, blank forms), but nothing is required here — what is
 * missing is the intake decision's business (correction, or a shortfall of non-key items).
 */
export function WindowMaterials({ matterCode, guide, uploads, errors, onChange, onBusyChange }: Props) {
  const { t } = useTranslation();
  const materials = uploadedMaterials(guide);
  if (materials.length === 0)
    return <Typography.Paragraph type="secondary">{t('cases.window.noMaterials')}</Typography.Paragraph>;
  return (
    <>
      <Typography.Paragraph type="secondary">{t('cases.window.materialsIntro')}</Typography.Paragraph>
      {materials.map((material) => (
        <MaterialUploadCard
          key={material.id}
          matterCode={matterCode}
          material={material}
          files={uploads[material.id] ?? []}
          errors={errors[material.id] ?? []}
          onFilesChange={(files) => onChange({ ...uploads, [material.id]: files })}
          onBusyChange={onBusyChange}
        />
      ))}
    </>
  );
}
