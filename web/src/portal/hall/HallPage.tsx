import '../catalogue.css';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { AudienceSwitch } from './AudienceSwitch';
import { HallSearchBox } from './HallSearchBox';
import { LifeEventList } from './LifeEventList';
import { MatterResults } from './MatterResults';
import { ThemeTiles } from './ThemeTiles';
import { useHallParams } from './useHallParams';

/**
 * 办事大厅. Without a search the page browses (themes, life events, every matter); with one,
 * the results come straight after the search box, which is what a phone user wants to see.
 */
export default function HallPage() {
  const { t } = useTranslation();
  const hall = useHallParams();
  const { filters, update } = hall;

  return (
    <div className="page hall">
      <div className="hall-head">
        <Typography.Title level={1} className="page-title">
          {t('hall.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" className="hall-intro">
          {t('hall.intro')}
        </Typography.Paragraph>
        <HallSearchBox key={filters.q} initial={filters.q} onSearch={(q) => update({ q })} />
        <AudienceSwitch value={filters.audience} onChange={(audience) => update({ audience })} />
      </div>
      {!filters.q && <ThemeTiles selected={filters.theme} onSelect={(theme) => update({ theme })} />}
      {!hall.filtered && <LifeEventList audience={filters.audience} />}
      <MatterResults hall={hall} />
    </div>
  );
}
