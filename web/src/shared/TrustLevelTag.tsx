import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TrustLevel } from '../api/types';

const colors: Record<TrustLevel, string> = { 2: 'default', 3: 'blue', 4: 'green' };

export function TrustLevelTag({ level }: { level: TrustLevel }) {
  const { t } = useTranslation();
  return <Tag color={colors[level]}>{t(`trust.level${level}`)}</Tag>;
}
