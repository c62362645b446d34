import { useQueryClient } from '@tanstack/react-query';
import { Alert } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatterDetail, MatterForm } from '../../api/catalogueTypes';
import { fileUrls } from '../../api/uploads';
import { activeAnswers } from '../../forms/answers';
import { splitForm } from '../../forms/formSteps';
import { ApplyHeader } from './ApplyHeader';
import { CheckAnswers } from './CheckAnswers';
import { DeclarationStep } from './DeclarationStep';
import { FormStepPage } from './FormStepPage';
import { errorsOnStep, type FieldError, firstStepWithErrors, withoutChanged } from './formProblem';
import { MaterialsStepPage } from './MaterialsStepPage';
import { type MaterialSources, materialSourcesKey } from './materialSources';
import {
  type MaterialUploads,
  materialFilesOf,
  materialOfError,
  materialsToUpload,
  missingMaterials,
  reusedMaterials,
} from './materialUploads';
import { StepsAside } from './StepsAside';
import {
  checkStage,
  declarationStage,
  type Flow,
  materialsStage,
  stageAt,
  stageCount,
  stageParam,
  stagePosition,
  stepStage,
} from './stages';
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
  /** Files already uploaded for the materials: the draft's, or those not yet handed in. */
  initialUploads: MaterialUploads;
  /** Which materials are taken from the applicant's licences or shared data (零提交). */
  sources: MaterialSources;
  /** The organisation applied for, which may sign the declaration with its seal; none for a person. */
  organizationName?: string;
  draftId?: string;
  /** Resuming saved answers: open on the first page still to answer (or the check) rather than the first. */
  resume: boolean;
  notice?: ApplyNotice;
  /** The server says the form changed: reload it, keeping these answers where they still fit. */
  onOutdated: (data: Data, draftId: string | undefined, uploads: MaterialUploads) => void;
}

/** The application, page by page: the form's steps, 上传材料, 核对信息, 承诺声明, then off to the server. */
export function ApplyFlow(props: Props) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const { matter, form, sources } = props;
  const { guide } = matter;
  const steps = useMemo(() => splitForm(form.schema, form.uiSchema), [form]);
  const toUpload = useMemo(() => materialsToUpload(guide, sources), [guide, sources]);
  const reused = useMemo(() => reusedMaterials(guide, sources), [guide, sources]);
  // The materials page shows what is taken (零提交) as well as what to upload.
  const flow: Flow = useMemo(
    () => ({ steps, materials: toUpload.length > 0 || reused.length > 0 }),
    [steps, toUpload, reused],
  );
  const [data, setData] = useState<Data>(props.initialData);
  const [uploads, setUploads] = useState<MaterialUploads>(props.initialUploads);
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const [materialErrors, setMaterialErrors] = useState<FieldError[]>([]);
  const materialsComplete = missingMaterials(guide, uploads, sources).length === 0;
  const { stage, returnToCheck, reachable, go } = useApplyStage(flow, data, materialsComplete, props.resume);
  const { stageTitle } = useStageTitles(steps);
  const drafts = useDraftSaving(matter.code, form.versionId, props.draftId);
  const answers = () => activeAnswers(form.schema, data);
  const saveDraft = () => drafts.saveDraft(answers(), materialFilesOf(guide, uploads, sources));

  const submit = useSubmitFlow(
    {
      onAnswerErrors: (errors) => {
        const first = firstStepWithErrors(errors, steps);
        if (first < 0) return false;
        setServerErrors(errors);
        go(stepStage(first), { returnToCheck: true });
        return true;
      },
      onMaterialErrors: (errors) => {
        // A licence may have been suspended (or reinstated) since the page opened: ask again.
        void client.invalidateQueries({ queryKey: materialSourcesKey(matter.code) });
        setMaterialErrors(errors);
        go(materialsStage, { returnToCheck: true });
      },
      onOutdated: () => props.onOutdated(answers(), drafts.draftId, uploads),
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

  const position = stagePosition(stage, flow);
  const previous = () => go(stageAt(Math.max(position - 1, 0), flow));

  const next = (answered: Data) => {
    setData(answered);
    if (stage.kind !== 'step') return;
    // Back from 修改: straight to the check, unless the server still has something to say elsewhere.
    const pending = steps.findIndex(
      (step, i) => i !== stage.index && errorsOnStep(serverErrors, step).length,
    );
    if (returnToCheck && pending >= 0) go(stepStage(pending), { returnToCheck: true });
    else if (returnToCheck) go(checkStage);
    else go(stageAt(stage.index + 1, flow));
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
        <StepsAside flow={flow} stage={stage} reachable={reachable} onGo={(s) => go(s)} />
        <div className="apply-main">
          <ApplyHeader
            matterCode={matter.code}
            matterName={matter.guide.name}
            position={position}
            total={stageCount(flow)}
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
          {stage.kind === 'materials' && (
            <MaterialsStepPage
              matterCode={matter.code}
              guide={guide}
              sources={sources}
              uploads={uploads}
              errors={materialErrors}
              returnToCheck={returnToCheck}
              onFilesChange={(materialId, files) => {
                setUploads((current) => ({ ...current, [materialId]: files }));
                setMaterialErrors((errors) => errors.filter((e) => materialOfError(e.field) !== materialId));
              }}
              onNext={() => go(checkStage)}
              onPrevious={previous}
              onSaveDraft={saveDraft}
              saving={drafts.saving}
            />
          )}
          {stage.kind === 'check' && (
            <CheckAnswers
              form={form}
              steps={steps}
              data={answers()}
              materials={
                flow.materials
                  ? toUpload.map((m) => ({
                      materialId: m.id,
                      name: m.name,
                      files: (uploads[m.id] ?? []).map((f) => ({ ...f, href: fileUrls.upload(f.fileId) })),
                    }))
                  : undefined
              }
              reused={reused}
              onConfirm={() => go(declarationStage)}
              onPrevious={previous}
              onSaveDraft={saveDraft}
              saving={drafts.saving}
            />
          )}
          {stage.kind === 'declaration' && (
            <DeclarationStep
              organizationName={props.organizationName}
              submitting={submit.submitting}
              problem={submit.problem}
              onPrevious={previous}
              onSubmit={(collection) =>
                submit.send({
                  matterCode: matter.code,
                  versionId: form.versionId,
                  formData: answers(),
                  materials: materialFilesOf(guide, uploads, sources),
                  declaration: true,
                  ...(drafts.draftId ? { draftId: drafts.draftId } : {}),
                  ...collection,
                })
              }
            />
          )}
        </div>
      </div>
    </div>
  );
}
