import { App, Button, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DraftItem } from '../../api/applicationTypes';
import { useDeleteDraft, useDrafts } from '../../api/drafts';
import { formatDateTime } from '../../shared/format';
import { LinkButton } from '../../shared/LinkButton';
import { problemOf } from '../../shared/problem';
import { QueryError } from '../../shared/QueryError';

export function DraftList() {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const drafts = useDrafts();
  const remove = useDeleteDraft();

  const confirmDelete = (draft: DraftItem) =>
    modal.confirm({
      title: t('myApplications.deleteDraftConfirm', { name: draft.matterName }),
      okText: t('myApplications.deleteDraft'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        remove.mutateAsync(draft.id).then(
          () => void message.success(t('myApplications.draftDeleted')),
          (error: unknown) => void message.error(problemOf(error).title),
        ),
    });

  if (drafts.isPending) return <Skeleton active />;
  if (drafts.isError) return <QueryError error={drafts.error} onRetry={() => void drafts.refetch()} />;
  if (drafts.data.length === 0) {
    return (
      <Typography.Paragraph className="empty-block">{t('myApplications.draftsEmpty')}</Typography.Paragraph>
    );
  }

  return (
    <ul className="record-list">
      {drafts.data.map((draft) => (
        <li key={draft.id} className="record-item">
          <span className="record-title">{draft.matterName}</span>
          <span className="record-meta">
            {t('myApplications.draftUpdated', { time: formatDateTime(draft.updatedAt) })}
          </span>
          <div className="record-actions">
            <LinkButton to={`/apply/drafts/${draft.id}`} type="primary">
              {t('myApplications.continue')}
            </LinkButton>
            <Button
              danger
              onClick={() => confirmDelete(draft)}
              aria-label={t('myApplications.deleteDraftLabel', { name: draft.matterName })}
            >
              {t('myApplications.deleteDraft')}
            </Button>
          </div>
        </li>
      ))}
    </ul>
  );
}
