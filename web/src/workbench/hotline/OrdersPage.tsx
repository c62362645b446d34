import { useTranslation } from 'react-i18next';
import type { hotlineZh } from '../../i18n/hotline.zh-CN';
import { type Queue, TicketQueues } from './TicketQueues';

type QueueKey = Exclude<keyof typeof hotlineZh.hotline.queues, `${string}Hint`>;

/** The 12345 centre's desk (dispatchers, supervisors): what waits for dispatch, arbitration, a call back. */
export default function OrdersPage() {
  const { t } = useTranslation();
  const queue = (key: QueueKey, filter: Queue['filter'], counted = true): Queue => ({
    key,
    label: t(`hotline.queues.${key}`),
    hint: t(`hotline.queues.${key}Hint`),
    filter,
    counted,
  });
  const queues = [
    queue('pending', { status: 'pending_dispatch' }),
    queue('returned', { status: 'returned' }),
    queue('handling', { status: 'dispatched,in_progress' }, false),
    queue('followUp', { status: 'replied' }),
    queue('late', { late: 'true' }),
    queue('all', {}, false),
  ];
  return (
    <TicketQueues title={t('hotline.orders.title')} queues={queues} basePath="/workbench/hotline/orders" />
  );
}
