import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { type ApplicationStatus, applicationStatuses } from '../../api/applicationTypes';

const colors: Record<ApplicationStatus, string> = {
  submitted: 'blue',
  pre_review: 'blue',
  correction_requested: 'orange',
  resubmitted: 'blue',
  accepted: 'cyan',
  refused: 'red',
  in_review: 'cyan',
  approved: 'green',
  denied: 'red',
  decided: 'cyan',
  delivered: 'green',
  completed: 'green',
  withdrawn: 'default',
  revoked: 'red',
};

const known = (status: string): status is ApplicationStatus =>
  (applicationStatuses as readonly string[]).includes(status);

/** A status the server adds later still shows, under a neutral label, until it gets its own. */
export function ApplicationStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  if (!known(status)) return <Tag>{t('application.statusUnknown')}</Tag>;
  return <Tag color={colors[status]}>{t(`application.status.${status}`)}</Tag>;
}
