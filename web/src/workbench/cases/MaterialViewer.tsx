import { ExportOutlined } from '@ant-design/icons';
import { Alert, Button, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { materialUrl } from '../../api/workflow';
import type { StaffApplicationMaterial } from '../../api/workflowTypes';

interface Props {
  applicationNo: string;
  material: StaffApplicationMaterial | null;
  onClose: () => void;
}

/** A material shown in place: PDFs in the browser's viewer (a same-origin frame), images as they are. */
export function MaterialViewer({ applicationNo, material, onClose }: Props) {
  const { t } = useTranslation();
  const url = material ? materialUrl(applicationNo, material.fileId) : '';
  const title = material
    ? t('cases.page.materialTitle', { material: material.materialName, file: material.fileName })
    : '';
  return (
    <Modal
      open={material !== null}
      title={title}
      onCancel={onClose}
      width="min(960px, 100vw)"
      destroyOnHidden
      footer={
        <Button href={url} target="_blank" rel="noopener" icon={<ExportOutlined />}>
          {t('cases.page.openInNewTab')}
        </Button>
      }
    >
      {material?.mediaType === 'application/pdf' && (
        <iframe className="material-frame" src={url} title={title} />
      )}
      {material?.mediaType.startsWith('image/') && <img className="material-image" src={url} alt={title} />}
      {material && material.mediaType !== 'application/pdf' && !material.mediaType.startsWith('image/') && (
        <Alert type="info" showIcon title={t('cases.page.cannotPreview')} />
      )}
    </Modal>
  );
}
