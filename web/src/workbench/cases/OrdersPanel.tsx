import { Card, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SupervisionOrder } from '../../api/workflowTypes';
import { useCaseLabels } from './labels';
import { formatInstant } from './time';

/** 督办单 issued on the case, each with its answer or its due date. */
export function OrdersPanel({ orders }: { orders: readonly SupervisionOrder[] }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  if (orders.length === 0) return null;
  return (
    <Card title={t('cases.orders.title')} className="block-gap" size="small">
      <ol className="plain-list order-list">
        {orders.map((order) => (
          <li key={order.id}>
            <Typography.Paragraph className="order-text">{order.text}</Typography.Paragraph>
            <div className="order-meta">
              {t('cases.orders.meta', {
                department: labels.department(order.department),
                issuedAt: formatInstant(order.issuedAt),
                dueOn: order.dueOn,
              })}
            </div>
            {order.answer ? (
              <Typography.Paragraph className="order-answer">
                {t('cases.orders.answerLine', {
                  text: order.answer.text,
                  time: formatInstant(order.answer.at),
                })}
              </Typography.Paragraph>
            ) : (
              <Tag color="warning">{t('cases.orders.unanswered')}</Tag>
            )}
          </li>
        ))}
      </ol>
    </Card>
  );
}
