import { AimOutlined, ColumnWidthOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Segmented, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { areaM2, pathLengthM } from '../../shared/map/geometry';
import { closeSketch, EMPTY_SKETCH, type Sketch, sketchPolygon, undoPoint } from '../../shared/map/sketch';
import type { MapMode } from './BlueprintMap';
import { useMeasures } from './measures';

/**
 * Above the map: what a click on it does (read a feature, draw the site, measure), the steps of
 * the shape at hand (finish, undo, clear) and what it measures.
 */
export function MapToolbar(props: {
  mode: MapMode;
  onMode: (mode: MapMode) => void;
  sketch: Sketch;
  onSketch: (sketch: Sketch) => void;
  measure: Sketch;
  onMeasure: (measure: Sketch) => void;
}) {
  const { t } = useTranslation();
  const { mode } = props;
  const [shape, set] = mode === 'measure' ? [props.measure, props.onMeasure] : [props.sketch, props.onSketch];

  const hint =
    mode === 'browse'
      ? t('blueprint.toolbar.browseHint')
      : mode === 'draw'
        ? shape.closed
          ? t('blueprint.toolbar.editHint')
          : t('blueprint.toolbar.drawHint')
        : t('blueprint.toolbar.measureHint');

  return (
    <div className="blueprint-toolbar">
      <Segmented<MapMode>
        value={mode}
        onChange={props.onMode}
        aria-label={t('blueprint.toolbar.mode')}
        options={[
          { value: 'browse', icon: <AimOutlined />, label: t('blueprint.toolbar.browse') },
          { value: 'draw', icon: <EditOutlined />, label: t('blueprint.toolbar.draw') },
          { value: 'measure', icon: <ColumnWidthOutlined />, label: t('blueprint.toolbar.measure') },
        ]}
      />
      {mode !== 'browse' && (
        <Space wrap size={4}>
          {!shape.closed && (
            <Button
              size="small"
              type="primary"
              disabled={shape.points.length < 3}
              onClick={() => set(closeSketch(shape))}
            >
              {mode === 'draw' ? t('blueprint.toolbar.finish') : t('blueprint.toolbar.closeArea')}
            </Button>
          )}
          <Button size="small" disabled={shape.points.length === 0} onClick={() => set(undoPoint(shape))}>
            {t('blueprint.toolbar.undo')}
          </Button>
          <Button size="small" danger disabled={shape.points.length === 0} onClick={() => set(EMPTY_SKETCH)}>
            {t('blueprint.toolbar.clear')}
          </Button>
        </Space>
      )}
      <Typography.Paragraph type="secondary" className="blueprint-hint">
        {hint}
      </Typography.Paragraph>
    </div>
  );
}

/**
 * What the shape at hand measures, over the map's corner: there it does not push the map down
 * while corners are being clicked.
 */
export function MapReadout({ mode, sketch, measure }: { mode: MapMode; sketch: Sketch; measure: Sketch }) {
  const { t } = useTranslation();
  const { length, area, m2 } = useMeasures();
  const shape = mode === 'measure' ? measure : sketch;
  const polygon = sketchPolygon(closeSketch(shape));
  const figures =
    mode === 'measure' && shape.points.length >= 2
      ? [
          t('blueprint.toolbar.distance', { value: length(pathLengthM(shape.points)) }),
          ...(polygon ? [t('blueprint.toolbar.area', { value: area(areaM2(polygon)) })] : []),
        ]
      : mode === 'draw' && shape.points.length > 0
        ? [
            t('blueprint.toolbar.vertices', { count: shape.points.length }),
            ...(shape.closed && polygon
              ? [t('blueprint.toolbar.siteArea', { value: m2(areaM2(polygon)) })]
              : []),
          ]
        : [];

  return (
    <output className="blueprint-readout" aria-live="polite" hidden={figures.length === 0}>
      {figures.join(' · ')}
    </output>
  );
}
