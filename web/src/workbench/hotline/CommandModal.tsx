import { Alert, Button, Form, Input, InputNumber, Modal, Radio, Select, Typography } from 'antd';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../api/types';
import type { CommandType } from '../../portal/hotline/api';
import { useTaxonomyNames } from '../../portal/hotline/api';
import { useFormRules } from '../../shared/formRules';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { placeFieldErrors } from '../cases/actions/fieldErrors';
import { type TicketDetail, useRouting, useUnits } from './api';
import type { useCommandRunner } from './useCommandRunner';

const { TextArea } = Input;

/** What a form holds, as the command wants it: trimmed texts, blanks left out. */
function bodyOf(values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    const v = typeof value === 'string' ? value.trim() : value;
    if (v !== undefined && v !== '' && v !== null) out[key] = v;
  }
  return out;
}

function UnitFields({ view, reassign }: { view: TicketDetail; reassign: boolean }) {
  const { t } = useTranslation();
  const rules = useFormRules();
  const form = Form.useFormInstance();
  const units = useUnits();
  const routing = useRouting(view.ticketNo, true);
  const suggestion = routing.data;
  const lead = Form.useWatch('leadUnitId', form) as string | undefined;
  const options = (units.data ?? [])
    .filter((u) => !(reassign && u.id === view.leadUnit?.id))
    .map((u) => ({ value: u.id, label: u.name }));

  // The routing rules' unit comes pre-chosen; the dispatcher may override it (人工改派).
  useEffect(() => {
    if (!suggestion || form.isFieldTouched('leadUnitId')) return;
    if (reassign && suggestion.leadUnit.id === view.leadUnit?.id) return;
    form.setFieldsValue({
      leadUnitId: suggestion.leadUnit.id,
      assistingUnitIds: suggestion.assistingUnits.map((u) => u.id),
    });
  }, [suggestion, form, reassign, view.leadUnit?.id]);

  return (
    <>
      {suggestion && (
        <Alert
          type="info"
          showIcon
          className="block-gap"
          title={t('hotline.command.suggestion', { unit: suggestion.leadUnit.name })}
          description={t(`hotline.command.basis.${suggestion.basis}`)}
        />
      )}
      <Form.Item
        name="leadUnitId"
        label={t('hotline.fields.leadUnit')}
        rules={[rules.requiredSelect(t('hotline.fields.leadUnit'))]}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={options}
          loading={units.isLoading}
          // The lead unit does not also assist.
          onChange={(id: string) =>
            form.setFieldValue(
              'assistingUnitIds',
              ((form.getFieldValue('assistingUnitIds') as string[] | undefined) ?? []).filter(
                (u) => u !== id,
              ),
            )
          }
        />
      </Form.Item>
      <Form.Item name="assistingUnitIds" label={t('hotline.fields.assistingUnits')}>
        <Select
          mode="multiple"
          showSearch={{ optionFilterProp: 'label' }}
          options={options.filter((o) => o.value !== lead)}
          maxCount={5}
        />
      </Form.Item>
      <Form.Item name="note" label={t('hotline.fields.note')}>
        <TextArea rows={2} maxLength={1000} />
      </Form.Item>
    </>
  );
}

function TextField({ name, label, required = true }: { name: string; label: string; required?: boolean }) {
  const rules = useFormRules();
  return (
    <Form.Item name={name} label={label} rules={required ? [rules.required(label)] : []}>
      <TextArea rows={4} maxLength={name === 'content' ? 4000 : 1000} showCount />
    </Form.Item>
  );
}

function ChoiceField({
  name,
  label,
  options,
}: {
  name: string;
  label: string;
  options: { value: string | boolean; label: string }[];
}) {
  const rules = useFormRules();
  return (
    <Form.Item name={name} label={label} rules={[rules.requiredSelect(label)]}>
      <Radio.Group options={options} optionType="button" buttonStyle="solid" className="choice-buttons" />
    </Form.Item>
  );
}

