import { Descriptions, Drawer, Grid, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { type FeatureProperties, useFeature } from '../../api/blueprint';
import { QueryError } from '../../shared/QueryError';
import { useMeasures } from './measures';
import { RuleTag } from './words';

const NAMED = ['landUseCode', 'maxFloorAreaRatio', 'maxHeightM', 'minGreenRatio'] as const;

/** A feature clicked on the map: its layer, and every attribute the layer's data gives it. */
export function FeatureDrawer({ featureId, onClose }: { featureId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { share, number } = useMeasures();
  const feature = useFeature(featureId);
  const wide = Grid.useBreakpoint().md;
  const data = feature.data;

  const shown = (attribute: string, value: unknown) => {
    if (value === null || value === undefined || value === '') return '—';
    if (attribute === 'landUseCode' && typeof value === 'string')
      return t('blueprint.check.landUseOption', {
        code: value,
        name: t(`blueprint.landUse.${value}`, { defaultValue: value }),
      });
    if (attribute === 'minGreenRatio' && typeof value === 'number') return share(value);
    if (attribute === 'maxHeightM' && typeof value === 'number')
      return t('blueprint.units.metres', { value: number(value, 1) });
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
  };
  const others = (properties: FeatureProperties) =>
    Object.entries(properties).filter(
      ([k]) => k !== 'featureId' && k !== 'name' && !(NAMED as readonly string[]).includes(k),
    );

  return (
    <Drawer
      open={featureId !== null}
      onClose={onClose}
      title={data ? (data.properties.name ?? t('blueprint.feature.unnamed')) : t('blueprint.feature.title')}
      placement={wide ? 'right' : 'bottom'}
      size={wide ? 420 : '70%'}
      mask={false}
    >
      {feature.isPending && <Skeleton active />}
      {feature.isError && <QueryError error={feature.error} onRetry={() => void feature.refetch()} />}
      {data && (
        <Descriptions
          size="small"
          column={1}
          bordered
          items={[
            { key: 'layer', label: t('blueprint.feature.layer'), children: data.layer.name },
            {
              key: 'department',
              label: t('blueprint.feature.department'),
              children: data.layer.department.name,
            },
            {
              key: 'class',
              label: t('blueprint.feature.elementClass'),
              children: t(`blueprint.elementClass.${data.layer.elementClass}`),
            },
            { key: 'rule', label: t('blueprint.feature.rule'), children: <RuleTag rule={data.layer.rule} /> },
            ...(data.layer.condition
              ? [
                  {
                    key: 'condition',
                    label: t('blueprint.feature.condition'),
                    children: data.layer.condition,
                  },
                ]
              : []),
            ...NAMED.filter((k) => data.properties[k] !== undefined).map((k) => ({
              key: k,
              label: t(`blueprint.attribute.${k}`),
              children: shown(k, data.properties[k]),
            })),
            ...others(data.properties).map(([k, v]) => ({ key: `x-${k}`, label: k, children: shown(k, v) })),
          ]}
        />
      )}
    </Drawer>
  );
}
