import { Alert, AutoComplete, Checkbox, Form, Input, InputNumber, Radio, Select } from 'antd';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMatter } from '../../../api/catalogue';
import { useServiceCenters } from '../../../api/directory';
import { useStaffApplication } from '../../../api/workflow';
import {
  ANY_DEPARTMENT,
  type CaseAction,
  deliveryChannels,
  maxClockTextLength,
  maxLimitDays,
  suspensionReasons,
  type WorkflowCase,
} from '../../../api/workflowTypes';
import { useFormRules } from '../../../shared/formRules';
import type { ActionType } from '../actionTypes';
import { FormRows } from './FormRows';
import { DepartmentField, FutureDateField, TextField, WorkTargetFields } from './fields';

export interface FieldsProps {
  action: CaseAction;
  view: WorkflowCase;
}

export interface FormSpec {
  intro?: (t: TFunction) => string;
  /** The intro is a warning: the action has consequences for the applicant. */
  caution?: boolean;
  danger?: boolean;
  Fields?: (props: FieldsProps) => ReactNode;
  initialValues?: (action: CaseAction, view: WorkflowCase) => Record<string, unknown>;
}

/** The matter's materials, for picking what is missing or to correct; key ones marked. */
function useMaterialOptions(view: WorkflowCase) {
  const matter = useMatter(view.matterCode);
  const materials = matter.data?.guide.materials ?? [];
  return {
    options: materials.map((m) => ({ value: m.name })),
    isKey: (name: string) => materials.some((m) => m.name === name && m.key),
  };
}

const Note = () => {
  const { t } = useTranslation();
  return <TextField name="note" label={t('cases.form.note')} max={500} optional />;
};

function ShortfallFields({ view }: FieldsProps) {
  const { t } = useTranslation();
  const rules = useFormRules();
  const form = Form.useFormInstance();
  const materials = useMaterialOptions(view);
  const missing = (Form.useWatch('missing', form) ?? []) as { material?: string; key?: boolean }[];
  return (
    <>
      <FormRows name="missing" newRow={{ material: '', key: false }}>
        {(row, i) => (
          <>
            <Form.Item
              name={[row.name, 'material']}
              label={t('cases.form.missingMaterial')}
              rules={[rules.required(t('cases.form.missingMaterial'))]}
            >
              <AutoComplete
                options={materials.options}
                onChange={(name: string) =>
                  form.setFieldValue(['missing', row.name, 'key'], materials.isKey(name))
                }
                maxLength={200}
              />
            </Form.Item>
            <Form.Item name={[row.name, 'key']} valuePropName="checked" className="form-row-flag">
              {/* The guide says which materials are key; only a material it does not list is the clerk's call. */}
              <Checkbox disabled={materials.isKey(missing[i]?.material ?? '')}>
                {t('cases.form.keyMaterial')}
              </Checkbox>
            </Form.Item>
          </>
        )}
      </FormRows>
      {missing.some((m) => m?.key) && (
        <Alert type="warning" showIcon className="block-gap" title={t('cases.form.keyMaterialWarning')} />
      )}
      <FutureDateField name="dueOn" label={t('cases.form.shortfallDue')} />
      <TextField
        name="commitmentRef"
        label={t('cases.form.commitmentRef')}
        max={200}
        rows={1}
        placeholder={t('cases.form.commitmentRefHint')}
      />
    </>
  );
}

function CorrectionFields({ view }: FieldsProps) {
  const { t } = useTranslation();
  const materials = useMaterialOptions(view);
  return (
    <FormRows name="items" newRow={{}}>
      {(row) => (
        <>
          <Form.Item
            name={[row.name, 'material']}
            label={`${t('cases.form.correctionMaterial')}${t('common.optional')}`}
            extra={t('cases.form.correctionMaterialHint')}
          >
            <AutoComplete options={materials.options} maxLength={200} />
          </Form.Item>
          <TextField
            name={[row.name, 'problem']}
            label={t('cases.form.correctionProblem')}
            max={500}
            rows={2}
          />
        </>
      )}
    </FormRows>
  );
}

function ChoiceField(props: { name: string; label: string; options: { value: unknown; label: string }[] }) {
  const rules = useFormRules();
  return (
    <Form.Item name={props.name} label={props.label} rules={[rules.requiredSelect(props.label)]}>
      <Radio.Group options={props.options} optionType="button" buttonStyle="solid" />
    </Form.Item>
  );
}

