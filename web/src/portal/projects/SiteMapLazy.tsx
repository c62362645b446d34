import './projects.css';
import { lazy, Suspense } from 'react';
import type { SiteMapProps } from './siteGeometry';

// MapLibre is fetched when a map is first shown, not with the page that holds it.
const SiteMap = lazy(() => import('./SiteMap'));

/** The site's red line on the map (SiteMap.tsx), with its space kept while it loads. */
export function LazySiteMap(props: SiteMapProps) {
  return (
    <Suspense fallback={<div className="site-map" aria-busy="true" />}>
      <SiteMap {...props} />
    </Suspense>
  );
}
