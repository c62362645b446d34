import { AimOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  type CheckLayer,
  checkReportUrl,
  type Finding,
  type PlanCheck,
  type SiteGeometry,
  type Verdict,
} from '../../api/blueprint';
import { formatDateTime } from '../../shared/format';
import { useMeasures } from './measures';
import { RuleTag, useLayerName, VerdictTag } from './words';

type FeatureRow = CheckLayer['features'][number];

const SEVERITY: Verdict[] = ['conflict', 'conditional', 'pass', 'info'];
// A regulatory plan layer may meet hundreds of parcels: a page of them at a time.
const FEATURES_PER_PAGE = 10;

/**
 * 检测结果: the verdict, then every layer the site meets with the area and share of the overlap
 * (highlighted on the map in the verdict's colour), and per feature the planned figures against
 * the proposed ones. The PDF report says the same on paper.
 */
export function CheckResultCard({
  check,
  onShow,
}: {
  check: PlanCheck;
  onShow: (geometry: SiteGeometry) => void;
}) {
  const { t } = useTranslation();
  const { m2, share, number } = useMeasures();
  const layerName = useLayerName();
  const alertType = { pass: 'success', conditional: 'warning', conflict: 'error' } as const;
  // The gravest first, the larger overlap first within a verdict.
  const layers = [...check.layers].sort(
    (a, b) => SEVERITY.indexOf(a.verdict) - SEVERITY.indexOf(b.verdict) || b.overlapAreaM2 - a.overlapAreaM2,
  );

  const value = (attribute: Finding['attribute'], v: string | number | null) => {
    if (v === null) return t('blueprint.result.notGiven');
    if (typeof v === 'string') return attribute === 'landUseCode' ? landUse(v) : v;
    if (attribute === 'minGreenRatio') return share(v);
    if (attribute === 'maxHeightM') return t('blueprint.units.metres', { value: number(v, 1) });
    return number(v, 2);
  };
  const landUse = (code: string) =>
    t('blueprint.check.landUseOption', {
      code,
      name: t(`blueprint.landUse.${code}`, { defaultValue: code }),
    });

  /** Each feature the site meets: its overlap and how the proposal compares with its figures. */
  const features = (layer: CheckLayer) => (
    <>
      {layer.layer.condition && (
        <Typography.Paragraph type="secondary" className="blueprint-condition">
          {t('blueprint.result.condition', { condition: layer.layer.condition })}
        </Typography.Paragraph>
      )}
      <Table<FeatureRow>
        size="small"
        rowKey="featureId"
        dataSource={layer.features}
        pagination={
          layer.features.length > FEATURES_PER_PAGE ? { pageSize: FEATURES_PER_PAGE, size: 'small' } : false
        }
        columns={[
          { key: 'name', title: t('blueprint.result.feature'), render: (_, f) => f.name ?? f.featureId },
          {
            key: 'area',
            title: t('blueprint.result.featureOverlap'),
            align: 'right',
            render: (_, f) => m2(f.overlapAreaM2),
          },
          {
            key: 'findings',
            title: t('blueprint.result.findings'),
            render: (_, f) =>
              f.findings.length === 0 ? (
                <Typography.Text type="secondary">{t('blueprint.result.noFindings')}</Typography.Text>
              ) : (
                <ul className="blueprint-findings">
                  {f.findings.map((finding) => (
                    <li
                      key={finding.attribute}
                      className={finding.ok ? undefined : 'blueprint-finding-failed'}
                    >
                      {t(finding.ok ? 'blueprint.result.findingOk' : 'blueprint.result.findingFailed', {
                        attribute: t(`blueprint.attribute.${finding.attribute}`),
                        allowed: value(finding.attribute, finding.allowed),
                        proposed: value(finding.attribute, finding.proposed),
                      })}
                    </li>
                  ))}
                </ul>
              ),
          },
        ]}
      />
    </>
  );

  const columns: TableColumnsType<CheckLayer> = [
    {
      key: 'layer',
      title: t('blueprint.result.layer'),
      render: (_, l) => (
        <>
          <div className="blueprint-result-layer">{layerName(l.layer)}</div>
          <Typography.Text type="secondary" className="blueprint-result-department">
            {l.layer.department.name}
          </Typography.Text>
        </>
      ),
    },
    {
      key: 'rule',
      title: t('blueprint.result.rule'),
      render: (_, l) => <RuleTag rule={l.layer.rule} />,
      responsive: ['md'],
    },
    {
      key: 'area',
      title: t('blueprint.result.overlapArea'),
      align: 'right',
      render: (_, l) => (
        <>
          <div>{m2(l.overlapAreaM2)}</div>
          <Typography.Text type="secondary">{share(l.overlapShare)}</Typography.Text>
        </>
      ),
    },
    {
      key: 'verdict',
      title: t('blueprint.result.verdict'),
      render: (_, l) => <VerdictTag verdict={l.verdict} />,
    },
    {
      key: 'show',
      title: <span className="visually-hidden">{t('blueprint.result.show')}</span>,
      render: (_, l) =>
        l.overlap && (
          <Button
            size="small"
            icon={<AimOutlined />}
            aria-label={t('blueprint.result.showLayer', { name: layerName(l.layer) })}
            onClick={() => onShow(l.overlap!)}
          />
        ),
    },
  ];

  return (
    <Card title={t('blueprint.result.title')} className="blueprint-result" aria-live="polite">
      <Alert
        type={alertType[check.result]}
        showIcon
        title={t(`blueprint.result.outcome.${check.result}`)}
        description={t(`blueprint.result.explain.${check.result}`)}
      />
      <Descriptions
        size="small"
        className="block-gap"
        column={{ xs: 1, sm: 2, lg: 4 }}
        items={[
          { key: 'area', label: t('blueprint.result.siteArea'), children: m2(check.siteAreaM2) },
          { key: 'use', label: t('blueprint.check.intendedUse'), children: landUse(check.input.intendedUse) },
          { key: 'checked', label: t('blueprint.result.layersChecked'), children: check.layersChecked },
          { key: 'at', label: t('blueprint.result.checkedAt'), children: formatDateTime(check.checkedAt) },
        ]}
      />
      <Button icon={<FilePdfOutlined />} href={checkReportUrl(check.id)} target="_blank" rel="noopener">
        {t('blueprint.result.report')}
      </Button>
      <Typography.Title level={2} className="blueprint-subtitle">
        {t('blueprint.result.layersTitle', { count: check.layers.length })}
      </Typography.Title>
      <Table<CheckLayer>
        size="small"
        rowKey={(l) => l.layer.id}
        pagination={false}
        dataSource={layers}
        columns={columns}
        locale={{ emptyText: t('blueprint.result.noLayers') }}
        expandable={{
          // The layers that stop or condition the project are open from the start.
          defaultExpandedRowKeys: layers
            .filter((l) => l.verdict !== 'info' && l.verdict !== 'pass')
            .map((l) => l.layer.id),
          rowExpandable: (l) => l.features.length > 0,
          expandedRowRender: features,
        }}
      />
    </Card>
  );
}
