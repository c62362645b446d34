import { Card, Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/session';
import type { CaseLogEntry, WorkflowCase } from '../../api/workflowTypes';
import { useCaseLabels } from './labels';
import { logDetails } from './logDetails';
import { formatInstant } from './time';

const APPLICANT_ACTIONS = new Set(['create', 'submit', 'resubmit', 'withdraw']);
const NEGATIVE = new Set(['refuse', 'requestCorrection', 'returnTo', 'withdraw']);

/**
 * Who acted, in words: the server logs account ids only, so an entry names its actor by the part
 * they played (the applicant, the system, the task's department and post, the supervisor).
 */
function useActorName(view: WorkflowCase) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const me = useSession().data?.account.id;
  return (entry: CaseLogEntry) => {
    if (entry.actorId === 'system') return t('cases.page.actor.system');
    if (entry.actorId === me) return t('cases.page.actor.me');
    if (APPLICANT_ACTIONS.has(entry.type)) return t('cases.page.actor.applicant');
    const task = entry.taskId ? view.tasks.find((x) => x.id === entry.taskId) : undefined;
    if (task)
      return t('cases.page.actor.task', {
        department: labels.department(task.department),
        role: labels.role(task.role),
      });
    if (entry.type === 'issueSupervisionOrder') return t('cases.page.actor.supervisor');
    const order = view.supervisionOrders.find((o) => o.id === entry.payload.orderId);
    if (entry.type === 'answerSupervisionOrder' && order)
      return t('cases.page.actor.task', {
        department: labels.department(order.department),
        role: t('cases.page.actor.staff'),
      });
    if (entry.type === 'extendClock') return t('cases.page.actor.head');
    return t('cases.page.actor.staff');
  };
}

/** The action log, oldest first: what was done, by whom, when, with the words they gave. */
export function CaseTimeline({ view }: { view: WorkflowCase }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const actorName = useActorName(view);
  // Opening the case is bookkeeping of the submission logged with it; the reader starts at the submission.
  const entries = view.timeline.filter((e) => e.type !== 'create').sort((a, b) => a.revision - b.revision);
  return (
    <Card title={t('cases.page.timelineTitle')} className="block-gap">
      <Timeline
        className="case-timeline"
        items={entries.map((entry) => {
          const details = logDetails(entry, view, t, labels);
          const outcome = entry.payload.outcome ?? entry.payload.verdict;
          const negative = NEGATIVE.has(entry.type) || outcome === 'deny' || outcome === 'disagree';
          return {
            key: entry.revision,
            color: negative ? 'red' : entry.type === 'deliver' || outcome === 'approve' ? 'green' : 'blue',
            content: (
              <>
                <span className="timeline-action">{labels.action(entry.type)}</span>
                <span className="timeline-actor">{actorName(entry)}</span>
                <time dateTime={entry.at} className="timeline-time">
                  {formatInstant(entry.at)}
                </time>
                {details.length > 0 && (
                  <dl className="timeline-details">
                    {details.map((d) => (
                      <div key={d.label}>
                        <dt>{d.label}</dt>
                        <dd>{d.value}</dd>
                      </div>
                    ))}
                  </dl>
                )}
              </>
            ),
          };
        })}
      />
    </Card>
  );
}
