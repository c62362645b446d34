import { Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface Props {
  q: string;
  suggestions: string[];
  filtered: boolean;
  onClear: () => void;
}

/** Says plainly that nothing matched, and offers the way on: a likely name, or fewer filters. */
export function EmptyResults({ q, suggestions, filtered, onClear }: Props) {
  const { t } = useTranslation();
  return (
    <div className="hall-empty" role="status">
      <Typography.Title level={3} className="hall-empty-title">
        {q ? t('hall.emptyQuery', { q }) : t('hall.emptyFiltered')}
      </Typography.Title>
      {q && <Typography.Paragraph>{t('hall.emptyHint')}</Typography.Paragraph>}
      {suggestions.length > 0 && (
        <>
          <Typography.Paragraph strong>{t('hall.suggestionsTitle')}</Typography.Paragraph>
          <ul className="suggestion-list">
            {suggestions.map((name) => (
              <li key={name}>
                <Link to={`/matters?q=${encodeURIComponent(name)}`}>{name}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {filtered && (
        <Button onClick={onClear} className="hall-empty-clear">
          {t('hall.clearFilters')}
        </Button>
      )}
    </div>
  );
}
