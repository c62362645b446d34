// The blueprint's map: loaded on demand (BlueprintMapLazy.tsx), offline as every map of ours
// (shared/map/offlineMap.ts), with the visible plan layers, the site being drawn, a measurement
// and the overlaps a check found drawn over Foshan's districts. What a click or a drag does is
// decided by shared/map/sketch.ts; this file only turns map events into those steps.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import {
  type GeoJSONSource,
  type MapLayerMouseEvent,
  type MapLayerTouchEvent,
  type Map as MapLibre,
  type MapMouseEvent,
  ScaleControl,
  type StyleSpecification,
} from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bbox, Layer, LayerFeatures, SiteGeometry, Verdict } from '../../api/blueprint';
import { useTaxonomyNames } from '../../portal/hotline/api';
import type { LngLat } from '../../shared/map/geometry';
import { FOSHAN_LAYERS, FOSHAN_SOURCES, useOfflineMap } from '../../shared/map/offlineMap';
import {
  addPoint,
  clickAction,
  closeSketch,
  EMPTY_SKETCH,
  movePoint,
  type Sketch,
} from '../../shared/map/sketch';

export type MapMode = 'browse' | 'draw' | 'measure';

export interface Overlap {
  geometry: SiteGeometry;
  verdict: Verdict;
}

export interface BlueprintMapProps {
  /** The layers shown, bottom first, with their features in the view once loaded. */
  layers: { layer: Layer; features: LayerFeatures | undefined }[];
  /** Some layer's features are still on their way. */
  loading: boolean;
  mode: MapMode;
  /** The site as drawn so far (editable), or an uploaded site that is not one ring (shown only). */
  sketch: Sketch;
  fixedSite: SiteGeometry | null;
  onSketch: (sketch: Sketch) => void;
  measure: Sketch;
  onMeasure: (measure: Sketch) => void;
  overlaps: Overlap[];
  /** The view changed (after a pan or zoom): its bounding box. */
  onView: (bbox: Bbox) => void;
  /** A feature clicked in browse mode. */
  onFeature: (featureId: string) => void;
  /** A request to show this box; a new object each time it is asked. */
  focus: { bbox: Bbox } | null;
  label: string;
}

const SITE = '#cf1322';
const MEASURE = '#1677ff';
const VERDICT_COLOURS: Record<Verdict, string> = {
  conflict: '#cf1322',
  conditional: '#d46b08',
  pass: '#389e0d',
  info: '#0958d9',
};

const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
const feature = (geometry: Geometry, properties: Record<string, unknown> = {}): Feature => ({
  type: 'Feature',
  properties,
  geometry,
});

/** A sketch as features: its polygon once closed (else the path so far) and its numbered vertices. */
function sketchFeatures(sketch: Sketch, fixed: SiteGeometry | null = null): FeatureCollection {
  const features: Feature[] = [];
  const { points, closed } = sketch;
  if (closed && points.length >= 3)
    features.push(feature({ type: 'Polygon', coordinates: [[...points, points[0]!]] }));
  else if (points.length >= 2) features.push(feature({ type: 'LineString', coordinates: points }));
  points.forEach((p, index) => {
    features.push(feature({ type: 'Point', coordinates: p }, { index }));
  });
  if (fixed) features.push(feature(fixed));
  return { type: 'FeatureCollection', features };
}

const VERTICES = ['site-vertices', 'measure-vertices'];

const STYLE: StyleSpecification = {
  version: 8,
  sources: {
    ...FOSHAN_SOURCES,
    overlaps: { type: 'geojson', data: empty },
    site: { type: 'geojson', data: empty },
    measure: { type: 'geojson', data: empty },
  },
  layers: [
    ...FOSHAN_LAYERS,
    {
      id: 'overlaps-fill',
      type: 'fill',
      source: 'overlaps',
      paint: { 'fill-color': ['get', 'colour'], 'fill-opacity': 0.55 },
    },
    {
      id: 'overlaps-line',
      type: 'line',
      source: 'overlaps',
      paint: { 'line-color': ['get', 'colour'], 'line-width': 2.5 },
    },
    ...(['site', 'measure'] as const).flatMap((source) => {
      const colour = source === 'site' ? SITE : MEASURE;
      return [
        {
          id: `${source}-fill`,
          type: 'fill',
          source,
          filter: ['==', ['geometry-type'], 'Polygon'],
          paint: { 'fill-color': colour, 'fill-opacity': source === 'site' ? 0.12 : 0.08 },
        },
        {
          id: `${source}-line`,
          type: 'line',
          source,
          filter: ['!=', ['geometry-type'], 'Point'],
          paint: {
            'line-color': colour,
            'line-width': 2.5,
            ...(source === 'measure' ? { 'line-dasharray': [2, 1] } : {}),
          },
        },
        {
          id: `${source}-vertices`,
          type: 'circle',
          source,
          filter: ['==', ['geometry-type'], 'Point'],
          paint: {
            'circle-radius': 5,
            'circle-color': '#ffffff',
            'circle-stroke-color': colour,
            'circle-stroke-width': 2,
          },
        },
      ] satisfies StyleSpecification['layers'];
    }),
  ],
};

