import { Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseDelivery } from '../../api/workflowTypes';
import { formatInstant } from './time';

export function DeliveryPanel({ delivery }: { delivery: CaseDelivery | null }) {
  const { t } = useTranslation();
  if (!delivery) return null;
  return (
    <Card title={t('cases.deliveryInfo.title')} className="block-gap" size="small">
      <Descriptions
        column={1}
        size="small"
        items={[
          {
            key: 'channel',
            label: t('cases.deliveryInfo.channel'),
            children: t(`cases.vocab.delivery.${delivery.channel}`),
          },
          ...(delivery.trackingNo
            ? [{ key: 'tracking', label: t('cases.deliveryInfo.trackingNo'), children: delivery.trackingNo }]
            : []),
          ...(delivery.place
            ? [{ key: 'place', label: t('cases.deliveryInfo.place'), children: delivery.place }]
            : []),
          { key: 'at', label: t('cases.deliveryInfo.at'), children: formatInstant(delivery.at) },
        ]}
      />
    </Card>
  );
}
