import { Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useThemes } from '../../api/catalogue';
import type { Theme } from '../../api/catalogueTypes';
import { QueryError } from '../../shared/QueryError';

/** Pressing a tile filters by its theme; pressing it again lifts the filter. */
export function ThemeTiles(props: { selected?: Theme; onSelect: (theme?: Theme) => void }) {
  const { t } = useTranslation();
  const themes = useThemes();
  const shown = themes.data?.filter((theme) => theme.count > 0) ?? [];

  return (
    <section aria-labelledby="themes-title" className="hall-section">
      <Typography.Title level={2} id="themes-title" className="section-title">
        {t('hall.themesTitle')}
      </Typography.Title>
      {themes.isPending && <Skeleton active paragraph={{ rows: 2 }} />}
      {themes.isError && <QueryError error={themes.error} onRetry={() => void themes.refetch()} />}
      <ul className="theme-grid">
        {shown.map((theme) => {
          const pressed = theme.code === props.selected;
          return (
            <li key={theme.code}>
              <button
                type="button"
                className={pressed ? 'theme-tile theme-tile-on' : 'theme-tile'}
                aria-pressed={pressed}
                aria-label={t('hall.themeTile', { label: theme.label, count: theme.count })}
                onClick={() => props.onSelect(pressed ? undefined : theme.code)}
              >
                <span className="theme-tile-label">{theme.label}</span>
                <span className="theme-tile-count" aria-hidden="true">
                  {theme.count}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
