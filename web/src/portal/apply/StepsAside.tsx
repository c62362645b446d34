import { Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import { type Flow, type Stage, stageAt, stageCount, stagePosition } from './stages';
import { useStageTitles } from './useStageTitles';

interface Props {
  flow: Flow;
  stage: Stage;
  /** The furthest position the answers allow (see useApplyStage). */
  reachable: number;
  onGo: (stage: Stage) => void;
}

/** On a wide screen, every page of the application beside the form; pages already open to the applicant can be clicked. */
export function StepsAside({ flow, stage, reachable, onGo }: Props) {
  const { t } = useTranslation();
  const { stageTitle } = useStageTitles(flow.steps);
  const count = stageCount(flow);
  return (
    <nav aria-label={t('apply.stepsLabel')} className="apply-aside">
      <Steps
        orientation="vertical"
        size="small"
        current={stagePosition(stage, flow)}
        onChange={(position) => onGo(stageAt(position, flow))}
        items={Array.from({ length: count }, (_, position) => ({
          title: stageTitle(stageAt(position, flow)),
          disabled: position > reachable,
        }))}
      />
    </nav>
  );
}
