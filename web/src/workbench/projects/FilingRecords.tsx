import { Card, Descriptions, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FilingDetail, JointReviewVerdict } from '../../api/projects';
import { formatDateTime } from '../../shared/format';
import { CorrectionItems } from './CorrectionItems';

const verdictColors: Record<JointReviewVerdict, string> = {
  agree: 'green',
  agree_with_conditions: 'gold',
  disagree: 'red',
};

/** What the stage has on record: combined corrections, joint reviews with each department's opinion, intermediary services. */
export function FilingRecords({ filing }: { filing: FilingDetail }) {
  const { t } = useTranslation();
  const matterName = (code: string) => filing.matters.find((m) => m.matterCode === code)?.matterName ?? code;
  return (
    <>
      {filing.corrections.length > 0 && (
        <Card size="small" className="block-gap" title={t('projects.filing.corrections')}>
          <List
            size="small"
            dataSource={filing.corrections}
            renderItem={(c) => (
              <List.Item key={c.id}>
                <div className="filing-record">
                  <Typography.Text type="secondary">
                    {t('projects.filing.correctionAt', { at: formatDateTime(c.requestedAt) })}
                    {c.answeredAt
                      ? ` · ${t('projects.filing.answeredAt', { at: formatDateTime(c.answeredAt) })}`
                      : ` · ${t('projects.filing.unanswered')}`}
                  </Typography.Text>
                  <CorrectionItems items={c.items} matterName={matterName} />
                </div>
              </List.Item>
            )}
          />
        </Card>
      )}
      {filing.jointReviews.length > 0 && (
        <Card size="small" className="block-gap" title={t('projects.filing.jointReviews')}>
          <List
            size="small"
            dataSource={filing.jointReviews}
            renderItem={(r) => (
              <List.Item key={r.id}>
                <div className="filing-record">
                  <span>
                    <Typography.Text strong>{t(`projects.jointReview.kinds.${r.kind}`)}</Typography.Text>{' '}
                    <Typography.Text type="secondary">{r.heldOn}</Typography.Text>{' '}
                    <Tag color={verdictColors[r.conclusion]}>
                      {t(`projects.jointReview.verdicts.${r.conclusion}`)}
                    </Tag>
                  </span>
                  <Typography.Paragraph className="pre-wrap filing-summary">{r.summary}</Typography.Paragraph>
                  <Descriptions
                    size="small"
                    column={1}
                    bordered
                    items={r.opinions.map((o) => ({
                      key: o.department.code,
                      label: o.department.name,
                      children: (
                        <>
                          <Tag color={verdictColors[o.verdict]}>
                            {t(`projects.jointReview.verdicts.${o.verdict}`)}
                          </Tag>
                          {o.opinion}
                        </>
                      ),
                    }))}
                  />
                </div>
              </List.Item>
            )}
          />
        </Card>
      )}
      {filing.intermediaries.length > 0 && (
        <Card size="small" className="block-gap" title={t('projects.filing.intermediaries')}>
          <List
            size="small"
            dataSource={filing.intermediaries}
            renderItem={(s) => (
              <List.Item key={s.id}>
                <span className="stage-matter">
                  <span>
                    {t(`projects.intermediary.services.${s.service as 'other'}`)} · {s.provider}
                  </span>
                  <Typography.Text type="secondary">
                    {s.endedOn
                      ? t('projects.intermediary.span', {
                          from: s.startedOn,
                          to: s.endedOn,
                          count: s.workingDays,
                        })
                      : t('projects.intermediary.running', { from: s.startedOn, count: s.workingDays })}
                  </Typography.Text>
                </span>
              </List.Item>
            )}
          />
        </Card>
      )}
    </>
  );
}
