import '../materialFiles.css';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Material } from '../../api/catalogueTypes';
import { fileUrls } from '../../api/uploads';

/** 空白表格 and 填写样例 of a material, as plain download links; nothing when it has neither. */
export function MaterialFileLinks({ matterCode, material }: { matterCode: string; material: Material }) {
  const { t } = useTranslation();
  const links = (['template', 'sample'] as const).filter((kind) =>
    kind === 'template' ? material.templateFileId : material.sampleFileId,
  );
  if (links.length === 0) return null;
  return (
    <span className="material-file-links">
      {links.map((kind) => (
        <a
          key={kind}
          href={fileUrls.materialFile(matterCode, material.id, kind)}
          download
          aria-label={t(`materialFiles.${kind}Label`, { name: material.name })}
        >
          <DownloadOutlined aria-hidden /> {t(`materialFiles.${kind}`)}
        </a>
      ))}
    </span>
  );
}
