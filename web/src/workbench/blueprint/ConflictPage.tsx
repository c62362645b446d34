import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Empty, Form, Input, List, Radio, Skeleton, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import {
  type Bbox,
  type ConflictDecision,
  conflictDecisions,
  useConflict,
  useConflictStep,
  useLayerFeatures,
  useLayers,
} from '../../api/blueprint';
import { formatDateTime } from '../../shared/format';
import { useFormRules } from '../../shared/formRules';
import { LinkButton } from '../../shared/LinkButton';
import { EMPTY_SKETCH } from '../../shared/map/sketch';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useFormProblem } from '../../shared/problem';
import { QueryError } from '../../shared/QueryError';
import { LazyBlueprintMap } from './BlueprintMapLazy';
import { boxOf } from './BlueprintPage';
import { useMeasures } from './measures';
import { RuleTag, useConflictKind } from './words';

const ignore = () => {};

/** One coordination case: the two plans, where they overlap, each department's opinion, the decision. */
export default function ConflictPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const found = useConflict(id);
  const { m2 } = useMeasures();
  const kindOf = useConflictKind();
  const c = found.data;
  const overlaps = useMemo(() => (c ? [{ geometry: c.overlap, verdict: 'conflict' as const }] : []), [c]);
  const focus = useMemo(() => (c ? { bbox: boxOf(c.overlap) } : null), [c]);
  // The two layers around the overlap, loaded for the view as on the blueprint's map.
  const [view, setView] = useState<Bbox | null>(null);
  const all = useLayers();
  const pair = useMemo(
    () => (all.data ?? []).filter((l) => l.id === c?.a.layer.id || l.id === c?.b.layer.id),
    [all.data, c],
  );
  const features = useLayerFeatures(
    pair.map((l) => l.id),
    view,
  );
  const layers = useMemo(
    () => pair.map((layer, i) => ({ layer, features: features[i]?.data })),
    [pair, features],
  );

  if (found.isPending) return <Skeleton active />;
  if (found.isError) return <QueryError error={found.error} onRetry={() => void found.refetch()} />;
  const conflict = found.data;
  const party = (p: typeof conflict.a) => (
    <>
      <div>{p.layer.name}</div>
      <Typography.Text type="secondary">
        {p.layer.department.name}
        {p.featureName && ` · ${p.featureName}`}
      </Typography.Text>
      <div>
        <RuleTag rule={p.layer.rule} />
      </div>
    </>
  );

  return (
    <>
      <LinkButton to="/workbench/conflicts" icon={<ArrowLeftOutlined />} type="link" className="back-link">
        {t('conflicts.back')}
      </LinkButton>
      <Typography.Title level={1} className="page-title">
        {kindOf(conflict.kind)}
        <Tag
          color={conflict.status === 'open' ? 'processing' : 'default'}
          className="blueprint-conflict-status"
        >
          {t(`conflicts.status.${conflict.status}`)}
        </Tag>
      </Typography.Title>
      <div className="card-stack blueprint-import">
        <Card>
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2 }}
            items={[
              { key: 'a', label: t('conflicts.partyA'), children: party(conflict.a) },
              { key: 'b', label: t('conflicts.partyB'), children: party(conflict.b) },
              { key: 'area', label: t('conflicts.columns.area'), children: m2(conflict.overlapAreaM2) },
              {
                key: 'opened',
                label: t('conflicts.columns.openedAt'),
                children: formatDateTime(conflict.openedAt),
              },
            ]}
          />
          <LazyBlueprintMap
            layers={layers}
            loading={features.some((f) => f.fetching)}
            mode="browse"
            sketch={EMPTY_SKETCH}
            fixedSite={null}
            onSketch={ignore}
            measure={EMPTY_SKETCH}
            onMeasure={ignore}
            overlaps={overlaps}
            onView={setView}
            onFeature={ignore}
            focus={focus}
            label={t('conflicts.map')}
          />
        </Card>
        <Card title={t('conflicts.opinions', { count: conflict.opinions.length })}>
          {conflict.opinions.length === 0 ? (
            <Empty description={t('conflicts.noOpinions')} />
          ) : (
            <List
              dataSource={conflict.opinions}
              renderItem={(o) => (
                <List.Item>
                  <List.Item.Meta
                    title={`${o.department.name} · ${o.author}`}
                    description={formatDateTime(o.createdAt)}
                  />
                  <div className="blueprint-opinion">{o.opinion}</div>
                </List.Item>
              )}
            />
          )}
          {conflict.actions.includes('opinion') && <OpinionForm id={conflict.id} />}
        </Card>
        {conflict.status === 'resolved' ? (
          <Card title={t('conflicts.decisionTitle')}>
            <Descriptions
              size="small"
              column={1}
              items={[
                {
                  key: 'decision',
                  label: t('conflicts.decision'),
                  children: conflict.decision ? t(`conflicts.decisions.${conflict.decision}`) : '—',
                },
                { key: 'resolution', label: t('conflicts.resolution'), children: conflict.resolution },
                { key: 'by', label: t('conflicts.resolvedBy'), children: conflict.resolvedBy },
                {
                  key: 'at',
                  label: t('conflicts.resolvedAt'),
                  children: formatDateTime(conflict.resolvedAt),
                },
              ]}
            />
          </Card>
        ) : (
          conflict.actions.includes('resolve') && <ResolveForm id={conflict.id} />
        )}
      </div>
    </>
  );
}

function OpinionForm({ id }: { id: string }) {
  const { t } = useTranslation();
  const rules = useFormRules();
  const [form] = Form.useForm<{ opinion: string }>();
  const step = useConflictStep<{ opinion: string }>(id, 'opinions');
  const { problem, show, clear } = useFormProblem(form, ['opinion']);
  return (
    <Form
      form={form}
      layout="vertical"
      className="blueprint-conflict-form"
      onFinish={(values) => {
        clear();
        step.mutate(values, { onSuccess: () => form.resetFields(), onError: show });
      }}
    >
      <Form.Item
        name="opinion"
        label={t('conflicts.opinion')}
        rules={[rules.required(t('conflicts.opinion'))]}
      >
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
      <ProblemAlert problem={problem} />
      <Button type="primary" htmlType="submit" loading={step.isPending}>
        {t('conflicts.giveOpinion')}
      </Button>
    </Form>
  );
}

function ResolveForm({ id }: { id: string }) {
  const { t } = useTranslation();
  const rules = useFormRules();
  const [form] = Form.useForm<{ decision: ConflictDecision; resolution: string }>();
  const step = useConflictStep<{ decision: ConflictDecision; resolution: string }>(id, 'resolve');
  const { problem, show, clear } = useFormProblem(form, ['decision', 'resolution']);
  return (
    <Card title={t('conflicts.decisionTitle')}>
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) => {
          clear();
          step.mutate(values, { onError: show });
        }}
      >
        <Form.Item
          name="decision"
          label={t('conflicts.decision')}
          rules={[rules.requiredSelect(t('conflicts.decision'))]}
        >
          <Radio.Group
            className="blueprint-decisions"
            options={conflictDecisions.map((d) => ({ value: d, label: t(`conflicts.decisions.${d}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="resolution"
          label={t('conflicts.resolution')}
          rules={[rules.required(t('conflicts.resolution'))]}
        >
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
        <ProblemAlert problem={problem} />
        <Button type="primary" htmlType="submit" loading={step.isPending}>
          {t('conflicts.resolve')}
        </Button>
      </Form>
    </Card>
  );
}
