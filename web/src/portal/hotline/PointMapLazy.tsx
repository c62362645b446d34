import './point-map.css';
import { lazy, Suspense } from 'react';
import type { PointMapProps } from './PointMap';

// MapLibre is fetched when a map is first shown, not with the page that holds it.
const PointMap = lazy(() => import('./PointMap'));

/** The map of an order's point (PointMap.tsx), with its space kept while it loads. */
export function LazyPointMap(props: PointMapProps) {
  return (
    <Suspense fallback={<div className="point-map" aria-busy="true" />}>
      <PointMap {...props} />
    </Suspense>
  );
}
