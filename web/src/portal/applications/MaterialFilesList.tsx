import '../materialFiles.css';
import { PaperClipOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UploadedFile } from '../../api/uploads';
import { formatFileSize } from '../../shared/fileSize';

export interface MaterialGroup {
  materialId: string;
  name: string;
  files: (UploadedFile & { href: string })[];
}

interface Props {
  groups: readonly MaterialGroup[];
  /** Said for a material without files. */
  emptyText: string;
  /** A 修改 link beside each material (the check page). */
  action?: (group: MaterialGroup) => ReactNode;
}

/** Materials with their files, each file a download link, in the summary-list style of the answers. */
export function MaterialFilesList({ groups, emptyText, action }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <dl
      className={['answer-list', 'material-files-list', !action && 'answer-list-readonly']
        .filter(Boolean)
        .join(' ')}
    >
      {groups.map((group) => (
        <div key={group.materialId} className="answer-row">
          <dt className="answer-key">{group.name}</dt>
          <dd className="answer-value">
            {group.files.length === 0 ? (
              emptyText
            ) : (
              <ul className="material-files">
                {group.files.map((file) => (
                  <li key={file.fileId}>
                    <a
                      href={file.href}
                      download
                      aria-label={t('materialFiles.detail.downloadLabel', { file: file.fileName })}
                    >
                      <PaperClipOutlined aria-hidden /> {file.fileName}
                    </a>{' '}
                    <span className="material-file-size">{formatFileSize(file.byteSize, i18n.language)}</span>
                  </li>
                ))}
              </ul>
            )}
          </dd>
          {action && <dd className="answer-action">{action(group)}</dd>}
        </div>
      ))}
    </dl>
  );
}