/** The fields of each command, and what it should say first. */
function useFormOf(type: CommandType, view: TicketDetail): { intro?: ReactNode; fields?: ReactNode } {
  const { t } = useTranslation();
  const names = useTaxonomyNames();
  const rules = useFormRules();
  const lastOf = (kind: string) => view.timeline.filter((e) => e.kind === kind).at(-1);
  switch (type) {
    case 'dispatch':
      return { fields: <UnitFields view={view} reassign={false} /> };
    case 'reassign': {
      const returned = lastOf('return');
      return {
        intro:
          returned &&
          t('hotline.command.returnedBy', { unit: returned.unit?.name ?? '', reason: returned.text ?? '' }),
        fields: <UnitFields view={view} reassign />,
      };
    }
    case 'insist': {
      const returned = lastOf('return');
      return {
        intro: t('hotline.command.insistIntro', {
          unit: returned?.unit?.name ?? '',
          reason: returned?.text ?? '',
        }),
        fields: <TextField name="note" label={t('hotline.fields.insistNote')} />,
      };
    }
    case 'sign':
      return { intro: t('hotline.command.signIntro', { due: view.handlingDueOn ?? '—' }) };
    case 'return':
      return {
        intro: t('hotline.command.returnIntro', { until: view.returnUntil ?? '—' }),
        fields: <TextField name="reason" label={t('hotline.fields.returnReason')} />,
      };
    case 'requestExtension':
      return {
        intro: t('hotline.command.extensionIntro', { due: view.handlingDueOn ?? '—' }),
        fields: (
          <>
            <Form.Item
              name="workingDays"
              label={t('hotline.fields.workingDays')}
              rules={[rules.requiredSelect(t('hotline.fields.workingDays'))]}
            >
              <InputNumber min={1} max={30} precision={0} />
            </Form.Item>
            <TextField name="reason" label={t('hotline.fields.extensionReason')} />
          </>
        ),
      };
    case 'decideExtension':
      return {
        intro:
          view.extension &&
          t('hotline.command.decideIntro', {
            days: view.extension.workingDays,
            reason: view.extension.reason,
          }),
        fields: (
          <>
            <ChoiceField
              name="approve"
              label={t('hotline.fields.decision')}
              options={[
                { value: true, label: t('hotline.command.approve') },
                { value: false, label: t('hotline.command.deny') },
              ]}
            />
            <TextField name="note" label={t('hotline.fields.note')} required={false} />
          </>
        ),
      };
    case 'reply':
      return {
        fields: (
          <>
            <TextField name="content" label={t('hotline.fields.replyContent')} />
            <ChoiceField
              name="resolved"
              label={t('hotline.fields.resolved')}
              options={[
                { value: true, label: t('hotline.command.resolvedYes') },
                { value: false, label: t('hotline.command.resolvedNo') },
              ]}
            />
          </>
        ),
      };
    case 'followUp': {
      const reply = lastOf('reply');
      return {
        intro:
          reply &&
          t('hotline.command.followUpIntro', { unit: reply.unit?.name ?? '', reply: reply.text ?? '' }),
        fields: (
          <>
            <ChoiceField
              name="result"
              label={t('hotline.fields.satisfaction')}
              options={(names.taxonomy?.followUpResults ?? []).map((r) => ({ value: r.code, label: r.name }))}
            />
            <TextField name="note" label={t('hotline.fields.followUpNote')} required={false} />
          </>
        ),
      };
    }
    case 'supervise':
      return {
        intro: t('hotline.command.superviseIntro'),
        fields: <TextField name="note" label={t('hotline.fields.superviseNote')} />,
      };
    case 'merge':
      return {
        intro: t('hotline.command.mergeIntro'),
        fields: (
          <Form.Item
            name="intoTicketNo"
            label={t('hotline.fields.intoTicketNo')}
            rules={[
              rules.required(t('hotline.fields.intoTicketNo')),
              { pattern: /^FS\d{14}$/, message: t('hotline.validation.ticketNo') },
            ]}
          >
            <Input maxLength={16} className="ticket-no-input" />
          </Form.Item>
        ),
      };
    case 'assistNote':
      return { fields: <TextField name="text" label={t('hotline.fields.assistNote')} /> };
  }
}

interface Props {
  type: CommandType;
  view: TicketDetail;
  runner: ReturnType<typeof useCommandRunner>;
  onClose: () => void;
}

export function CommandModal({ type, view, runner, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const [problem, setProblem] = useState<Problem | null>(null);
  const { intro, fields } = useFormOf(type, view);
  const label = t(`hotline.commands.${type}`);

  const submit = async () => {
    const values = fields ? await form.validateFields().catch(() => null) : {};
    if (!values) return;
    setProblem(null);
    const result = await runner.run(type, bodyOf(values));
    if (result.ok || result.reloaded) onClose();
    else setProblem(placeFieldErrors(form, result.problem));
  };

  return (
    <Modal
      open
      title={label}
      onCancel={onClose}
      destroyOnHidden
      width={600}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button
          key="ok"
          type="primary"
          danger={type === 'return'}
          loading={runner.pending}
          onClick={() => void submit()}
        >
          {t('hotline.command.send', { action: label })}
        </Button>,
      ]}
    >
      {intro && (
        <Alert type={type === 'return' ? 'warning' : 'info'} showIcon className="block-gap" title={intro} />
      )}
      <ProblemAlert problem={problem} />
      {fields ? (
        <Form form={form} layout="vertical" requiredMark={false} onValuesChange={() => setProblem(null)}>
          {fields}
        </Form>
      ) : (
        <Typography.Paragraph>{t('hotline.command.confirm', { action: label })}</Typography.Paragraph>
      )}
    </Modal>
  );
}
