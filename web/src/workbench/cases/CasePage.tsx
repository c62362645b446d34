import './cases.css';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Col, Result, Row, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { useSession } from '../../api/session';
import { useWorkbenchCase } from '../../api/workflow';
import { workRoles } from '../../api/workflowTypes';
import { QueryError } from '../../shared/QueryError';
import { ApplicationFile } from './ApplicationFile';
import { ActionBar } from './actions/ActionBar';
import { CaseHeader } from './CaseHeader';
import { CaseTimeline } from './CaseTimeline';
import { ClockPanel } from './ClockPanel';
import { DeliveryPanel } from './DeliveryPanel';
import { IntakePanel } from './IntakePanel';
import { OrdersPanel } from './OrdersPanel';
import { StepsPanel } from './StepsPanel';

/** One case (办件) for the staff who work or supervise it: where it stands and what they can do now. */
export default function CasePage() {
  const { t } = useTranslation();
  const applicationNo = useParams().applicationNo!;
  const found = useWorkbenchCase(applicationNo);
  const from = (useLocation().state as { from?: string } | null)?.from;
  const roles = useSession().data?.account.roles ?? [];
  // Back to the list the case was opened from; a supervisor without tasks has no inbox to go to.
  const back =
    from ?? (workRoles.some((r) => roles.includes(r)) ? '/workbench/inbox' : '/workbench/supervision');

  return (
    <>
      <Link to={back} className="back-link">
        <ArrowLeftOutlined aria-hidden="true" />{' '}
        {back.startsWith('/workbench/supervision') ? t('cases.page.backToSupervision') : t('cases.page.back')}
      </Link>
      {found.isPending && <Skeleton active />}
      {found.isError &&
        (isApiError(found.error, 404) ? (
          <Result status="404" title={t('cases.page.notFound')} subTitle={t('cases.page.notFoundHint')} />
        ) : (
          <QueryError error={found.error} onRetry={() => void found.refetch()} />
        ))}
      {found.data && (
        <>
          <CaseHeader view={found.data} onReload={() => void found.refetch()} reloading={found.isFetching} />
          <ActionBar view={found.data} />
          <Row gutter={16}>
            {/* On a phone the deadlines come before the long file; on a desktop they sit beside it. */}
            <Col xs={{ span: 24, order: 2 }} xl={{ span: 15, order: 1 }}>
              <StepsPanel view={found.data} />
              <ApplicationFile applicationNo={applicationNo} />
              <CaseTimeline view={found.data} />
            </Col>
            <Col xs={{ span: 24, order: 1 }} xl={{ span: 9, order: 2 }}>
              <ClockPanel clock={found.data.clock} />
              <IntakePanel view={found.data} />
              <OrdersPanel orders={found.data.supervisionOrders} />
              <DeliveryPanel delivery={found.data.delivery} />
            </Col>
          </Row>
        </>
      )}
    </>
  );
}
