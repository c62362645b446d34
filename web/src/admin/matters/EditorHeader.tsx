import { ArrowLeftOutlined, ExportOutlined } from '@ant-design/icons';
import { Button, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MatterVersion } from '../../api/catalogueTypes';
import type { useEditorActions } from './useEditorActions';

interface Props {
  code: string | undefined;
  name: string;
  versions: MatterVersion[];
  dirty: boolean;
  actions: ReturnType<typeof useEditorActions>;
}

export function EditorHeader({ code, name, versions, dirty, actions }: Props) {
  const { t } = useTranslation();
  const published = versions.find((v) => v.status === 'published');
  const draft = versions.find((v) => v.status === 'draft');

  return (
    <header className="editor-header">
      <Link to="/admin/matters" className="back-link">
        <ArrowLeftOutlined /> {t('matters.back')}
      </Link>
      <div className="page-head">
        <div className="editor-title">
          <Typography.Title level={1} className="page-title">
            {code ? name || t('editor.editTitle') : t('editor.newTitle')}
          </Typography.Title>
          {code && (
            <span className="editor-state">
              <code>{code}</code>
              {published ? (
                <Tag color="green">{t('editor.state.published', { version: published.version })}</Tag>
              ) : (
                <Tag>{t('editor.state.notPublished')}</Tag>
              )}
              {draft && <Tag color="gold">{t('editor.state.draft', { version: draft.version })}</Tag>}
              {dirty && <Tag color="orange">{t('editor.state.unsaved')}</Tag>}
              {published && (
                <Link to={`/matters/${code}`} target="_blank" rel="noopener">
                  {t('editor.viewInHall')} <ExportOutlined />
                </Link>
              )}
              {published && <Link to={`/admin/matters/${code}/process`}>{t('processAdmin.link')}</Link>}
            </span>
          )}
        </div>
        <Space wrap className="editor-actions">
          <Button onClick={actions.saveDraft} loading={actions.saving}>
            {t('editor.saveDraft')}
          </Button>
          <Button
            type="primary"
            onClick={actions.publish}
            loading={actions.publishing}
            disabled={!actions.canPublish}
          >
            {t('editor.publish')}
          </Button>
          {actions.canWithdraw && (
            <Button danger onClick={actions.withdraw} loading={actions.withdrawing}>
              {t('editor.withdraw')}
            </Button>
          )}
        </Space>
      </div>
    </header>
  );
}
