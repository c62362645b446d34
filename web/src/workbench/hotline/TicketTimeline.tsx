import { Card, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTaxonomyNames } from '../../portal/hotline/api';
import { formatDateTime } from '../../shared/format';
import { type TimelineEntry, useUnits } from './api';
import { useKindLabel } from './labels';

/** A step's facts in words: who it went to, how many days, what the caller said. */
function useFacts() {
  const { t } = useTranslation();
  const names = useTaxonomyNames();
  const units = useUnits().data ?? [];
  const unitName = (id: unknown) => units.find((u) => u.id === id)?.name ?? '';
  return (e: TimelineEntry): string | null => {
    const d = e.detail;
    switch (e.kind) {
      case 'intake':
      case 'direct_answer':
        return t('hotline.timeline.channel', { channel: names.channel(String(d.channel ?? '')) });
      case 'redirect':
        return t('hotline.timeline.redirect', { target: names.redirect(String(d.redirectTarget ?? '')) });
      case 'dispatch':
      case 'reassign': {
        const assisting = (Array.isArray(d.assistingUnitIds) ? d.assistingUnitIds : []).map(unitName);
        return assisting.length
          ? t('hotline.timeline.dispatchWith', {
              lead: unitName(d.leadUnitId),
              assisting: assisting.join(t('common.listSeparator')),
            })
          : t('hotline.timeline.dispatchTo', { lead: unitName(d.leadUnitId) });
      }
      case 'requestExtension':
        return t('hotline.timeline.extensionAsked', { days: d.workingDays });
      case 'decideExtension':
        return d.approve
          ? t('hotline.timeline.extensionGranted', { days: d.workingDays, due: d.handlingDueOn })
          : t('hotline.timeline.extensionDenied');
      case 'reply':
        return d.resolved ? t('hotline.timeline.resolved') : t('hotline.timeline.unresolved');
      case 'followUp':
        return d.reopened
          ? t('hotline.timeline.followUpReopened', { result: names.followUp(String(d.result)) })
          : t('hotline.timeline.followUp', { result: names.followUp(String(d.result)) });
      case 'merge':
        return t('hotline.timeline.merged', { into: d.intoTicketNo });
      default:
        return null;
    }
  };
}

/** 流转记录: every step, its time, who took it for which unit, and what they wrote. */
export function TicketTimeline({ entries }: { entries: TimelineEntry[] }) {
  const { t } = useTranslation();
  const facts = useFacts();
  const kindLabel = useKindLabel();
  return (
    <Card title={t('hotline.timeline.title')} size="small" className="block-gap">
      <Timeline
        className="ticket-timeline"
        items={[...entries].reverse().map((e) => {
          const fact = facts(e);
          return {
            key: e.seq,
            color: e.kind === 'return' || (e.kind === 'followUp' && e.detail.reopened) ? 'red' : 'blue',
            content: (
              <div>
                <Typography.Text strong>{kindLabel(e.kind)}</Typography.Text>
                <Typography.Text type="secondary" className="timeline-meta">
                  {[formatDateTime(e.at), e.unit?.name, e.actor].filter(Boolean).join(' · ')}
                </Typography.Text>
                {fact && <div>{fact}</div>}
                {e.text && <Typography.Paragraph className="timeline-text">{e.text}</Typography.Paragraph>}
              </div>
            ),
          };
        })}
      />
    </Card>
  );
}
