import { lazy, Suspense } from 'react';
import type { BlueprintMapProps } from './BlueprintMap';

// MapLibre is fetched when the blueprint is opened, not with the workbench.
const BlueprintMap = lazy(() => import('./BlueprintMap'));

/** The blueprint's map (BlueprintMap.tsx), with its space kept while it loads. */
export function LazyBlueprintMap(props: BlueprintMapProps) {
  return (
    <Suspense fallback={<div className="blueprint-map" aria-busy="true" />}>
      <BlueprintMap {...props} />
    </Suspense>
  );
}
