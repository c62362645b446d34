// The map behind "address and map point": loaded on demand (PointMapLazy.tsx), as MapLibre is
// the largest part of it. Offline: no tiles and no glyph server, only Foshan's districts and
// town seats drawn from local data (foshanMap.ts), names as HTML markers instead of symbols.
import 'maplibre-gl/dist/maplibre-gl.css';
import {
  type ExpressionSpecification,
  Map as MapLibre,
  Marker,
  NavigationControl,
  type StyleSpecification,
  setWorkerUrl,
} from 'maplibre-gl';
// Bundled, MapLibre would look for its worker next to the chunk it ended up in: it is given
// the copy Vite ships instead (same origin, so the page's script-src covers it).
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type District, useTaxonomyNames } from './api';
import { foshanMap } from './foshanMap';

setWorkerUrl(workerUrl);

const FOSHAN = foshanMap();

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

const DISTRICT_FILL: ExpressionSpecification = [
  'match',
  ['get', 'district'],
  '440604',
  '#f4e6c6',
  '440605',
  '#dcebd3',
  '440606',
  '#d6e4f3',
  '440607',
  '#e8dcf1',
  '440608',
  '#f3dcd9',
  '#eeeeee',
];

const STYLE: StyleSpecification = {
  version: 8,
  sources: {
    districts: { type: 'geojson', data: FOSHAN.districts },
    borders: { type: 'geojson', data: FOSHAN.borders },
    towns: { type: 'geojson', data: FOSHAN.towns },
  },
  layers: [
    { id: 'surroundings', type: 'background', paint: { 'background-color': '#f5f5f5' } },
    {
      id: 'districts',
      type: 'fill',
      source: 'districts',
      // The outline in the fill's own colour hides the seams between a district's towns.
      paint: { 'fill-color': DISTRICT_FILL, 'fill-outline-color': DISTRICT_FILL },
    },
    {
      id: 'borders',
      type: 'line',
      source: 'borders',
      paint: { 'line-color': '#8c8c8c', 'line-width': 1.2 },
    },
    {
      id: 'towns',
      type: 'circle',
      source: 'towns',
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 8, 2, 13, 5],
        'circle-color': '#8c8c8c',
      },
    },
  ],
};

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
      m = new MapLibre({
        container: container.current!,
        style: STYLE,
        bounds: FOSHAN.bounds,
        fitBoundsOptions: { padding: 8 },
        minZoom: 7,
        maxZoom: 16,
        attributionControl: false,
        dragRotate: false,
        pitchWithRotate: false,
        // In a long form a scroll or a swipe over the map moves the page; zooming takes Ctrl
        // (⌘) or two fingers, and the map says so.
        cooperativeGestures: true,
        locale: {
          'Map.Title': label,
          'Marker.Title': t('hotline.map.marker'),
          'NavigationControl.ZoomIn': t('hotline.map.zoomIn'),
          'NavigationControl.ZoomOut': t('hotline.map.zoomOut'),
          'CooperativeGesturesHandler.WindowsHelpText': t('hotline.map.ctrlScroll'),
          'CooperativeGesturesHandler.MacHelpText': t('hotline.map.cmdScroll'),
          'CooperativeGesturesHandler.MobileHelpText': t('hotline.map.twoFingers'),
        },
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

  // District names in the interface language, as HTML: there is no glyph server for symbols.
  // Joined, they only change when the language (or the taxonomy) does.
  const labelText = FOSHAN.labels.map((l) => names.district(l.district)).join('\n');
  useEffect(() => {
    if (!map) return;
    const text = labelText.split('\n');
    const markers = FOSHAN.labels.map(({ lngLat }, i) => {
      const element = document.createElement('span');
      element.className = 'point-map-label';
      element.textContent = text[i]!;
      return new Marker({ element }).setLngLat(lngLat).addTo(map);
    });
    return () => {
      for (const marker of markers) marker.remove();
    };
  }, [map, labelText]);

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
