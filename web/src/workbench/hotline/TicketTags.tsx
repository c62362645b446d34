import { Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Warning } from '../../api/workflowTypes';
import { useTaxonomyNames } from '../../portal/hotline/api';
import { formatDateTime, todayInShanghai } from '../../shared/format';
import { WarningTag } from '../cases/WarningTag';
import type { TicketItem } from './api';

const STATUS_COLOURS: Record<string, string> = {
  pending_dispatch: 'orange',
  dispatched: 'blue',
  returned: 'magenta',
  in_progress: 'processing',
  replied: 'cyan',
  closed: 'green',
  direct_answered: 'green',
  redirected: 'default',
  merged: 'default',
};

const SOON_MS = 2 * 3_600_000;

/** The limit the order runs against now, and how near it is (红黄牌: yellow near, red past). */
export function dueOf(
  item: TicketItem,
  now = Date.now(),
): {
  label: 'dispatchDue' | 'signDue' | 'handlingDue';
  text: string;
  warning: Warning;
} | null {
  const instant = (label: 'dispatchDue' | 'signDue', at: string | null) =>
    at
      ? {
          label,
          text: formatDateTime(at),
          warning: (item.late ? 'red' : Date.parse(at) - now < SOON_MS ? 'yellow' : 'none') as Warning,
        }
      : null;
  switch (item.status) {
    case 'pending_dispatch':
    case 'returned':
      return instant('dispatchDue', item.dispatchDueAt);
    case 'dispatched':
      if (item.signDueAt && Date.parse(item.signDueAt) < now) return instant('signDue', item.signDueAt);
      return item.handlingDueOn ? handling(item) : instant('signDue', item.signDueAt);
    case 'in_progress':
      return handling(item);
    default:
      return null;
  }
}

function handling(item: TicketItem) {
  if (!item.handlingDueOn) return null;
  const today = todayInShanghai();
  const tomorrow = dayjs(today).add(1, 'day').format('YYYY-MM-DD');
  const warning: Warning = item.late ? 'red' : item.handlingDueOn <= tomorrow ? 'yellow' : 'none';
  return { label: 'handlingDue' as const, text: item.handlingDueOn, warning };
}

export function StatusTag({ status }: { status: string }) {
  const names = useTaxonomyNames();
  return <Tag color={STATUS_COLOURS[status] ?? 'default'}>{names.status(status)}</Tag>;
}

/** Status and what marks the order out: urgent, returned, reopened, supervised, an extension asked. */
export function TicketTags({ item }: { item: TicketItem }) {
  const { t } = useTranslation();
  return (
    <Space size={[0, 4]} wrap className="tag-list">
      <StatusTag status={item.status} />
      {item.urgency === 'urgent' && <Tag color="red">{t('hotline.tags.urgent')}</Tag>}
      {item.returnCount > 0 && <Tag>{t('hotline.tags.returned', { count: item.returnCount })}</Tag>}
      {item.reopenCount > 0 && (
        <Tag color="volcano">{t('hotline.tags.reopened', { count: item.reopenCount })}</Tag>
      )}
      {item.supervisionCount > 0 && (
        <Tag color="purple">{t('hotline.tags.supervised', { count: item.supervisionCount })}</Tag>
      )}
      {item.extensionPending && <Tag color="gold">{t('hotline.tags.extensionPending')}</Tag>}
    </Space>
  );
}

/** The limit in words with its warning; nothing for orders no limit runs on. */
export function DueText({ item }: { item: TicketItem }) {
  const { t } = useTranslation();
  const due = dueOf(item);
  if (!due) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space size={4} wrap>
      <span>{t('common.labelled', { label: t(`hotline.due.${due.label}`), text: due.text })}</span>
      <WarningTag warning={due.warning} />
    </Space>
  );
}
