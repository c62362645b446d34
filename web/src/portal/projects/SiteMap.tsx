// The site's red line on the offline map of Foshan (shared/map/offlineMap.ts): loaded on demand
// (SiteMapLazy.tsx), as MapLibre is the largest part of it. A click adds a corner when the
// map is drawn on; the red line itself is GeoJSON layers over the districts.
import type { GeoJSONSource, StyleSpecification } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FOSHAN_LAYERS, FOSHAN_SOURCES, useOfflineMap } from '../../shared/map/offlineMap';
import { useTaxonomyNames } from '../hotline/api';
import { boundsOfSite, type SiteMapProps, siteFeatures } from './siteGeometry';

const RED = '#cf1322';

const STYLE: StyleSpecification = {
  version: 8,
  sources: {
    ...FOSHAN_SOURCES,
    site: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
  },
  layers: [
    ...FOSHAN_LAYERS,
    {
      id: 'site-fill',
      type: 'fill',
      source: 'site',
      filter: ['==', ['geometry-type'], 'Polygon'],
      paint: { 'fill-color': RED, 'fill-opacity': 0.15 },
    },
    {
      id: 'site-line',
      type: 'line',
      source: 'site',
      filter: ['!=', ['geometry-type'], 'Point'],
      paint: { 'line-color': RED, 'line-width': 2 },
    },
    {
      id: 'site-corners',
      type: 'circle',
      source: 'site',
      filter: ['==', ['geometry-type'], 'Point'],
      paint: {
        'circle-radius': 4,
        'circle-color': '#fff',
        'circle-stroke-color': RED,
        'circle-stroke-width': 2,
      },
    },
  ],
};

/** A hundredth of a metre is more than a click can tell. */
const round = (v: number) => Math.round(v * 1e7) / 1e7;

export default function SiteMap({ site, corners, onPick, label }: SiteMapProps) {
  const { t } = useTranslation();
  const names = useTaxonomyNames();
  const pick = useRef(onPick);
  pick.current = onPick;
  // No WebGL in this browser (failed): the red line can still be uploaded as GeoJSON.
  const { container, map, ready, failed } = useOfflineMap({
    style: STYLE,
    label,
    districtName: names.district,
    // A site is a few hundred metres across: its corners are placed close in.
    options: () => ({ maxZoom: 18, doubleClickZoom: false }),
    setup: (m) => m.on('click', (e) => pick.current?.([round(e.lngLat.lng), round(e.lngLat.lat)])),
  });

  useEffect(() => {
    if (!map || !ready) return;
    // Absent on a map just removed (its name changed): the new one draws the site when loaded.
    (map.getSource('site') as GeoJSONSource | undefined)?.setData(siteFeatures(site, corners));
  }, [map, ready, site, corners]);

  // A red line given whole (uploaded, or a project's) is brought into view; one being drawn is not.
  const drawing = Boolean(onPick) && (corners?.length ?? 0) > 0;
  useEffect(() => {
    if (!map || !site || drawing) return;
    map.fitBounds(boundsOfSite(site), { padding: 32, maxZoom: 17, duration: 0 });
  }, [map, site, drawing]);

  if (failed) return <div className="site-map site-map-failed">{t('projects.site.mapUnavailable')}</div>;
  // MapLibre owns its container's classes (maplibregl-map: positioned, clipping its markers);
  // React's own class and flag sit on a frame around it, so a render cannot take them away.
  return (
    <div className={`site-map${onPick ? ' site-map-pick' : ''}`} data-ready={ready || undefined}>
      <div ref={container} className="site-map-canvas" />
    </div>
  );
}
