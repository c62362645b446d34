import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/session';
import type { hotlineZh } from '../../i18n/hotline.zh-CN';
import { type Queue, TicketQueues } from './TicketQueues';

type QueueKey = Exclude<keyof typeof hotlineZh.hotline.unitQueues, `${string}Hint`>;

/** A unit's 12345 orders (the ones it leads or assists): sign for, handle, reply on time. */
export default function UnitOrdersPage() {
  const { t } = useTranslation();
  const department = useSession().data!.account.departmentName;
  const queue = (key: QueueKey, filter: Queue['filter'], counted = true): Queue => ({
    key,
    label: t(`hotline.unitQueues.${key}`),
    hint: t(`hotline.unitQueues.${key}Hint`),
    filter,
    counted,
  });
  const queues = [
    queue('sign', { status: 'dispatched' }),
    queue('handling', { status: 'in_progress' }),
    queue('late', { late: 'true' }),
    queue('replied', { status: 'replied' }, false),
    queue('all', {}, false),
  ];
  return (
    <TicketQueues
      title={t('hotline.unit.title', { unit: department ?? '' })}
      queues={queues}
      basePath="/workbench/hotline/unit"
    />
  );
}
