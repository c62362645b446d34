import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Material, MatterForm } from '../../api/catalogueTypes';
import { AnswerList } from '../../forms/AnswerList';
import { type FormStep, stepOfField } from '../../forms/formSteps';
import { MaterialFilesList, type MaterialGroup } from '../applications/MaterialFilesList';
import { ApplyActions } from './ApplyActions';
import type { MaterialSource } from './materialSources';
import { ReusedMaterialList } from './ReusedMaterialList';
import { materialsStage, stageParam, stepStage } from './stages';

interface Props {
  form: MatterForm;
  steps: readonly FormStep[];
  data: Record<string, unknown>;
  /** The files to hand in, when the matter has materials. */
  materials?: MaterialGroup[];
  /** What is taken from licences and shared data instead (零提交). */
  reused: readonly { material: Material; source: MaterialSource }[];
  onConfirm: () => void;
  onPrevious: () => void;
  onSaveDraft: () => void;
  saving: boolean;
}

/** 核对信息: every answer with its question, each with a way back to the page that asked it. */
export function CheckAnswers(props: Props) {
  const { t } = useTranslation();
  const changeLink = (field: string, label: string) => {
    const step = stepOfField(props.steps, field);
    if (step < 0) return null;
    return (
      <Link to={`?step=${stageParam(stepStage(step))}&back=check`}>
        {t('apply.check.change')}
        <span className="visually-hidden">{label}</span>
      </Link>
    );
  };
  return (
    <>
      <Typography.Paragraph>{t('apply.check.intro')}</Typography.Paragraph>
      <AnswerList
        schema={props.form.schema}
        uiSchema={props.form.uiSchema}
        data={props.data}
        action={changeLink}
        order={props.steps.flatMap((step) => step.fields)}
      />
      {props.materials && (
        <section aria-labelledby="check-materials" className="check-materials">
          <Typography.Title level={2} id="check-materials">
            {t('materialFiles.check.title')}
          </Typography.Title>
          {props.materials.length > 0 && (
            <MaterialFilesList
              groups={props.materials}
              emptyText={t('materialFiles.check.none')}
              action={(group) => (
                <Link to={`?step=${stageParam(materialsStage)}&back=check`}>
                  {t('apply.check.change')}
                  <span className="visually-hidden">{group.name}</span>
                </Link>
              )}
            />
          )}
          {props.reused.length > 0 && <ReusedMaterialList items={props.reused} />}
        </section>
      )}
      <ApplyActions
        primary={{ label: t('apply.check.confirm'), onClick: props.onConfirm }}
        onPrevious={props.onPrevious}
        onSaveDraft={props.onSaveDraft}
        saving={props.saving}
      />
    </>
  );
}