function DecideFields({ action }: FieldsProps) {
  const { t } = useTranslation();
  const rules = useFormRules();
  const outcome = Form.useWatch('outcome');
  const choices = action.choices ?? [];
  return (
    <>
      {!choices.includes('approve') && (
        <Alert type="warning" showIcon className="block-gap" title={t('cases.form.approveBlocked')} />
      )}
      <ChoiceField
        name="outcome"
        label={t('cases.form.outcome')}
        options={choices.map((c) => ({
          value: c,
          label: c === 'approve' || c === 'deny' ? t(`cases.vocab.decision.${c}`) : c,
        }))}
      />
      <TextField name="opinion" label={t('cases.form.opinion')} max={2000} />
      <Form.Item
        name="legalBasis"
        label={
          outcome === 'deny'
            ? t('cases.form.legalBasis')
            : `${t('cases.form.legalBasis')}${t('common.optional')}`
        }
        extra={t('cases.form.legalBasisHint')}
        rules={outcome === 'deny' ? [rules.required(t('cases.form.legalBasis'))] : []}
      >
        <Input.TextArea maxLength={1000} showCount autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
    </>
  );
}

function DeliverFields({ view }: FieldsProps) {
  const { t } = useTranslation();
  const channel = Form.useWatch('channel');
  return (
    <>
      <ChoiceField
        name="channel"
        label={t('cases.form.deliveryChannel')}
        options={deliveryChannels.map((c) => ({ value: c, label: t(`cases.vocab.delivery.${c}`) }))}
      />
      {channel === 'post' && (
        <TextField name="trackingNo" label={t('cases.form.trackingNo')} max={40} rows={1} />
      )}
      {channel === 'window' && <PickupPlaceField applicationNo={view.applicationNo} />}
    </>
  );
}

/** 通办: the centre the applicant chose to collect the result at, wherever the case was decided. */
function PickupPlaceField({ applicationNo }: { applicationNo: string }) {
  const { t } = useTranslation();
  const rules = useFormRules();
  const centers = useServiceCenters();
  // The centre the applicant chose at the window, if any, comes preselected.
  const file = useStaffApplication(applicationNo);
  return (
    <Form.Item
      name="place"
      initialValue={file.data?.collectAt ?? undefined}
      label={t('cases.form.pickupPlace')}
      extra={t('cases.form.pickupPlaceHint')}
      rules={[rules.requiredSelect(t('cases.form.pickupPlace'))]}
    >
      <Select
        loading={centers.isPending}
        showSearch={{ optionFilterProp: 'label' }}
        options={(centers.data ?? []).map((c) => ({ value: c.name, label: c.name }))}
      />
    </Form.Item>
  );
}

function SuspendFields() {
  const { t } = useTranslation();
  const rules = useFormRules();
  return (
    <>
      <Form.Item
        name="reason"
        label={t('cases.form.suspendReason')}
        rules={[rules.requiredSelect(t('cases.form.suspendReason'))]}
      >
        <Select
          options={suspensionReasons.map((r) => ({
            value: r,
            label: t(`cases.vocab.suspensionReason.${r}`),
          }))}
        />
      </Form.Item>
      <TextField name="text" label={t('cases.form.suspendText')} max={maxClockTextLength} />
    </>
  );
}

function ExtendFields() {
  const { t } = useTranslation();
  const rules = useFormRules();
  return (
    <>
      <Form.Item
        name="workingDays"
        label={t('cases.form.workingDays')}
        rules={[rules.requiredSelect(t('cases.form.workingDays'))]}
      >
        <InputNumber min={1} max={maxLimitDays} precision={0} />
      </Form.Item>
      <TextField name="reason" label={t('cases.form.reason')} max={maxClockTextLength} />
    </>
  );
}

