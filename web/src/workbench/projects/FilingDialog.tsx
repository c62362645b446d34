import { App, Button, Form, Modal } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../api/types';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { problemOf } from '../../shared/problem';

type Values = object;

/**
 * A step of a stage filing behind its button: the dialog asks what the step needs, the server's
 * refusal stays in the dialog, its yes closes it with "已办理：…".
 */
export function FilingDialog<V extends Values>(props: {
  action: string;
  /** The button's look where it sits; the dialog is named by the action either way. */
  primary?: boolean;
  disabled?: boolean;
  initialValues?: Partial<V>;
  run: (values: V) => Promise<unknown>;
  children?: ReactNode;
  width?: number;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [pending, setPending] = useState(false);
  const [form] = Form.useForm<V>();

  const finish = async (values: V) => {
    setProblem(null);
    setPending(true);
    try {
      await props.run(values);
      setOpen(false);
      form.resetFields();
      void message.success(t('projects.actions.done', { action: props.action }));
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setPending(false);
    }
  };

  return (
    <>
      <Button
        type={props.primary ? 'primary' : 'default'}
        disabled={props.disabled}
        onClick={() => setOpen(true)}
      >
        {props.action}
      </Button>
      <Modal
        open={open}
        title={props.action}
        width={props.width}
        onCancel={() => setOpen(false)}
        destroyOnHidden
        footer={[
          <Button key="cancel" onClick={() => setOpen(false)} disabled={pending}>
            {t('common.cancel')}
          </Button>,
          <Button key="ok" type="primary" loading={pending} onClick={() => form.submit()}>
            {t('projects.actions.confirm', { action: props.action })}
          </Button>,
        ]}
      >
        <Form<V>
          form={form}
          layout="vertical"
          requiredMark={false}
          initialValues={props.initialValues}
          onFinish={(values) => void finish(values)}
          preserve={false}
        >
          {props.children}
        </Form>
        <ProblemAlert problem={problem} />
      </Modal>
    </>
  );
}
