import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MatterStatus } from '../../api/catalogueTypes';

const colors: Record<MatterStatus, string> = {
  draft: 'gold',
  published: 'green',
  superseded: 'default',
  withdrawn: 'red',
};

export function MatterStatusTag({ status }: { status: MatterStatus }) {
  const { t } = useTranslation();
  return <Tag color={colors[status]}>{t(`vocab.status.${status}`)}</Tag>;
}
