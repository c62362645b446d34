import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FilingStatus } from '../../api/projects';

const colors: Record<FilingStatus | 'not_started', string> = {
  not_started: 'default',
  in_progress: 'blue',
  correction_requested: 'orange',
  closed: 'green',
};

export function FilingStatusTag({ status }: { status: FilingStatus | 'not_started' }) {
  const { t } = useTranslation();
  return <Tag color={colors[status]}>{t(`projects.filingStatus.${status}`)}</Tag>;
}