const planSource = (id: string) => `plan-${id}`;
const planFill = (id: string) => `plan-${id}-fill`;

/** A centimetre (10⁻⁷°) is more than a click can tell. */
const round = (v: number) => Math.round(v * 1e7) / 1e7;

export default function BlueprintMap(props: BlueprintMapProps) {
  const { t } = useTranslation();
  const names = useTaxonomyNames();
  // The latest props for the map's own event handlers, without making a new map each render.
  const latest = useRef(props);
  latest.current = props;

  const { container, map, ready, failed } = useOfflineMap({
    style: STYLE,
    label: props.label,
    districtName: names.district,
    options: (base) => ({
      maxZoom: 19,
      // On a phone the page scrolls past the map with one finger; at a desk the wheel zooms.
      cooperativeGestures: window.matchMedia('(max-width: 767px)').matches,
      locale: {
        ...base.locale,
        'ScaleControl.Meters': t('blueprint.map.metres'),
        'ScaleControl.Kilometers': t('blueprint.map.kilometres'),
      },
    }),
    setup: (m) => handleEvents(m),
  });

  /** The map's own events: reporting the view, clicks by mode, dragging vertices, idleness. */
  function handleEvents(m: MapLibre) {
    m.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');

    const report = () => {
      const b = m.getBounds();
      latest.current.onView([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]);
    };
    m.on('moveend', report);

    const click = (e: MapMouseEvent) => {
      const { mode, sketch, onSketch, measure, onMeasure, layers, onFeature } = latest.current;
      const at: LngLat = [round(e.lngLat.lng), round(e.lngLat.lat)];
      if (mode === 'browse') {
        const fills = layers.map((l) => planFill(l.layer.id)).filter((id) => m.getLayer(id));
        const hit = fills.length ? m.queryRenderedFeatures(e.point, { layers: fills })[0] : undefined;
        const featureId = hit?.properties.featureId;
        if (typeof featureId === 'string') onFeature(featureId);
        return;
      }
      const [current, set] = mode === 'draw' ? [sketch, onSketch] : [measure, onMeasure];
      // A finished measurement is put aside by the next click, which starts another.
      const base = mode === 'measure' && current.closed ? EMPTY_SKETCH : current;
      const action = clickAction(
        base,
        e.point,
        base.points.map((p) => m.project(p)),
      );
      if (action === 'add') set(addPoint(base, at));
      else if (action === 'close') set(closeSketch(base));
    };
    m.on('click', click);
    m.on('dblclick', (e) => {
      const { mode, sketch, onSketch, measure, onMeasure } = latest.current;
      if (mode === 'browse') return;
      // A double click finishes the shape instead of zooming in.
      e.preventDefault();
      if (mode === 'draw') onSketch(closeSketch(sketch));
      else onMeasure(closeSketch(measure));
    });

    // Dragging a vertex moves it: the map does not pan meanwhile.
    let dragging: { layer: string; index: number } | null = null;
    const startDrag = (e: MapLayerMouseEvent | MapLayerTouchEvent) => {
      const { mode } = latest.current;
      const layer = e.features?.[0]?.layer.id;
      const index = e.features?.[0]?.properties.index;
      if (typeof index !== 'number' || !layer) return;
      if ((layer === 'site-vertices') !== (mode === 'draw') || mode === 'browse') return;
      if ('points' in e && e.points.length > 1) return;
      e.preventDefault();
      dragging = { layer, index };
      m.getCanvas().style.cursor = 'grabbing';
    };
    const drag = (e: MapMouseEvent | MapLayerTouchEvent) => {
      if (!dragging) return;
      const at: LngLat = [round(e.lngLat.lng), round(e.lngLat.lat)];
      const { sketch, onSketch, measure, onMeasure } = latest.current;
      if (dragging.layer === 'site-vertices') onSketch(movePoint(sketch, dragging.index, at));
      else onMeasure(movePoint(measure, dragging.index, at));
    };
    const endDrag = () => {
      if (!dragging) return;
      dragging = null;
      m.getCanvas().style.cursor = '';
    };
    for (const layer of VERTICES) {
      m.on('mousedown', layer, startDrag);
      m.on('touchstart', layer, startDrag);
      m.on('mouseenter', layer, () => {
        if (!dragging) m.getCanvas().style.cursor = 'move';
      });
      m.on('mouseleave', layer, () => {
        if (!dragging) m.getCanvas().style.cursor = '';
      });
    }
    m.on('mousemove', drag);
    m.on('touchmove', drag);
    m.on('mouseup', endDrag);
    m.on('touchend', endDrag);

    // data-idle: everything given to the map is drawn (with no data-loading on the wrapper,
    // every visible layer's features have been given; a test waits for both).
    const element = container.current!;
    m.on('idle', () => {
      element.dataset.idle = 'true';
    });
    for (const busy of ['movestart', 'dataloading', 'resize'] as const)
      m.on(busy, () => {
        delete element.dataset.idle;
      });
    m.once('load', report);
  }

  // The plan layers: a source and a fill and outline per visible layer, below the site.
  const { layers } = props;
  useEffect(() => {
    if (!map || !ready) return;
    const wanted = new Set(layers.map((l) => l.layer.id));
    for (const style of map.getStyle().layers) {
      const match = /^plan-(.+)-(fill|line)$/.exec(style.id);
      if (match && !wanted.has(match[1]!)) map.removeLayer(style.id);
    }
    for (const id of Object.keys(map.getStyle().sources))
      if (id.startsWith('plan-') && !wanted.has(id.slice(5))) map.removeSource(id);
    for (const { layer, features } of layers) {
      const source = map.getSource<GeoJSONSource>(planSource(layer.id));
      const data = features ?? empty;
      if (source) source.setData(data);
      else {
        map.addSource(planSource(layer.id), { type: 'geojson', data });
        const forbidden = layer.rule === 'forbidden';
        map.addLayer(
          {
            id: planFill(layer.id),
            type: 'fill',
            source: planSource(layer.id),
            paint: { 'fill-color': layer.color, 'fill-opacity': forbidden ? 0.4 : 0.25 },
          },
          'overlaps-fill',
        );
        map.addLayer(
          {
            id: `plan-${layer.id}-line`,
            type: 'line',
            source: planSource(layer.id),
            paint: { 'line-color': layer.color, 'line-width': forbidden ? 1.5 : 1 },
          },
          'overlaps-fill',
        );
      }
    }
  }, [map, ready, layers]);

  const { sketch, fixedSite, measure, overlaps, mode } = props;
  useEffect(() => {
    if (ready) map?.getSource<GeoJSONSource>('site')?.setData(sketchFeatures(sketch, fixedSite));
  }, [map, ready, sketch, fixedSite]);
  useEffect(() => {
    if (ready) map?.getSource<GeoJSONSource>('measure')?.setData(sketchFeatures(measure));
  }, [map, ready, measure]);
  useEffect(() => {
    if (!ready) return;
    map?.getSource<GeoJSONSource>('overlaps')?.setData({
      type: 'FeatureCollection',
      features: overlaps.map((o) => feature(o.geometry, { colour: VERDICT_COLOURS[o.verdict] })),
    });
  }, [map, ready, overlaps]);

  // Drawing and measuring take the double click for themselves.
  useEffect(() => {
    if (!map) return;
    if (mode === 'browse') map.doubleClickZoom.enable();
    else map.doubleClickZoom.disable();
  }, [map, mode]);

  const { focus } = props;
  useEffect(() => {
    if (!map || !focus) return;
    const [w, s, e, n] = focus.bbox;
    map.fitBounds(
      [
        [w, s],
        [e, n],
      ],
      { padding: 40, maxZoom: 17, duration: 0 },
    );
  }, [map, focus]);

  if (failed)
    return <div className="blueprint-map blueprint-map-failed">{t('blueprint.map.unavailable')}</div>;
  // MapLibre adds its own classes to its container: the mode's class goes on a wrapper, which
  // React may change without taking them away.
  return (
    <div className={`blueprint-map-${mode}`} data-mode={mode} data-loading={props.loading || undefined}>
      <div ref={container} className="blueprint-map" data-ready={ready || undefined} />
    </div>
  );
}
