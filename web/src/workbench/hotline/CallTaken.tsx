import { Button, Result, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTaxonomyNames } from '../../portal/hotline/api';
import { LinkButton } from '../../shared/LinkButton';
import type { TicketDetail } from './api';

/** The call is on record: its number to read out to the caller, and the way to the next call. */
export function CallTaken(props: { ticket: TicketDetail; mergedInto?: string; onNext: () => void }) {
  const { t } = useTranslation();
  const names = useTaxonomyNames();
  const { ticket } = props;
  const outcome = props.mergedInto
    ? t('hotline.call.done.merged', { into: props.mergedInto })
    : ticket.status === 'direct_answered'
      ? t('hotline.call.done.answered')
      : ticket.status === 'redirected'
        ? t('hotline.call.done.redirected', { target: names.redirect(ticket.redirect?.target ?? null) })
        : ticket.leadUnit
          ? t('hotline.call.done.dispatched', { unit: ticket.leadUnit.name })
          : t('hotline.call.done.pending');
  return (
    <Result
      status="success"
      title={t('hotline.call.done.title', { no: ticket.ticketNo })}
      subTitle={outcome}
      extra={
        <Space wrap>
          <Button type="primary" size="large" onClick={props.onNext} autoFocus>
            {t('hotline.call.next')}
          </Button>
          <LinkButton to={`/workbench/hotline/orders/${ticket.ticketNo}`} size="large">
            {t('hotline.call.openTicket')}
          </LinkButton>
        </Space>
      }
    />
  );
}
