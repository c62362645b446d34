import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n';

/** Lengths, areas and shares as the interface language writes them (米/公里, m², %). */
export function useMeasures() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const number = (value: number, digits: number) =>
    new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(value);
  return {
    length: (m: number) =>
      m < 1000
        ? t('blueprint.units.metres', { value: number(m, 1) })
        : t('blueprint.units.kilometres', { value: number(m / 1000, 3) }),
    area: (m2: number) =>
      m2 < 1_000_000
        ? t('blueprint.units.squareMetres', { value: number(m2, 1) })
        : t('blueprint.units.squareKilometres', { value: number(m2 / 1_000_000, 3) }),
    /** Always in m², as sites and the check's overlaps are given. */
    m2: (m2: number) => t('blueprint.units.squareMetres', { value: number(m2, 1) }),
    share: (ratio: number) => `${number(ratio * 100, 1)}%`,
    number,
  };
}
