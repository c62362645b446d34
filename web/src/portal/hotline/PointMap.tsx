// The map behind "address and map point": loaded on demand (PointMapLazy.tsx), as MapLibre is
// the largest part of it. Offline, as every map of ours (shared/map/offlineMap.ts).
import { Marker, type StyleSpecification } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FOSHAN, FOSHAN_LAYERS, FOSHAN_SOURCES, useOfflineMap } from '../../shared/map/offlineMap';
import { type District, useTaxonomyNames } from './api';

export interface MapPoint {
  lng: number;
  lat: number;
}

export interface PointMapProps {
  point: MapPoint | null;
  /** Clicking the map sets the point; without it the map only shows it. */
  onPick?: ((point: MapPoint) => void) | undefined;
  /** The district chosen so far: the map shows it, for a click as precise as can be. */
  district?: string | null | undefined;
  /** The map's accessible name. */
  label: string;
}

const STYLE: StyleSpecification = { version: 8, sources: FOSHAN_SOURCES, layers: FOSHAN_LAYERS };

/** A tenth of a metre is more than a click can tell. */
const round = (v: number) => Math.round(v * 1e6) / 1e6;

export default function PointMap({ point, onPick, district, label }: PointMapProps) {
  const { t } = useTranslation();
  const names = useTaxonomyNames();
  // The latest handler, without making a new map when the page renders again.
  const pick = useRef(onPick);
  pick.current = onPick;
  // No WebGL in this browser (failed): the coordinates can still be typed.
  const { container, map, ready, failed } = useOfflineMap({
    style: STYLE,
    label,
    districtName: names.district,
    options: (base) => ({
      maxZoom: 16,
      locale: { ...base.locale, 'Marker.Title': t('hotline.map.marker') },
    }),
    setup: (m) =>
      m.on('click', (e) => pick.current?.({ lng: round(e.lngLat.lng), lat: round(e.lngLat.lat) })),
  });

  const districtBounds = district ? FOSHAN.districtBounds[district as District] : undefined;
  useEffect(() => {
    if (map && districtBounds) map.fitBounds(districtBounds, { padding: 16 });
  }, [map, districtBounds]);

  const lng = point?.lng;
  const lat = point?.lat;
  const readOnly = !onPick;
  useEffect(() => {
    if (!map || lng === undefined || lat === undefined) return;
    const marker = new Marker({ color: '#cf1322' }).setLngLat([lng, lat]).addTo(map);
    if (readOnly) map.jumpTo({ center: [lng, lat], zoom: 10 });
    else if (!map.getBounds().contains([lng, lat])) map.easeTo({ center: [lng, lat] });
    return () => {
      marker.remove();
    };
  }, [map, lng, lat, readOnly]);

  if (failed) return <div className="point-map point-map-failed">{t('hotline.map.unavailable')}</div>;
  return (
    <div
      ref={container}
      className={`point-map${onPick ? ' point-map-pick' : ''}`}
      data-ready={ready || undefined}
    />
  );
}
