import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApplicationDetail } from '../../api/applicationTypes';
import { fileUrls } from '../../api/uploads';
import { MaterialFilesList, type MaterialGroup } from './MaterialFilesList';

/** The files handed in with the application, under their materials, each downloadable by the applicant. */
export function SubmittedMaterials({ application }: { application: ApplicationDetail }) {
  const { t } = useTranslation();
  if (application.materials.length === 0)
    return <Typography.Paragraph type="secondary">{t('materialFiles.detail.empty')}</Typography.Paragraph>;
  const groups: MaterialGroup[] = [];
  for (const m of application.materials) {
    let group = groups.find((g) => g.materialId === m.materialId);
    if (!group) {
      group = { materialId: m.materialId, name: m.materialName, files: [] };
      groups.push(group);
    }
    group.files.push({ ...m, href: fileUrls.applicationMaterial(application.applicationNo, m.fileId) });
  }
  return <MaterialFilesList groups={groups} emptyText="" />;
}
