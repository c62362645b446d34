import { UploadOutlined } from '@ant-design/icons';
import { Button, Tag, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Material, materialLimits } from '../../api/catalogueTypes';
import {
  acceptAttribute,
  discardUpload,
  fileUrls,
  looksAccepted,
  type UploadedFile,
  uploadMaterialFile,
} from '../../api/uploads';
import { problemOf } from '../../shared/problem';
import { MaterialFileLinks } from '../guide/MaterialFileLinks';
import { useMaterialTexts } from '../guide/useMaterialTexts';

interface Props {
  matterCode: string;
  material: Material;
  /** Why a licence or record the guide names must be uploaded all the same. */
  because?: string;
  /** A construction project's stage material: uploaded for that project. */
  projectId?: string;
  files: UploadedFile[];
  /** What the server or the page's own check said about this material. */
  errors: readonly string[];
  onFilesChange: (files: UploadedFile[]) => void;
  onBusyChange: (busy: boolean) => void;
}

type Item = UploadFile<UploadedFile>;

const itemOf = (file: UploadedFile): Item => ({
  uid: file.fileId,
  name: file.fileName,
  status: 'done',
  url: fileUrls.upload(file.fileId),
  response: file,
});

/** One material: what it is, its limits and forms to download, and the files uploaded for it. */
export function MaterialUploadCard({
  matterCode,
  material,
  because,
  projectId,
  files,
  errors,
  onFilesChange,
  onBusyChange,
}: Props) {
  const { t } = useTranslation();
  const text = useMaterialTexts();
  const limits = materialLimits(material);
  const [items, setItems] = useState<Item[]>(() => files.map(itemOf));
  const [notes, setNotes] = useState<string[]>([]);
  const headingId = `material-${material.id}`;

  const settle = (next: Item[]) => {
    // A failed upload is said in words below; it does not stay in the list.
    const kept = next.filter((i) => i.status !== 'error');
    setItems(kept.map((i) => (i.status === 'done' && i.response ? itemOf(i.response) : i)));
    onBusyChange(kept.some((i) => i.status === 'uploading'));
    onFilesChange(kept.flatMap((i) => (i.status === 'done' && i.response ? [i.response] : [])));
  };

  return (
    <section className="material-upload-card" aria-labelledby={headingId}>
      <div className="material-upload-head">
        <h2 id={headingId} className="material-upload-name">
          {material.name}
        </h2>
        {material.requirement === 'required' ? (
          <Tag color="red">{t('materialFiles.step.required')}</Tag>
        ) : (
          <Tag>{t('materialFiles.step.conditional', { condition: material.condition ?? '' })}</Tag>
        )}
      </div>
      {because && <p className="material-upload-because">{because}</p>}
      {material.note && <p className="material-upload-note">{material.note}</p>}
      <p className="material-upload-limits">{text.limits(material)}</p>
      <MaterialFileLinks matterCode={matterCode} material={material} />
      <Upload<UploadedFile>
        accept={acceptAttribute}
        fileList={items}
        beforeUpload={(file) => {
          const problem =
            items.length >= limits.maxFiles
              ? t('materialFiles.step.tooMany', { name: material.name, maxFiles: limits.maxFiles })
              : !looksAccepted(file)
                ? t('materialFiles.step.wrongType', { file: file.name })
                : file.size > limits.maxSizeMb * 1024 * 1024
                  ? t('materialFiles.step.tooLarge', { file: file.name, maxSizeMb: limits.maxSizeMb })
                  : null;
          setNotes(problem ? [problem] : []);
          return problem ? Upload.LIST_IGNORE : true;
        }}
        customRequest={({ file, onSuccess, onError }) => {
          uploadMaterialFile(matterCode, material.id, file as File, undefined, projectId)
            .then((stored) => onSuccess?.(stored))
            .catch((error: unknown) => {
              const reason = problemOf(error).errors?.[0]?.message ?? problemOf(error).title;
              setNotes([t('materialFiles.step.failed', { file: (file as File).name, reason })]);
              onError?.(error as Error);
            });
        }}
        onChange={({ fileList }) => settle(fileList)}
        onRemove={async (item) => {
          // Already handed in elsewhere, or gone: either way it leaves this list.
          if (item.response) await discardUpload(item.response.fileId).catch(() => undefined);
          return true;
        }}
      >
        <Button
          icon={<UploadOutlined />}
          disabled={items.length >= limits.maxFiles}
          aria-label={t('materialFiles.step.uploadLabel', { name: material.name })}
        >
          {t('materialFiles.step.choose')}
        </Button>
      </Upload>
      {[...notes, ...errors].map((message) => (
        <div key={message} role="alert" className="material-upload-error">
          {message}
        </div>
      ))}
    </section>
  );
}
