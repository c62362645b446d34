import { AimOutlined } from '@ant-design/icons';
import { Button, Checkbox, Empty, Input, Skeleton, Tag, Typography } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bbox, Layer, LoadedFeatures } from '../../api/blueprint';
import { RuleTag, useLayerName } from './words';

/**
 * 图层目录: the layers grouped by the department that keeps them, each switched on and off
 * (a department's all at once too). A visible layer says how many of its features the view
 * holds, and when there were more than one answer carries (truncated: zoom in).
 */
export function LayerPanel(props: {
  layers: Layer[] | undefined;
  loading: boolean;
  visible: string[];
  onVisible: (visible: string[]) => void;
  loaded: Record<string, LoadedFeatures | undefined>;
  onFocus: (bbox: Bbox) => void;
}) {
  const { t } = useTranslation();
  const layerName = useLayerName();
  const filterId = useId();
  const [filter, setFilter] = useState('');
  if (props.loading) return <Skeleton active />;
  if (!props.layers?.length) return <Empty description={t('blueprint.layers.none')} />;

  const needle = filter.trim().toLowerCase();
  const matching = props.layers.filter(
    (l) =>
      !needle ||
      [l.name, l.nameEn, l.code, l.department.name].some((text) => text.toLowerCase().includes(needle)),
  );
  const departments = [...new Map(matching.map((l) => [l.department.code, l.department])).values()];
  const visible = new Set(props.visible);
  const toggle = (ids: string[], on: boolean) => {
    const next = new Set(visible);
    for (const id of ids) {
      if (on) next.add(id);
      else next.delete(id);
    }
    props.onVisible([...next]);
  };

  return (
    <div className="blueprint-layers">
      <label htmlFor={filterId} className="visually-hidden">
        {t('blueprint.layers.filter')}
      </label>
      <Input
        id={filterId}
        allowClear
        size="small"
        placeholder={t('blueprint.layers.filter')}
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
      />
      <Typography.Text type="secondary" className="blueprint-layers-count">
        {t('blueprint.layers.count', { layers: props.layers.length, visible: visible.size })}
      </Typography.Text>
      {departments.map((department) => {
        const own = matching.filter((l) => l.department.code === department.code);
        const on = own.filter((l) => visible.has(l.id)).length;
        return (
          <fieldset key={department.code} className="blueprint-department">
            <legend>
              <Checkbox
                checked={on === own.length}
                indeterminate={on > 0 && on < own.length}
                onChange={(e) =>
                  toggle(
                    own.map((l) => l.id),
                    e.target.checked,
                  )
                }
              >
                {department.name}
              </Checkbox>
            </legend>
            <ul>
              {own.map((layer) => {
                const loaded = props.loaded[layer.id];
                const shown = visible.has(layer.id);
                return (
                  <li key={layer.id} className="blueprint-layer">
                    <Checkbox checked={shown} onChange={(e) => toggle([layer.id], e.target.checked)}>
                      <span className="blueprint-swatch" style={{ background: layer.color }} aria-hidden />
                      {layerName(layer)}
                    </Checkbox>
                    <RuleTag rule={layer.rule} />
                    {layer.bbox && (
                      <Button
                        type="text"
                        size="small"
                        icon={<AimOutlined />}
                        aria-label={t('blueprint.layers.focus', { name: layerName(layer) })}
                        title={t('blueprint.layers.focus', { name: layerName(layer) })}
                        onClick={() => {
                          if (!shown) toggle([layer.id], true);
                          props.onFocus(layer.bbox!);
                        }}
                      />
                    )}
                    {shown && (
                      <div className="blueprint-layer-status">
                        {loaded?.data
                          ? t('blueprint.layers.inView', { count: loaded.data.features.length })
                          : t('blueprint.layers.loading')}
                        {loaded?.data?.truncated && (
                          <Tag color="warning" className="blueprint-truncated">
                            {t('blueprint.layers.truncated')}
                          </Tag>
                        )}
                      </div>
                    )}
                  </li>
                );
              })}
            </ul>
          </fieldset>
        );
      })}
    </div>
  );
}
