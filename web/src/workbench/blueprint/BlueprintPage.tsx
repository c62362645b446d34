import './blueprint.css';
import { Tabs, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type Bbox,
  type PlanCheck,
  type SiteGeometry,
  useLayerFeatures,
  useLayers,
  type Verdict,
} from '../../api/blueprint';
import { bboxOf } from '../../shared/map/geometry';
import { EMPTY_SKETCH, type Sketch, sketchPolygon } from '../../shared/map/sketch';
import { QueryError } from '../../shared/QueryError';
import type { MapMode, Overlap } from './BlueprintMap';
import { LazyBlueprintMap } from './BlueprintMapLazy';
import { CheckPanel } from './CheckPanel';
import { CheckResultCard } from './CheckResultCard';
import { FeatureDrawer } from './FeatureDrawer';
import { LayerPanel } from './LayerPanel';
import { MapReadout, MapToolbar } from './MapToolbar';

type Tab = 'layers' | 'check';

const concerns = (verdict: Verdict) => verdict === 'conflict' || verdict === 'conditional';

/** The box around a site or an overlap, to show it on the map. */
export const boxOf = (geometry: SiteGeometry): Bbox =>
  bboxOf(geometry.type === 'Polygon' ? geometry.coordinates.flat() : geometry.coordinates.flat(2));

/**
 * 一张蓝图: the departments' plan layers on one map, a site drawn (or uploaded) and checked
 * against them, the overlaps shown where they are, distances and areas measured, and any
 * feature's attributes read by clicking it.
 */
export default function BlueprintPage() {
  const { t } = useTranslation();
  const layers = useLayers();
  const [visible, setVisible] = useState<string[]>([]);
  const [view, setView] = useState<Bbox | null>(null);
  const [mode, setMode] = useState<MapMode>('browse');
  const [sketch, setSketch] = useState<Sketch>(EMPTY_SKETCH);
  const [fixedSite, setFixedSite] = useState<SiteGeometry | null>(null);
  const [measure, setMeasure] = useState<Sketch>(EMPTY_SKETCH);
  const [check, setCheck] = useState<PlanCheck | null>(null);
  const [featureId, setFeatureId] = useState<string | null>(null);
  const [focus, setFocus] = useState<{ bbox: Bbox } | null>(null);
  const [tab, setTab] = useState<Tab>('layers');

  // Shown in the tree's order: bottom first, as the tree lists them from the top.
  const shown = useMemo(
    () => (layers.data ?? []).filter((l) => visible.includes(l.id)).reverse(),
    [layers.data, visible],
  );
  const features = useLayerFeatures(
    shown.map((l) => l.id),
    view,
  );
  const mapLayers = useMemo(
    () => shown.map((layer, i) => ({ layer, features: features[i]?.data })),
    [shown, features],
  );
  const loaded = Object.fromEntries(shown.map((l, i) => [l.id, features[i]]));

  const site = sketchPolygon(sketch) ?? fixedSite;
  // Highlighted: the overlaps that stop or condition the site (the others only clutter it).
  const overlaps = useMemo<Overlap[]>(
    () =>
      (check?.layers ?? []).flatMap((l) =>
        l.overlap && concerns(l.verdict) ? [{ geometry: l.overlap, verdict: l.verdict }] : [],
      ),
    [check],
  );

  /** A new site (drawn, uploaded or cleared) makes the last check's answer stale. */
  const changeSite = (next: Sketch, fixed: SiteGeometry | null = null) => {
    setSketch(next);
    setFixedSite(fixed);
    setCheck(null);
  };

  return (
    <>
      <Typography.Title level={1} className="page-title">
        {t('blueprint.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('blueprint.intro')}</Typography.Paragraph>
      <div className="blueprint">
        <section className="blueprint-map-area" aria-label={t('blueprint.map.region')}>
          <MapToolbar
            mode={mode}
            onMode={(next) => {
              setMode(next);
              if (next === 'draw') setTab('check');
            }}
            sketch={sketch}
            onSketch={(next) => changeSite(next)}
            measure={measure}
            onMeasure={setMeasure}
          />
          <div className="blueprint-map-frame">
            <LazyBlueprintMap
              layers={mapLayers}
              loading={features.some((f) => f.fetching)}
              mode={mode}
              sketch={sketch}
              fixedSite={fixedSite}
              onSketch={(next) => changeSite(next)}
              measure={measure}
              onMeasure={setMeasure}
              overlaps={overlaps}
              onView={setView}
              onFeature={setFeatureId}
              focus={focus}
              label={t('blueprint.map.label')}
            />
            <MapReadout mode={mode} sketch={sketch} measure={measure} />
          </div>
        </section>
        <aside className="blueprint-panel">
          {layers.isError && <QueryError error={layers.error} onRetry={() => void layers.refetch()} />}
          <Tabs
            activeKey={tab}
            onChange={(key) => setTab(key as Tab)}
            items={[
              {
                key: 'layers',
                label: t('blueprint.tabs.layers'),
                children: (
                  <LayerPanel
                    layers={layers.data}
                    loading={layers.isPending}
                    visible={visible}
                    onVisible={setVisible}
                    loaded={loaded}
                    onFocus={(bbox) => setFocus({ bbox })}
                  />
                ),
              },
              {
                key: 'check',
                label: t('blueprint.tabs.check'),
                children: (
                  <CheckPanel
                    site={site}
                    sketch={sketch}
                    onDraw={() => setMode('draw')}
                    onUpload={(next, fixed) => {
                      changeSite(next, fixed);
                      setMode('browse');
                      setFocus({ bbox: boxOf(sketchPolygon(next) ?? fixed!) });
                    }}
                    onClear={() => changeSite(EMPTY_SKETCH)}
                    onChecked={(result) => {
                      setCheck(result);
                      // The layers that stop or condition the site are shown, to see the overlaps in
                      // their context (a site may meet dozens of informational ones).
                      const concerned = result.layers.filter(
                        (l) => l.verdict === 'conflict' || l.verdict === 'conditional',
                      );
                      setVisible((v) => [...new Set([...v, ...concerned.map((l) => l.layer.id)])]);
                      setMode('browse');
                    }}
                  />
                ),
              },
            ]}
          />
        </aside>
      </div>
      {check && <CheckResultCard check={check} onShow={(geometry) => setFocus({ bbox: boxOf(geometry) })} />}
      <FeatureDrawer featureId={featureId} onClose={() => setFeatureId(null)} />
    </>
  );
}
