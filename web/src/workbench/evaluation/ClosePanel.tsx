import { App, Button, Card, Popconfirm, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type RectificationDetail, useRectificationStep } from '../../api/evaluation';
import { problemOf } from '../../shared/problem';

/** 办结: possible once rectified and called back; then the record is final, on time or late. */
export function ClosePanel({ detail, canHandle }: { detail: RectificationDetail; canHandle: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const close = useRectificationStep(detail.id, 'close');

  if (detail.status === 'closed') {
    return (
      <Card title={t('rectification.closeTitle')} className="rectification-panel">
        <Typography.Paragraph>
          {t('common.withNote', { text: t('rectification.closed'), note: detail.closedOn })}{' '}
          <Tag color={detail.onTime ? 'green' : 'red'}>
            {detail.onTime ? t('rectification.onTime') : t('rectification.late')}
          </Tag>
        </Typography.Paragraph>
      </Card>
    );
  }
  if (!canHandle) return null;
  const ready = detail.rectification !== null && detail.callBack !== null;
  return (
    <Card title={t('rectification.closeTitle')} className="rectification-panel">
      <Typography.Paragraph type="secondary">{t('rectification.closeHint')}</Typography.Paragraph>
      <Popconfirm
        title={t('rectification.closeConfirm')}
        okText={t('common.confirm')}
        cancelText={t('common.cancel')}
        onConfirm={() =>
          close.mutateAsync(undefined).then(
            () => message.success(t('rectification.closed')),
            (error: unknown) => message.error(problemOf(error).title),
          )
        }
      >
        <Button type="primary" disabled={!ready} loading={close.isPending}>
          {t('rectification.close')}
        </Button>
      </Popconfirm>
    </Card>
  );
}