/** The form each action asks for; actions missing here need no input beyond a confirmation. */
export const formSpecs: Partial<Record<ActionType, FormSpec>> = {
  accept: { intro: (t) => t('cases.form.acceptIntro'), Fields: Note },
  acceptWithShortfall: {
    intro: (t) => t('cases.form.shortfallIntro'),
    Fields: ShortfallFields,
    initialValues: () => ({ missing: [{ material: '', key: false }] }),
  },
  acceptOnCommitment: {
    intro: (t) => t('cases.form.commitmentIntro'),
    Fields: () => {
      const { t } = useTranslation();
      return <TextField name="commitmentRef" label={t('cases.form.commitmentRef')} max={200} rows={1} />;
    },
  },
  refuse: {
    intro: (t) => t('cases.form.refuseIntro'),
    caution: true,
    danger: true,
    Fields: () => {
      const { t } = useTranslation();
      return <TextField name="reason" label={t('cases.form.refuseReason')} max={2000} rows={4} />;
    },
  },
  requestCorrection: {
    intro: (t) => t('cases.form.correctionIntro'),
    caution: true,
    Fields: CorrectionFields,
    initialValues: () => ({ items: [{}] }),
  },
  release: { intro: (t) => t('cases.form.releaseIntro') },
  transfer: {
    intro: (t) => t('cases.form.transferIntro'),
    Fields: () => {
      const { t } = useTranslation();
      return (
        <>
          <WorkTargetFields name="to" />
          <TextField name="reason" label={t('cases.form.reason')} max={500} />
        </>
      );
    },
  },
  returnTo: {
    intro: (t) => t('cases.form.returnIntro'),
    caution: true,
    Fields: ({ action, view }) => {
      const { t } = useTranslation();
      return (
        <>
          <ChoiceField
            name="stepId"
            label={t('cases.form.returnTarget')}
            options={(action.choices ?? []).map((id) => ({
              value: id,
              label: view.steps.find((s) => s.id === id)?.name ?? id,
            }))}
          />
          <TextField name="reason" label={t('cases.form.reason')} max={1000} />
        </>
      );
    },
  },
  countersign: {
    intro: (t) => t('cases.form.countersignIntro'),
    Fields: () => (
      <>
        <WorkTargetFields name="with" />
        <Note />
      </>
    ),
  },
  review: {
    Fields: () => {
      const { t } = useTranslation();
      return (
        <>
          <ChoiceField
            name="verdict"
            label={t('cases.form.verdict')}
            options={(['agree', 'disagree'] as const).map((v) => ({
              value: v,
              label: t(`cases.vocab.verdict.${v}`),
            }))}
          />
          <TextField name="opinion" label={t('cases.form.opinion')} max={2000} />
        </>
      );
    },
  },
  decide: { intro: (t) => t('cases.form.decideIntro'), Fields: DecideFields },
  deliver: { Fields: DeliverFields, initialValues: () => ({ channel: 'electronic' }) },
  verifyCommitment: {
    intro: (t) => t('cases.form.verifyIntro'),
    Fields: () => {
      const { t } = useTranslation();
      return (
        <>
          <ChoiceField
            name="truthful"
            label={t('cases.form.truthful')}
            options={[
              { value: true, label: t('cases.vocab.truthful.yes') },
              { value: false, label: t('cases.vocab.truthful.no') },
            ]}
          />
          <TextField name="opinion" label={t('cases.form.opinion')} max={2000} />
        </>
      );
    },
  },
  supplyShortfall: { intro: (t) => t('cases.form.supplyIntro'), Fields: Note },
  suspendClock: { intro: (t) => t('cases.form.suspendIntro'), Fields: SuspendFields },
  resumeClock: {
    intro: (t) => t('cases.form.resumeIntro'),
    Fields: () => {
      const { t } = useTranslation();
      return <TextField name="note" label={t('cases.form.note')} max={maxClockTextLength} optional />;
    },
  },
  extendClock: { intro: (t) => t('cases.form.extendIntro'), Fields: ExtendFields },
  issueSupervisionOrder: {
    intro: (t) => t('cases.form.orderIntro'),
    Fields: ({ view }) => {
      const { t } = useTranslation();
      const codes = [...new Set(view.steps.map((s) => s.department).filter((d) => d !== ANY_DEPARTMENT))];
      return (
        <>
          <DepartmentField name="department" label={t('cases.form.orderDepartment')} codes={codes} />
          <TextField name="text" label={t('cases.form.orderText')} max={1000} />
          <FutureDateField name="dueOn" label={t('cases.form.orderDue')} />
        </>
      );
    },
    initialValues: (_, view) => ({ department: view.departmentCode }),
  },
  answerSupervisionOrder: {
    intro: (t) => t('cases.form.answerIntro'),
    Fields: ({ action, view }) => {
      const { t } = useTranslation();
      const rules = useFormRules();
      return (
        <>
          <Form.Item
            name="orderId"
            label={t('cases.form.order')}
            rules={[rules.requiredSelect(t('cases.form.order'))]}
          >
            <Radio.Group
              className="order-choices"
              options={(action.choices ?? []).map((id) => ({
                value: id,
                label: view.supervisionOrders.find((o) => o.id === id)?.text ?? id,
              }))}
            />
          </Form.Item>
          <TextField name="answer" label={t('cases.form.answer')} max={1000} />
        </>
      );
    },
    initialValues: (action) => (action.choices?.length === 1 ? { orderId: action.choices[0] } : {}),
  },
  complete: { intro: (t) => t('cases.form.completeIntro') },
};
