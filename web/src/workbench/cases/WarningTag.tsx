import { ClockCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Warning } from '../../api/workflowTypes';

/** 红黄牌 in words and an icon as well as colour, so it reads without colour vision or in print. */
export function WarningTag({ warning, showNone = false }: { warning: Warning; showNone?: boolean }) {
  const { t } = useTranslation();
  if (warning === 'red')
    return (
      <Tag color="red" icon={<ExclamationCircleOutlined aria-hidden="true" />}>
        {t('cases.vocab.warning.red')}
      </Tag>
    );
  if (warning === 'yellow')
    return (
      <Tag color="gold" icon={<ClockCircleOutlined aria-hidden="true" />}>
        {t('cases.vocab.warning.yellow')}
      </Tag>
    );
  return showNone ? <Tag>{t('cases.vocab.warning.none')}</Tag> : null;
}
