import './evaluation.css';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Col, Descriptions, Result, Row, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { type RectificationDetail, useRectification } from '../../api/evaluation';
import { useSession } from '../../api/session';
import type { Role } from '../../api/types';
import { ApplicationNumber } from '../../portal/applications/ApplicationNumber';
import { formatDateTime } from '../../shared/format';
import { QueryError } from '../../shared/QueryError';
import { CallBackPanel } from './CallBackPanel';
import { ClosePanel } from './ClosePanel';
import { EvaluationPanel } from './EvaluationPanel';
import { RectifyPanel } from './RectifyPanel';
import { RectificationStatusTag } from './tags';

// Who records the work: the serving department's own staff (the server checks the same, per object).
const HANDLERS: readonly Role[] = ['reviewer', 'approver', 'dept_head'];

/** One 差评: what the applicant said, what the department did, the call-back, and closing. */
export default function RectificationPage() {
  const { t } = useTranslation();
  const id = useParams().id!;
  const found = useRectification(id);
  const back = (useLocation().state as { from?: string } | null)?.from ?? '/workbench/rectifications';

  return (
    <>
      <Link to={back} className="back-link">
        <ArrowLeftOutlined aria-hidden="true" /> {t('rectification.back')}
      </Link>
      {found.isPending && <Skeleton active />}
      {found.isError &&
        (isApiError(found.error, 404) ? (
          <Result
            status="404"
            title={t('rectification.notFound')}
            subTitle={t('rectification.notFoundHint')}
          />
        ) : (
          <QueryError error={found.error} onRetry={() => void found.refetch()} />
        ))}
      {found.data && <RectificationFile detail={found.data} />}
    </>
  );
}

function RectificationFile({ detail }: { detail: RectificationDetail }) {
  const { t } = useTranslation();
  const account = useSession().data!.account;
  const canHandle =
    HANDLERS.some((role) => account.roles.includes(role)) && account.departmentId === detail.department.id;

  return (
    <>
      <Typography.Title level={1} className="page-title">
        {t('rectification.detailTitle')}
      </Typography.Title>
      <Descriptions
        column={{ xs: 1, md: 2 }}
        size="small"
        bordered
        className="block-gap"
        items={[
          {
            key: 'no',
            label: t('rectification.facts.applicationNo'),
            children: <ApplicationNumber value={detail.applicationNo} size="small" />,
          },
          { key: 'matter', label: t('rectification.facts.matter'), children: detail.matterName },
          { key: 'department', label: t('rectification.facts.department'), children: detail.department.name },
          {
            key: 'status',
            label: t('rectification.facts.status'),
            children: <RectificationStatusTag item={detail} />,
          },
          {
            key: 'deadline',
            label: t('rectification.facts.deadline'),
            children: <span className="mono">{detail.deadline}</span>,
          },
          {
            key: 'openedAt',
            label: t('rectification.facts.openedAt'),
            children: formatDateTime(detail.openedAt),
          },
        ]}
      />
      {!canHandle && detail.status === 'open' && (
        <Alert type="info" showIcon className="block-gap" title={t('rectification.readOnly')} />
      )}
      <Row gutter={16}>
        <Col xs={24} xl={12}>
          <EvaluationPanel evaluation={detail.evaluation} />
        </Col>
        <Col xs={24} xl={12}>
          <RectifyPanel key={`r${detail.rectification?.at}`} detail={detail} canHandle={canHandle} />
          <CallBackPanel key={`c${detail.callBack?.at}`} detail={detail} canHandle={canHandle} />
          <ClosePanel detail={detail} canHandle={canHandle} />
        </Col>
      </Row>
    </>
  );
}
