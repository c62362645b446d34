import { DeleteOutlined, EyeOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { acceptAttribute, fileUrls, uploadFile } from '../../api/uploads';
import { problemOf } from '../../shared/problem';

interface Props {
  /** The matter's code; a matter not yet created has nowhere to keep files. */
  code: string | undefined;
  kind: 'template' | 'sample';
  /** Set by Form.Item: the stored file's id. */
  value?: string;
  onChange?: (fileId: string | undefined) => void;
  id?: string;
}

/** 空白表格 or 填写样例 of a material: upload, look at, replace or remove it; saved with the guide. */
export function MaterialFileInput({ code, kind, value, onChange, id }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [name, setName] = useState<string | null>(null);
  const label = t(`materialFiles.${kind}`);
  if (!code) return <Typography.Text type="secondary">{t('materialFiles.editor.saveFirst')}</Typography.Text>;

  const upload = async (file: File) => {
    setBusy(true);
    try {
      const stored = await uploadFile(`/admin/matters/${encodeURIComponent(code)}/material-files`, file);
      setName(stored.fileName);
      onChange?.(stored.fileId);
      message.success(t('materialFiles.editor.uploaded', { kind: label }));
    } catch (error) {
      const problem = problemOf(error);
      message.error(
        t('materialFiles.editor.uploadFailed', { reason: problem.errors?.[0]?.message ?? problem.title }),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space wrap id={id}>
      {value ? (
        <a href={fileUrls.adminMaterialFile(code, value)} target="_blank" rel="noreferrer">
          <EyeOutlined aria-hidden /> {name ?? t('materialFiles.editor.view')}
        </a>
      ) : (
        <Typography.Text type="secondary">{t('materialFiles.editor.none')}</Typography.Text>
      )}
      <Upload
        accept={acceptAttribute}
        showUploadList={false}
        beforeUpload={(file) => {
          void upload(file);
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} loading={busy}>
          {value ? t('materialFiles.editor.replace') : t('materialFiles.editor.upload', { kind: label })}
        </Button>
      </Upload>
      {value && (
        <Button icon={<DeleteOutlined />} onClick={() => onChange?.(undefined)}>
          {t('materialFiles.editor.remove')}
        </Button>
      )}
    </Space>
  );
}
