import { Alert, Form, Modal } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../../api/types';
import type { CaseAction, WorkflowCase } from '../../../api/workflowTypes';
import { ProblemAlert } from '../../../shared/ProblemAlert';
import { isKnownAction } from '../actionTypes';
import { useCaseLabels } from '../labels';
import { formSpecs } from './actionForms';
import { placeFieldErrors } from './fieldErrors';
import type { useRunCommand } from './useRunCommand';

interface Props {
  action: CaseAction;
  view: WorkflowCase;
  runner: ReturnType<typeof useRunCommand>;
  onClose: () => void;
}

/** What a form holds, as the command wants it: dates as YYYY-MM-DD, trimmed texts, blanks left out. */
function bodyOf(value: unknown): unknown {
  if (dayjs.isDayjs(value)) return value.format('YYYY-MM-DD');
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (Array.isArray(value)) return value.map(bodyOf);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      const cleaned = bodyOf(v);
      if (cleaned !== undefined) out[key] = cleaned;
    }
    return out;
  }
  return value;
}

export function ActionModal({ action, view, runner, onClose }: Props) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const [form] = Form.useForm();
  const [problem, setProblem] = useState<Problem | null>(null);
  const spec = isKnownAction(action.type) ? formSpecs[action.type] : undefined;
  const label = labels.action(action.type);
  const Fields = spec?.Fields;

  const submit = async () => {
    const values = Fields ? await form.validateFields().catch(() => null) : {};
    if (!values) return;
    setProblem(null);
    const result = await runner.run(action, bodyOf(values) as Record<string, unknown>);
    if (result.ok || result.stale) onClose();
    else setProblem(placeFieldErrors(form, result.problem));
  };

  return (
    <Modal
      open
      title={label}
      okText={t('cases.form.send', { action: label })}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: spec?.danger }}
      confirmLoading={runner.pending}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
      width={640}
    >
      {spec?.intro && (
        <Alert
          type={spec.caution ? 'warning' : 'info'}
          showIcon
          className="block-gap"
          title={spec.intro(t)}
        />
      )}
      <ProblemAlert problem={problem} />
      {Fields ? (
        <Form
          form={form}
          layout="vertical"
          initialValues={spec.initialValues?.(action, view)}
          onValuesChange={() => setProblem(null)}
          requiredMark={false}
        >
          <Fields action={action} view={view} />
        </Form>
      ) : (
        <p>{t('cases.form.confirm', { action: label })}</p>
      )}
    </Modal>
  );
}
