// The map behind "address and map point": loaded on demand (PointMapLazy.tsx), as MapLibre is
// the largest part of it. Offline, as every map of ours (shared/map/offlineMap.ts).
import { Map as MapLibre, Marker, NavigationControl, type StyleSpecification } from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FOSHAN,
  FOSHAN_LAYERS,
  FOSHAN_SOURCES,
  offlineMapOptions,
  useBasemap,
  useDistrictLabels,
} from '../../shared/map/offlineMap';
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
  const container = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MapLibre | null>(null);
  const [ready, setReady] = useState(false);
  const [failed, setFailed] = useState(false);
  // The latest handler, without making a new map when the page renders again.
  const pick = useRef(onPick);
  pick.current = onPick;

  useEffect(() => {
    let m: MapLibre;
    try {
      const options = offlineMapOptions(container.current!, STYLE, label, t);
      m = new MapLibre({
        ...options,
        maxZoom: 16,
        locale: { ...options.locale, 'Marker.Title': t('hotline.map.marker') },
      });
    } catch {
      // No WebGL in this browser: the coordinates can still be typed.
      setFailed(true);
      return;
    }
    m.touchZoomRotate.disableRotation();
    m.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    m.on('click', (e) => pick.current?.({ lng: round(e.lngLat.lng), lat: round(e.lngLat.lat) }));
    m.once('load', () => setReady(true));
    setMap(m);
    return () => {
      setMap(null);
      setReady(false);
      m.remove();
    };
  }, [label, t]);

  useDistrictLabels(map, names.district);
  useBasemap(map);

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
