import { Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FormStep } from '../../forms/formSteps';
import { type Stage, stageAt, stagePosition } from './stages';
import { useStageTitles } from './useStageTitles';

interface Props {
  steps: readonly FormStep[];
  stage: Stage;
  /** The furthest position the answers allow (see useApplyStage). */
  reachable: number;
  onGo: (stage: Stage) => void;
}

/** On a wide screen, every page of the application beside the form; pages already open to the applicant can be clicked. */
export function StepsAside({ steps, stage, reachable, onGo }: Props) {
  const { t } = useTranslation();
  const { stageTitle } = useStageTitles(steps);
  const count = steps.length + 2;
  return (
    <nav aria-label={t('apply.stepsLabel')} className="apply-aside">
      <Steps
        orientation="vertical"
        size="small"
        current={stagePosition(stage, steps)}
        onChange={(position) => onGo(stageAt(position, steps))}
        items={Array.from({ length: count }, (_, position) => ({
          title: stageTitle(stageAt(position, steps)),
          disabled: position > reachable,
        }))}
      />
    </nav>
  );
}
