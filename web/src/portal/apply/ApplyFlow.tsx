import { Alert } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatterDetail, MatterForm } from '../../api/catalogueTypes';
import { activeAnswers } from '../../forms/answers';
import { splitForm } from '../../forms/formSteps';
import { ApplyHeader } from './ApplyHeader';
import { CheckAnswers } from './CheckAnswers';
import { DeclarationStep } from './DeclarationStep';
import { FormStepPage } from './FormStepPage';
import { errorsOnStep, type FieldError, firstStepWithErrors, withoutChanged } from './formProblem';
import { StepsAside } from './StepsAside';
import { checkStage, declarationStage, stageAt, stageParam, stagePosition, stepStage } from './stages';
import { useApplyStage } from './useApplyStage';
import { useDraftSaving } from './useDraftSaving';
import { useStageTitles } from './useStageTitles';
import { useSubmitFlow } from './useSubmitFlow';

type Data = Record<string, unknown>;
export type ApplyNotice = 'resumed' | 'versionChanged' | 'versionOutdated';

interface Props {
  matter: MatterDetail;
  form: MatterForm;
  initialData: Data;
  draftId?: string;
  /** Resuming saved answers: open on the first page still to answer (or the check) rather than the first. */
  resume: boolean;
  notice?: ApplyNotice;
  /** The server says the form changed: reload it, keeping these answers where they still fit. */
  onOutdated: (data: Data, draftId: string | undefined) => void;
}

/** The application, page by page: the form's steps, 核对信息, 承诺声明, then off to the server. */
export function ApplyFlow(props: Props) {
  const { t } = useTranslation();
  const { matter, form } = props;
  const steps = useMemo(() => splitForm(form.schema, form.uiSchema), [form]);
  const [data, setData] = useState<Data>(props.initialData);
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const { stage, returnToCheck, reachable, go } = useApplyStage(steps, data, props.resume);
  const { stageTitle } = useStageTitles(steps);
  const drafts = useDraftSaving(matter.code, form.versionId, props.draftId);
  const answers = () => activeAnswers(form.schema, data);
  const saveDraft = () => drafts.saveDraft(answers());

  const submit = useSubmitFlow(
    {
      onAnswerErrors: (errors) => {
        const first = firstStepWithErrors(errors, steps);
        if (first < 0) return false;
        setServerErrors(errors);
        go(stepStage(first), { returnToCheck: true });
        return true;
      },
      onOutdated: () => props.onOutdated(answers(), drafts.draftId),
    },
    matter.departmentName,
  );

  // Each page is a new page to assistive technology: start at its heading, at the top.
  const heading = useRef<HTMLHeadingElement>(null);
  const stageKey = stageParam(stage);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs whenever the page changes
  useEffect(() => {
    window.scrollTo({ top: 0 });
    heading.current?.focus({ preventScroll: true });
  }, [stageKey]);

  const position = stagePosition(stage, steps);
  const previous = () => go(stageAt(Math.max(position - 1, 0), steps));

  const next = (answered: Data) => {
    setData(answered);
    if (stage.kind !== 'step') return;
    // Back from 修改: straight to the check, unless the server still has something to say elsewhere.
    const pending = steps.findIndex(
      (step, i) => i !== stage.index && errorsOnStep(serverErrors, step).length,
    );
    if (returnToCheck && pending >= 0) go(stepStage(pending), { returnToCheck: true });
    else if (returnToCheck) go(checkStage);
    else go(stage.index + 1 < steps.length ? stepStage(stage.index + 1) : checkStage);
  };

  // The notice belongs to the page the flow opened on; moving on dismisses it.
  const [noticeStage] = useState(stageKey);
  const notice = props.notice && noticeStage === stageKey && (
    <Alert
      type={props.notice === 'resumed' ? 'info' : 'warning'}
      showIcon
      className="block-gap"
      title={t(`apply.${props.notice}`)}
    />
  );

  return (
    <div className="page apply-page">
      <div className="apply-layout">
        <StepsAside steps={steps} stage={stage} reachable={reachable} onGo={(s) => go(s)} />
        <div className="apply-main">
          <ApplyHeader
            matterCode={matter.code}
            matterName={matter.guide.name}
            position={position}
            total={steps.length + 2}
            title={stageTitle(stage)}
            headingRef={heading}
          />
          {notice}
          {stage.kind === 'step' && (
            <FormStepPage
              key={stage.index}
              form={form}
              step={steps[stage.index]!}
              index={stage.index}
              data={data}
              errors={errorsOnStep(serverErrors, steps[stage.index]!)}
              returnToCheck={returnToCheck}
              onChange={(changed) => {
                setServerErrors((errors) => withoutChanged(errors, data, changed));
                setData(changed);
              }}
              onNext={next}
              onPrevious={stage.index > 0 ? previous : undefined}
              onSaveDraft={saveDraft}
              saving={drafts.saving}
            />
          )}
          {stage.kind === 'check' && (
            <CheckAnswers
              form={form}
              steps={steps}
              data={answers()}
              onConfirm={() => go(declarationStage)}
              onPrevious={previous}
              onSaveDraft={saveDraft}
              saving={drafts.saving}
            />
          )}
          {stage.kind === 'declaration' && (
            <DeclarationStep
              submitting={submit.submitting}
              problem={submit.problem}
              onPrevious={previous}
              onSubmit={() =>
                submit.send({
                  matterCode: matter.code,
                  versionId: form.versionId,
                  formData: answers(),
                  declaration: true,
                  ...(drafts.draftId ? { draftId: drafts.draftId } : {}),
                })
              }
            />
          )}
        </div>
      </div>
    </div>
  );
}
