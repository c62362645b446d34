import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MatterDetail } from '../../api/catalogueTypes';

export function BasicInfo({ matter }: { matter: MatterDetail }) {
  const { t } = useTranslation();
  const { guide } = matter;
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, sm: 1, md: 2 }}
      className="guide-facts"
      items={[
        { key: 'type', label: t('guide.type'), children: t(`vocab.matterType.${guide.type}`) },
        { key: 'department', label: t('guide.department'), children: matter.departmentName },
        { key: 'level', label: t('guide.level'), children: t(`vocab.level.${guide.level}`) },
        {
          key: 'audiences',
          label: t('guide.audiences'),
          children: guide.audiences.map((a) => t(`vocab.audience.${a}`)).join(t('common.listSeparator')),
        },
        {
          key: 'crossRegion',
          label: t('guide.crossRegion'),
          children: t(`vocab.crossRegion.${guide.crossRegion}`),
        },
        {
          key: 'onlineDepth',
          label: t('guide.onlineDepth'),
          children: t(`vocab.onlineDepth.${guide.onlineDepth}`),
        },
        {
          key: 'visits',
          label: t('guide.visits'),
          children: t('guide.visitsValue', { count: guide.visits }),
        },
        {
          key: 'channels',
          label: t('guide.channels'),
          children: guide.channels.map((c) => t(`vocab.channel.${c}`)).join(t('common.listSeparator')),
        },
        {
          key: 'commitment',
          label: t('guide.commitment'),
          children: guide.commitment ? t('guide.commitmentYes') : t('guide.commitmentNo'),
          span: { xs: 1, sm: 1, md: 2 },
        },
      ]}
    />
  );
}
