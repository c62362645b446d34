import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { firstIncompleteStep } from '../../forms/answers';
import type { FormStep } from '../../forms/formSteps';
import { parseStage, type Stage, stageAt, stageParam, stagePosition, stepStage } from './stages';

type Data = Record<string, unknown>;

/**
 * The stage lives in the URL (?step=2, ?step=check), so the browser's back button steps back
 * through the form. Nobody lands past a page with something still to answer: a stale link or a
 * reload goes to the first such page instead.
 */
export function useApplyStage(steps: readonly FormStep[], data: Data, resumed: boolean) {
  const [params, setParams] = useSearchParams();
  const incomplete = firstIncompleteStep(steps, data);
  // The furthest position the answers allow: the first page to fix, or the declaration.
  const reachable = incomplete === -1 ? steps.length + 1 : incomplete;
  const requested = parseStage(params.get('step'), steps);
  // Fixed when the flow opens: answering the last open question must not move the page on by itself.
  const [fallback] = useState(() =>
    resumed ? stageAt(Math.min(reachable, steps.length), steps) : stepStage(0),
  );
  const wanted = requested ?? fallback;
  const clamped = stagePosition(wanted, steps) > reachable;
  const stage = clamped ? stageAt(reachable, steps) : wanted;

  const go = (next: Stage, options: { returnToCheck?: boolean; replace?: boolean } = {}) => {
    const search: Record<string, string> = { step: stageParam(next) };
    if (options.returnToCheck) search.back = 'check';
    setParams(search, { replace: options.replace });
  };

  return {
    stage,
    /** Arrived from 修改 on the check page: the page's button goes back there. */
    // Also when sent back from the check to a page that needs an answer (a stale link, a changed form).
    returnToCheck:
      stage.kind === 'step' && (params.get('back') === 'check' || (clamped && wanted.kind !== 'step')),
    reachable,
    go,
  };
}
