import { Tag } from 'antd';
import type { CaseStatus } from '../../api/workflowTypes';
import { useCaseLabels } from './labels';

const colors: Partial<Record<CaseStatus, string>> = {
  submitted: 'blue',
  pre_review: 'blue',
  resubmitted: 'blue',
  correction_requested: 'orange',
  accepted: 'cyan',
  in_review: 'cyan',
  decided: 'geekblue',
  delivered: 'green',
  completed: 'green',
  refused: 'red',
  revoked: 'red',
};

export function CaseStatusTag({ status }: { status: string }) {
  const labels = useCaseLabels();
  return <Tag color={colors[status as CaseStatus]}>{labels.status(status)}</Tag>;
}
