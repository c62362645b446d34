import { useTranslation } from 'react-i18next';
import type { FormStep } from '../../forms/formSteps';
import type { Stage } from './stages';

/** A page's heading: its one question or group, what its questions share, or the questions themselves. */
export function useStageTitles(steps: readonly FormStep[]) {
  const { t } = useTranslation();
  const stepTitle = (step: FormStep) => {
    if (step.titles.length === 1) return step.titles[0]!;
    if (step.subject) return t('apply.subjectStep', { subject: step.subject });
    return step.titles.join(t('common.listSeparator'));
  };
  const stageTitle = (stage: Stage) => {
    if (stage.kind === 'step') return stepTitle(steps[stage.index]!);
    if (stage.kind === 'materials') return t('materialFiles.step.title');
    return stage.kind === 'check' ? t('apply.check.title') : t('apply.declaration.title');
  };
  return { stepTitle, stageTitle };
}
