import { Card, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StageForm, StageRequirements } from '../../api/projects';

/**
 * 一张表单: how many fields and materials the stage's one form asks, against filing each matter
 * apart; for a project, also what its area assessments and commitments can waive.
 */
export function SavingsCard({ form, requirements }: { form: StageForm; requirements?: StageRequirements }) {
  const { t } = useTranslation();
  const r = requirements?.reduction;
  const fieldsSeparately = r?.fieldsSeparately ?? form.savings.fieldsSeparately;
  const fieldsMerged = r?.fieldsMerged ?? form.savings.fieldsMerged;
  const materialsSeparately = r?.materialsSeparately ?? form.savings.materialsSeparately;
  const materialsMerged = r?.materialsMerged ?? form.savings.materialsMerged;
  const figure = (title: string, value: number, note: string) => (
    <div className="savings-figure">
      <Statistic title={title} value={value} />
      <Typography.Text type="secondary" className="savings-note">
        {note}
      </Typography.Text>
    </div>
  );
  return (
    <Card size="small" className="block-gap savings-card" title={t('projects.savings.title')}>
      <Typography.Paragraph type="secondary">
        {t('projects.savings.intro', { count: form.stage.matters.length })}
      </Typography.Paragraph>
      <div className="savings-figures">
        {figure(
          t('projects.savings.fields'),
          fieldsMerged,
          t('projects.savings.insteadOf', { count: fieldsSeparately }),
        )}
        {figure(
          t('projects.savings.fieldsSaved'),
          fieldsSeparately - fieldsMerged,
          t('projects.savings.percent', {
            percent: fieldsSeparately
              ? Math.round(((fieldsSeparately - fieldsMerged) / fieldsSeparately) * 100)
              : 0,
          }),
        )}
        {figure(
          t('projects.savings.materials'),
          materialsMerged,
          t('projects.savings.insteadOf', { count: materialsSeparately }),
        )}
        {figure(
          t('projects.savings.materialsAtLeast'),
          r?.materialsAtLeast ?? materialsMerged,
          r
            ? t('projects.savings.waived', {
                area: r.materialsCoveredByArea,
                commitment: r.materialsCommitmentAllowed,
              })
            : t('projects.savings.noWaiver'),
        )}
      </div>
    </Card>
  );
}
