import { useTranslation } from 'react-i18next';
import { useTaxonomyNames } from '../portal/hotline/api';
import type { Dashboard, Keyed } from './api';

/** The dashboard's keyed counts with names in the interface language, and the words around them. */
export function useFigureNames() {
  const { t } = useTranslation();
  const names = useTaxonomyNames();
  const named = (rows: Keyed[], name: (code: string) => string) =>
    rows.map((r) => ({ name: r.key === 'unknown' ? t('dashboard.unknown') : name(r.key), count: r.count }));
  const percent = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(1)}%`);
  return {
    names,
    separator: t('common.listSeparator'),
    percent,
    byType: (d: Dashboard) => named(d.byType, names.type),
    byDistrict: (d: Dashboard) => named(d.byDistrict, names.district),
    byChannel: (d: Dashboard) => named(d.byChannel, names.channel),
    satisfaction: (d: Dashboard) =>
      [
        { name: names.followUp('satisfied'), count: d.satisfaction.satisfied },
        { name: names.followUp('basically_satisfied'), count: d.satisfaction.basicallySatisfied },
        { name: names.followUp('dissatisfied'), count: d.satisfaction.dissatisfied },
        { name: names.followUp('unreachable'), count: d.satisfaction.unreachable },
      ].filter((r) => r.count > 0),
    /** Closed on time among the closed, as a share. */
    onTimeRate: (d: Dashboard) => (d.totals.closed ? d.totals.closedOnTime / d.totals.closed : null),
  };
}
