import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TicketStatus } from './api';

// A caller needs less than staff do: received, being handled, answered, finished.
const STAGES: Record<TicketStatus, 'received' | 'handling' | 'answered' | 'finished' | 'merged'> = {
  pending_dispatch: 'received',
  dispatched: 'handling',
  returned: 'handling',
  in_progress: 'handling',
  replied: 'answered',
  closed: 'finished',
  direct_answered: 'finished',
  redirected: 'finished',
  merged: 'merged',
};
const COLOURS = {
  received: 'default',
  handling: 'processing',
  answered: 'cyan',
  finished: 'green',
  merged: 'default',
} as const;

export function MyStatusTag({ status }: { status: TicketStatus }) {
  const { t } = useTranslation();
  const stage = STAGES[status];
  return <Tag color={COLOURS[stage]}>{t(`myHotline.stage.${stage}`)}</Tag>;
}
