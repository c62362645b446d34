import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Fee } from '../../api/catalogueTypes';
import { currentLanguage } from '../../i18n';
import { formatYuan } from '../../shared/format';

export function Fees({ fees }: { fees: Fee[] }) {
  const { t } = useTranslation();
  if (fees.length === 0) {
    return (
      <Typography.Paragraph strong className="fee-free">
        {t('guide.free')}
      </Typography.Paragraph>
    );
  }
  return (
    <Table
      rowKey="item"
      size="small"
      bordered
      pagination={false}
      dataSource={fees}
      scroll={{ x: 'max-content' }}
      columns={[
        { key: 'item', title: t('guide.feeItem'), dataIndex: 'item' },
        {
          key: 'amount',
          title: t('guide.feeAmount'),
          render: (_, fee: Fee) => t('guide.yuan', { amount: formatYuan(fee.amountFen, currentLanguage()) }),
        },
        {
          key: 'basis',
          title: t('guide.feeBasis'),
          render: (_, fee: Fee) => fee.basis ?? t('common.none'),
        },
      ]}
    />
  );
}
