import { EditOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type PlanCheck, type SiteGeometry, useRunCheck } from '../../api/blueprint';
import type { Problem } from '../../api/types';
import { areaM2 } from '../../shared/map/geometry';
import { type SiteFileError, type Sketch, siteFromGeoJson, sketchOf } from '../../shared/map/sketch';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { problemOf } from '../../shared/problem';
import { useMeasures } from './measures';
import { ProposalFields, type ProposalValues, proposalOf } from './ProposalFields';

/**
 * 规划检测: the site (drawn on the map, or a surveyor's GeoJSON file), what is to be built there
 * (land use, floor area ratio, height, green ratio), and the check against every layer.
 */
export function CheckPanel(props: {
  site: SiteGeometry | null;
  sketch: Sketch;
  onDraw: () => void;
  onUpload: (sketch: Sketch, fixed: SiteGeometry | null) => void;
  onClear: () => void;
  onChecked: (check: PlanCheck) => void;
}) {
  const { t } = useTranslation();
  const { m2 } = useMeasures();
  const [form] = Form.useForm<ProposalValues>();
  const run = useRunCheck();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [fileError, setFileError] = useState<{ name: string; error: SiteFileError } | null>(null);
  const { site } = props;

  const read = async (file: File) => {
    const outcome = siteFromGeoJson(await file.text());
    if ('error' in outcome) {
      setFileError({ name: file.name, error: outcome.error });
      return;
    }
    setFileError(null);
    // One ring can be edited on the map like a drawn one; several parts are shown as they are.
    const sketch = sketchOf(outcome.site);
    props.onUpload(sketch ?? { points: [], closed: false }, sketch ? null : outcome.site);
  };

  const submit = (values: ProposalValues) => {
    if (!site) return;
    setProblem(null);
    run.mutate(
      { site, ...proposalOf(values) },
      { onSuccess: props.onChecked, onError: (error) => setProblem(problemOf(error)) },
    );
  };

  return (
    <div className="blueprint-check">
      <Typography.Title level={2} className="blueprint-subtitle">
        {t('blueprint.check.siteTitle')}
      </Typography.Title>
      {site ? (
        <Alert
          type="info"
          showIcon
          title={t('blueprint.check.siteReady', { area: m2(areaM2(site)) })}
          description={props.sketch.closed ? t('blueprint.check.siteEditable') : undefined}
        />
      ) : (
        <Typography.Paragraph type="secondary">{t('blueprint.check.siteMissing')}</Typography.Paragraph>
      )}
      <Space wrap className="blueprint-site-actions">
        <Button icon={<EditOutlined />} onClick={props.onDraw}>
          {site ? t('blueprint.check.editSite') : t('blueprint.check.drawSite')}
        </Button>
        <Upload
          accept=".geojson,.json,application/geo+json,application/json"
          showUploadList={false}
          beforeUpload={(file) => {
            void read(file);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />}>{t('blueprint.check.uploadSite')}</Button>
        </Upload>
        {site && (
          <Button danger onClick={props.onClear}>
            {t('blueprint.check.clearSite')}
          </Button>
        )}
      </Space>
      {fileError && (
        <Alert
          type="error"
          showIcon
          className="block-gap"
          title={t('blueprint.check.fileUnusable', { name: fileError.name })}
          description={t(`blueprint.check.fileError.${fileError.error}`)}
        />
      )}
      <Typography.Title level={2} className="blueprint-subtitle">
        {t('blueprint.check.projectTitle')}
      </Typography.Title>
      <Form<ProposalValues> form={form} layout="vertical" onFinish={submit}>
        <ProposalFields />
        <ProblemAlert problem={problem} />
        <Button type="primary" htmlType="submit" disabled={!site} loading={run.isPending} block>
          {t('blueprint.check.run')}
        </Button>
        {!site && (
          <Typography.Text type="secondary" className="blueprint-run-hint">
            {t('blueprint.check.runNeedsSite')}
          </Typography.Text>
        )}
      </Form>
    </div>
  );
}
