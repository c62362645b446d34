import './process.css';
import { ArrowLeftOutlined, LockOutlined } from '@ant-design/icons';
import { Alert, Card, Collapse, Radio, Result, Skeleton, Tag, Typography } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useAdminMatter } from '../../api/catalogueAdmin';
import { isApiError } from '../../api/client';
import { LinkButton } from '../../shared/LinkButton';
import { QueryError } from '../../shared/QueryError';
import {
  type MatterProcess,
  type ProcessChannel,
  type ProcessDefinition,
  processChannels,
  useMatterProcess,
} from './api';
import { FlowView } from './FlowView';
import { ProcessEditor } from './ProcessEditor';
import { useProcessDraft } from './useProcessDraft';

interface Limits {
  promised: number;
  legal: number;
}

function FlowCard(props: {
  definition: ProcessDefinition;
  limits: Limits;
  preview?: boolean;
  note?: string;
  problems?: ReadonlyMap<string, readonly string[]>;
}) {
  const { t } = useTranslation();
  return (
    <Card
      title={t('processAdmin.flowTitle')}
      extra={props.preview && <Tag color="gold">{t('processAdmin.preview')}</Tag>}
      className="block-gap process-flow-card"
    >
      {props.note && <Alert type="warning" showIcon title={props.note} className="block-gap" />}
      <Typography.Paragraph type="secondary">
        {t('processAdmin.limits', { promised: props.limits.promised, legal: props.limits.legal })}
      </Typography.Paragraph>
      <FlowView
        definition={props.definition}
        promisedLimitDays={props.limits.promised}
        problems={props.problems}
      />
    </Card>
  );
}

function EditableProcess(props: {
  code: string;
  current: MatterProcess;
  limits: Limits;
  channelName: string;
}) {
  const { t } = useTranslation();
  const draft = useProcessDraft(props.code, props.current, props.channelName);
  return (
    <>
      <FlowCard
        definition={draft.draft ?? props.current.definition}
        limits={props.limits}
        preview={draft.draft !== null && draft.changed}
        note={draft.draft ? undefined : t('processAdmin.notDrawable')}
        problems={draft.draft ? draft.problemsByNode : undefined}
      />
      <Card className="block-gap">
        <ProcessEditor draft={draft} />
      </Card>
    </>
  );
}

function FixedProcess(props: { code: string; current: MatterProcess; limits: Limits; channelName: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Alert
        type="info"
        showIcon
        icon={<LockOutlined />}
        role="status"
        className="block-gap"
        title={t('processAdmin.readOnly.title')}
        description={
          <>
            <p className="process-readonly-line">
              {t('processAdmin.readOnly.reason', { channel: props.channelName })}
            </p>
            <p className="process-readonly-line">
              {t('processAdmin.readOnly.howToChange')}{' '}
              <Link to={`/admin/matters/${encodeURIComponent(props.code)}`}>
                {t('processAdmin.readOnly.editMatter')}
              </Link>
            </p>
          </>
        }
      />
      <FlowCard definition={props.current.definition} limits={props.limits} />
      <Collapse
        className="block-gap"
        items={[
          {
            key: 'json',
            label: t('processAdmin.showJson'),
            children: <pre className="process-json">{JSON.stringify(props.current.definition, null, 2)}</pre>,
          },
        ]}
      />
    </>
  );
}

/** /admin/matters/:code/process?channel=online|window: the process a published version runs. */
export default function ProcessPage() {
  const { t } = useTranslation();
  const channelId = useId();
  const { code = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const channel: ProcessChannel = processChannels.find((c) => c === search.get('channel')) ?? 'online';
  const matter = useAdminMatter(code);
  const process = useMatterProcess(code, channel);
  const published = matter.data?.versions.find((v) => v.status === 'published');
  const channelName = t(`cases.vocab.channel.${channel}`);

  let body: React.ReactNode;
  if (isApiError(process.error, 404) || (matter.isSuccess && !published))
    body = (
      <Result
        status="info"
        title={t('processAdmin.notPublished')}
        subTitle={t('processAdmin.notPublishedHint')}
        extra={
          <LinkButton to={`/admin/matters/${encodeURIComponent(code)}`}>{t('processAdmin.back')}</LinkButton>
        }
      />
    );
  else if (process.isError)
    body = <QueryError error={process.error} onRetry={() => void process.refetch()} />;
  else if (matter.isError) body = <QueryError error={matter.error} onRetry={() => void matter.refetch()} />;
  else if (!process.data || !published) body = <Skeleton active />;
  else {
    const limits = { promised: published.guide.promisedLimitDays, legal: published.guide.legalLimitDays };
    const Body = process.data.stored ? FixedProcess : EditableProcess;
    body = (
      <Body
        // A saved process, or another version, starts afresh.
        key={`${process.data.matterVersionId}:${channel}:${process.data.stored}`}
        code={code}
        current={process.data}
        limits={limits}
        channelName={channelName}
      />
    );
  }

  return (
    <>
      <Link to={`/admin/matters/${encodeURIComponent(code)}`} className="back-link">
        <ArrowLeftOutlined /> {t('processAdmin.back')}
      </Link>
      <div className="page-head">
        <div className="process-title">
          <Typography.Title level={1} className="page-title">
            {t('processAdmin.title')}
          </Typography.Title>
          <span className="process-matter">
            {published && <strong>{published.guide.name}</strong>}
            <code>{code}</code>
            {published && <Tag>{t('processAdmin.version', { version: published.version })}</Tag>}
          </span>
        </div>
      </div>
      <Typography.Paragraph type="secondary" className="process-intro">
        {t('processAdmin.intro')}
      </Typography.Paragraph>
      <div className="filter-bar">
        <div className="filter-field">
          <span id={channelId}>{t('processAdmin.channel')}</span>
          <Radio.Group
            aria-labelledby={channelId}
            optionType="button"
            value={channel}
            onChange={(e) => setSearch({ channel: e.target.value as ProcessChannel }, { replace: true })}
            options={processChannels.map((c) => ({ value: c, label: t(`cases.vocab.channel.${c}`) }))}
          />
        </div>
        {process.data && (
          <Tag color={process.data.stored ? 'green' : 'blue'} className="process-state">
            {process.data.stored ? t('processAdmin.state.stored') : t('processAdmin.state.default')}
          </Tag>
        )}
      </div>
      {body}
    </>
  );
}
