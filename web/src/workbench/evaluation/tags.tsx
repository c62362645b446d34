import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Level, RectificationItem } from '../../api/evaluation';

/** 不满意 / 非常不满意, the latter in red. */
export function LevelTag({ level }: { level: Level }) {
  const { t } = useTranslation();
  return <Tag color={level === 1 ? 'red' : 'orange'}>{t(`evaluation.levels.l${level}`)}</Tag>;
}

/** Open or closed, and overdue when an open one is past its deadline. */
export function RectificationStatusTag({ item }: { item: Pick<RectificationItem, 'status' | 'overdue'> }) {
  const { t } = useTranslation();
  if (item.overdue) return <Tag color="red">{t('rectification.overdue')}</Tag>;
  return (
    <Tag color={item.status === 'closed' ? 'green' : 'processing'}>
      {t(`rectification.status.${item.status}`)}
    </Tag>
  );
}
