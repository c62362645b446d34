import { useTranslation } from 'react-i18next';
import { guideSections } from './sections';

/**
 * GOV.UK-style contents: plain in-page links, on a phone above the guide, on a desktop beside it
 * (both are rendered; the stylesheet shows one).
 */
export function GuideContents({ place }: { place: 'inline' | 'aside' }) {
  const { t } = useTranslation();
  return (
    <nav aria-labelledby={`contents-${place}`} className={`guide-contents guide-contents-${place}`}>
      <h2 id={`contents-${place}`} className="guide-contents-title">
        {t('guide.contents')}
      </h2>
      <ol>
        {guideSections.map((id) => (
          <li key={id}>
            <a href={`#${id}`}>{t(`guide.sections.${id}`)}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
