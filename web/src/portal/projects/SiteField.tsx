import { DeleteOutlined, UndoOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Segmented, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SiteGeometry } from '../../api/projects';
import { areaM2 } from '../../shared/map/geometry';
import {
  addPoint,
  closeSketch,
  EMPTY_SKETCH,
  type SiteFileError,
  type Sketch,
  siteFromGeoJson,
  sketchPolygon,
  undoPoint,
} from '../../shared/map/sketch';
import { LazySiteMap } from './SiteMapLazy';

type Mode = 'draw' | 'upload';

/** Three corners or more already make the red line: the last corner joins the first. */
const siteOfSketch = (sketch: Sketch) => sketchPolygon(closeSketch(sketch));

/**
 * The red line as a form control: corners clicked on the map one by one, or a GeoJSON file
 * from the surveyor, previewed on the same map.
 */
export function SiteField(props: {
  value?: SiteGeometry | null;
  onChange?: (site: SiteGeometry | null) => void;
}) {
  const { t, i18n } = useTranslation();
  const [mode, setMode] = useState<Mode>('draw');
  const [sketch, setSketch] = useState<Sketch>(EMPTY_SKETCH);
  const [fileName, setFileName] = useState<string | null>(null);
  const [fileError, setFileError] = useState<SiteFileError | null>(null);
  const site = props.value ?? null;
  const corners = sketch.points;

  const drawn = (next: Sketch) => {
    setSketch(next);
    props.onChange?.(siteOfSketch(next));
  };
  const switchTo = (next: Mode) => {
    setMode(next);
    setSketch(EMPTY_SKETCH);
    setFileName(null);
    setFileError(null);
    props.onChange?.(null);
  };
  const read = async (file: File) => {
    const result = siteFromGeoJson(await file.text());
    setFileName(file.name);
    setFileError('error' in result ? result.error : null);
    props.onChange?.('site' in result ? result.site : null);
  };
  const area = site ? Math.round(areaM2(site)).toLocaleString(i18n.language) : '';

  return (
    <div className="site-field">
      <Segmented<Mode>
        value={mode}
        onChange={switchTo}
        options={[
          { value: 'draw', label: t('projects.site.draw') },
          { value: 'upload', label: t('projects.site.upload') },
        ]}
      />
      <Typography.Paragraph type="secondary" className="site-hint">
        {mode === 'draw' ? t('projects.site.drawHint') : t('projects.site.uploadHint')}
      </Typography.Paragraph>
      {mode === 'upload' && (
        <Upload
          accept=".geojson,.json,application/geo+json,application/json"
          showUploadList={false}
          beforeUpload={(file) => {
            void read(file);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />}>{t('projects.site.chooseFile')}</Button>
        </Upload>
      )}
      {mode === 'upload' && fileName && (
        <Typography.Paragraph className="site-file">
          {t('projects.site.fileChosen', { name: fileName })}
        </Typography.Paragraph>
      )}
      {fileError && (
        <Alert
          type="error"
          showIcon
          title={t(`projects.site.fileErrors.${fileError}`)}
          className="block-gap"
        />
      )}
      <LazySiteMap
        // One name for both modes: a new name would make a new map.
        label={t('projects.site.drawMap')}
        site={site}
        corners={mode === 'draw' ? corners : undefined}
        onPick={mode === 'draw' ? (corner) => drawn(addPoint(sketch, corner)) : undefined}
      />
      <div className="site-status">
        <Typography.Text>
          {site
            ? mode === 'draw'
              ? t('projects.site.drawnCorners', { count: corners.length, area })
              : t('projects.site.drawnFile', { area })
            : mode === 'draw'
              ? t('projects.site.cornersSoFar', { count: corners.length })
              : t('projects.site.noFile')}
        </Typography.Text>
        {mode === 'draw' && corners.length > 0 && (
          <span>
            <Button size="small" type="link" icon={<UndoOutlined />} onClick={() => drawn(undoPoint(sketch))}>
              {t('projects.site.undo')}
            </Button>
            <Button size="small" type="link" icon={<DeleteOutlined />} onClick={() => drawn(EMPTY_SKETCH)}>
              {t('projects.site.clear')}
            </Button>
          </span>
        )}
      </div>
    </div>
  );
}
