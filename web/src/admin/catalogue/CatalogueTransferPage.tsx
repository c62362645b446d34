import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ExportCard } from './ExportCard';
import { ImportCard } from './ImportCard';

export default function CatalogueTransferPage() {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={1} className="page-title">
        {t('transfer.title')}
      </Typography.Title>
      <div className="card-stack transfer-cards">
        <ExportCard />
        <ImportCard />
      </div>
    </>
  );
}
