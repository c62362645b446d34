// What every map of ours shares: MapLibre without the internet. No tiles and no glyph server,
// only Foshan's districts and town seats drawn from local data (foshanMap.ts), and the
// districts' names as HTML markers instead of symbols (symbols would need glyphs). An
// installation may name a raster basemap (BASEMAP_URL on the server): then it lies underneath.
import 'maplibre-gl/dist/maplibre-gl.css';
import './offline-map.css';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import {
  AttributionControl,
  type ExpressionSpecification,
  type LayerSpecification,
  Map as MapLibre,
  type MapOptions,
  Marker,
  NavigationControl,
  type SourceSpecification,
  type StyleSpecification,
  setWorkerUrl,
} from 'maplibre-gl';
// Bundled, MapLibre would look for its worker next to the chunk it ended up in: it is given
// the copy Vite ships instead (same origin, so the page's script-src covers it).
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { type RefObject, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { District } from '../../../../server/src/modules/hotline/vocabulary.js';
import { request } from '../../api/client';
import { foshanMap } from './foshanMap';

setWorkerUrl(workerUrl);

export const FOSHAN = foshanMap();

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

/** The city underneath: a style's sources and first layers, to which a map adds its own. */
export const FOSHAN_SOURCES: Record<string, SourceSpecification> = {
  districts: { type: 'geojson', data: FOSHAN.districts },
  borders: { type: 'geojson', data: FOSHAN.borders },
  towns: { type: 'geojson', data: FOSHAN.towns },
};

export const FOSHAN_LAYERS: LayerSpecification[] = [
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
];

/**
 * The districts' names in the interface language, as HTML markers (class point-map-label: read,
 * never clicked). `names` is the names joined by newlines, so the markers change only when the
 * language (or the taxonomy) does.
 */
export function useDistrictLabels(map: MapLibre | null, nameOf: (district: District) => string) {
  const names = FOSHAN.labels.map((l) => nameOf(l.district)).join('\n');
  useEffect(() => {
    if (!map) return;
    const text = names.split('\n');
    const markers = FOSHAN.labels.map(({ lngLat }, i) => {
      const element = document.createElement('span');
      element.className = 'point-map-label';
      element.textContent = text[i]!;
      return new Marker({ element }).setLngLat(lngLat).addTo(map);
    });
    return () => {
      for (const marker of markers) marker.remove();
    };
  }, [map, names]);
}

/**
 * What every map of ours starts with: Foshan in view, no rotation, nothing to attribute (no
 * tiles), its controls named in the interface language. In a page that scrolls, a scroll or a
 * swipe over the map moves the page; zooming takes Ctrl (⌘) or two fingers, and the map says so.
 */
export function offlineMapOptions(
  container: HTMLElement,
  style: StyleSpecification,
  label: string,
  t: TFunction,
): MapOptions & { locale: Record<string, string> } {
  return {
    container,
    style,
    bounds: FOSHAN.bounds,
    fitBoundsOptions: { padding: 8 },
    minZoom: 7,
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    cooperativeGestures: true,
    locale: {
      'Map.Title': label,
      'NavigationControl.ZoomIn': t('hotline.map.zoomIn'),
      'NavigationControl.ZoomOut': t('hotline.map.zoomOut'),
      'CooperativeGesturesHandler.WindowsHelpText': t('hotline.map.ctrlScroll'),
      'CooperativeGesturesHandler.MacHelpText': t('hotline.map.cmdScroll'),
      'CooperativeGesturesHandler.MobileHelpText': t('hotline.map.twoFingers'),
    },
  };
}

interface MapConfig {
  basemapUrl: string | null;
  attribution: string | null;
}

/** The districts' fill where a basemap shows through it. */
const OVER_BASEMAP_OPACITY = 0.35;

/**
 * The installation's basemap (GET /api/v1/map-config), when it has one: raster tiles under the
 * map's own layers (right above the background), the districts' fill made see-through, and its
 * attribution. Without one nothing changes and the map stays offline.
 */
export function useBasemap(map: MapLibre | null) {
  const config = useQuery({
    queryKey: ['map-config'],
    queryFn: () => request<MapConfig>('GET', '/map-config'),
    // Configuration: it changes with a restart, not while a page is open.
    staleTime: Number.POSITIVE_INFINITY,
  }).data;
  const url = config?.basemapUrl;
  const attribution = config?.attribution ?? undefined;
  useEffect(() => {
    if (!map || !url) return;
    const add = () => {
      if (map.getSource('basemap')) return;
      map.addSource('basemap', { type: 'raster', tiles: [url], tileSize: 256, attribution });
      map.addLayer({ id: 'basemap', type: 'raster', source: 'basemap' }, 'districts');
      map.setPaintProperty('districts', 'fill-opacity', OVER_BASEMAP_OPACITY);
      if (attribution) map.addControl(new AttributionControl({ compact: true }), 'bottom-right');
    };
    if (map.isStyleLoaded()) add();
    else map.once('load', add);
    return () => {
      map.off('load', add);
    };
  }, [map, url, attribution]);
}

export interface OfflineMapSpec {
  style: StyleSpecification;
  /** The map's accessible name. */
  label: string;
  /** The districts' names on the map, in the interface language. */
  districtName: (district: District) => string;
  /** This map's own options on top of the offline ones (given those, e.g. to extend their locale). */
  options?: (base: ReturnType<typeof offlineMapOptions>) => Partial<MapOptions>;
  /** This map's own controls and event handlers, added to each new map once. */
  setup?: (map: MapLibre) => void;
}

export interface OfflineMap {
  container: RefObject<HTMLDivElement | null>;
  /** The map once made; null before, and after it is removed. */
  map: MapLibre | null;
  /** Its style is loaded: sources can be given data. */
  ready: boolean;
  /** No WebGL in this browser: the page offers its alternative (typing, uploading). */
  failed: boolean;
}

/**
 * One of our maps in a container: the offline options and the caller's, zoom buttons, no
 * rotation, the districts' names and the installation's basemap. A new map is made when the
 * label or the language changes; the caller's options and setup are read then, at their latest.
 */
export function useOfflineMap(spec: OfflineMapSpec): OfflineMap {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MapLibre | null>(null);
  const [ready, setReady] = useState(false);
  const [failed, setFailed] = useState(false);
  const latest = useRef(spec);
  latest.current = spec;
  const { style, label } = spec;

  useEffect(() => {
    let m: MapLibre;
    try {
      const base = offlineMapOptions(container.current!, style, label, t);
      m = new MapLibre({ ...base, ...latest.current.options?.(base) });
    } catch {
      setFailed(true);
      return;
    }
    m.touchZoomRotate.disableRotation();
    m.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    latest.current.setup?.(m);
    m.once('load', () => setReady(true));
    setMap(m);
    return () => {
      setMap(null);
      setReady(false);
      m.remove();
    };
  }, [style, label, t]);

  useDistrictLabels(map, spec.districtName);
  useBasemap(map);
  return { container, map, ready, failed };
}
