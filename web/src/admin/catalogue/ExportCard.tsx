import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useExportCatalogue } from '../../api/catalogueAdmin';
import { problemOf } from '../../shared/problem';

function download(fileName: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

export function ExportCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const exporter = useExportCatalogue();

  return (
    <Card title={t('transfer.exportTitle')}>
      <Typography.Paragraph>{t('transfer.exportIntro')}</Typography.Paragraph>
      <Button
        type="primary"
        icon={<DownloadOutlined />}
        loading={exporter.isPending}
        onClick={() =>
          exporter.mutate(undefined, {
            onSuccess: (document) => {
              download(
                `onewindow-catalogue-${document.exportedAt.slice(0, 10)}.json`,
                JSON.stringify(document, null, 2),
              );
              message.success(t('transfer.exported', { count: document.matters.length }));
            },
            onError: (error) => message.error(problemOf(error).title),
          })
        }
      >
        {t('transfer.exportButton')}
      </Button>
    </Card>
  );
}
