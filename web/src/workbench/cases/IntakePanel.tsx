import { Alert, Card, Descriptions, type DescriptionsProps, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WorkflowCase } from '../../api/workflowTypes';
import { formatInstant } from './time';

const AWAITING_INTAKE = new Set(['submitted', 'pre_review', 'resubmitted']);

/** What intake decided: the Art. 32 deadline while it waits, refusal, corrections, shortfall, commitment. */
export function IntakePanel({ view }: { view: WorkflowCase }) {
  const { t } = useTranslation();
  const { intake } = view;
  const items: DescriptionsProps['items'] = [];
  if (intake.acceptance)
    items.push({
      key: 'acceptance',
      label: t('cases.page.acceptance'),
      children: t(`cases.vocab.acceptance.${intake.acceptance}`),
    });
  if (intake.refusalReason)
    items.push({ key: 'refusal', label: t('cases.intake.refusalReason'), children: intake.refusalReason });
  if (intake.correction)
    items.push({
      key: 'correction',
      label: t('cases.intake.correction'),
      children: (
        <>
          <ol className="plain-list">
            {intake.correction.items.map((item) => (
              <li key={`${item.material}-${item.problem}`}>
                {item.material
                  ? t('cases.page.correctionItem', { material: item.material, problem: item.problem })
                  : item.problem}
              </li>
            ))}
          </ol>
          {t('common.labelled', {
            label: t('cases.intake.correctionAt'),
            text: formatInstant(intake.correction.requestedAt),
          })}
        </>
      ),
    });
  if (intake.shortfall) {
    const s = intake.shortfall;
    items.push(
      {
        key: 'missing',
        label: t('cases.intake.shortfallMissing'),
        children: s.missing.join(t('common.listSeparator')),
      },
      {
        key: 'shortfallDue',
        label: t('cases.intake.shortfallDue'),
        children: <span className="mono">{s.dueOn}</span>,
      },
      { key: 'shortfallRef', label: t('cases.intake.shortfallRef'), children: s.commitmentRef },
      {
        key: 'supplied',
        label: t('cases.intake.shortfallSupplied'),
        children: s.suppliedAt ? (
          formatInstant(s.suppliedAt)
        ) : (
          <Tag color="warning">{t('cases.intake.shortfallPending')}</Tag>
        ),
      },
    );
  }
  if (intake.commitment)
    items.push(
      {
        key: 'commitmentRef',
        label: t('cases.intake.commitmentRef'),
        children: intake.commitment.commitmentRef,
      },
      {
        key: 'verified',
        label: t('cases.intake.commitmentVerified'),
        children:
          intake.commitment.truthful === null
            ? t('cases.intake.commitmentPending')
            : t(`cases.vocab.truthful.${intake.commitment.truthful ? 'yes' : 'no'}`),
      },
    );

  const waiting = AWAITING_INTAKE.has(view.status) && view.intakeDueOn;
  if (!waiting && items.length === 0) return null;
  return (
    <Card title={t('cases.intake.title')} className="block-gap" size="small">
      {waiting && (
        <Alert
          type="info"
          showIcon
          className="block-gap"
          title={t('cases.intake.dueOn', { date: view.intakeDueOn })}
          description={t('cases.intake.dueHint')}
        />
      )}
      {items.length > 0 && <Descriptions column={1} size="small" items={items} />}
    </Card>
  );
}
