import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { firstIncompleteStep } from '../../forms/answers';
import {
  type Flow,
  parseStage,
  type Stage,
  stageAt,
  stageCount,
  stageParam,
  stagePosition,
  stepStage,
} from './stages';

type Data = Record<string, unknown>;

/**
 * The stage lives in the URL (?step=2, ?step=check), so the browser's back button steps back
 * through the form. Nobody lands past a page with something still to answer: a stale link or a
 * reload goes to the first such page instead (required materials count as answers).
 */
export function useApplyStage(flow: Flow, data: Data, materialsComplete: boolean, resumed: boolean) {
  const [params, setParams] = useSearchParams();
  const incomplete = firstIncompleteStep(flow.steps, data);
  const materialsPosition = stagePosition({ kind: 'materials' }, flow);
  // The furthest position the answers allow: the first page to fix, or the declaration.
  const reachable =
    incomplete !== -1
      ? incomplete
      : flow.materials && !materialsComplete
        ? materialsPosition
        : stageCount(flow) - 1;
  const requested = parseStage(params.get('step'), flow);
  // Fixed when the flow opens: answering the last open question must not move the page on by itself.
  const [fallback] = useState(() =>
    resumed ? stageAt(Math.min(reachable, stageCount(flow) - 2), flow) : stepStage(0),
  );
  const wanted = requested ?? fallback;
  const clamped = stagePosition(wanted, flow) > reachable;
  const stage = clamped ? stageAt(reachable, flow) : wanted;

  const go = (next: Stage, options: { returnToCheck?: boolean; replace?: boolean } = {}) => {
    const search: Record<string, string> = { step: stageParam(next) };
    if (options.returnToCheck) search.back = 'check';
    setParams(search, { replace: options.replace });
  };

  // Sent back from the check to a page that needs an answer (a stale link, a changed form).
  const sentBack = clamped && (wanted.kind === 'check' || wanted.kind === 'declaration');
  return {
    stage,
    /** Arrived from 修改 on the check page: the page's button goes back there. */
    returnToCheck:
      stage.kind !== 'check' && stage.kind !== 'declaration' && (params.get('back') === 'check' || sentBack),
    reachable,
    go,
  };
}
