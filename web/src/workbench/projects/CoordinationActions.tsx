import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, Radio, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  type FilingDetail,
  type JointReviewKind,
  type JointReviewVerdict,
  jointReviewKinds,
  jointReviewVerdicts,
  useFilingCommand,
} from '../../api/projects';
import { useSession } from '../../api/session';
import { useFormRules } from '../../shared/formRules';
import { CorrectionItems } from './CorrectionItems';
import { FilingDialog } from './FilingDialog';
import { IntermediaryAction } from './IntermediaryAction';

interface ProposalValues {
  matterCode: string;
  items: { material?: string; problem: string }[];
}

interface ReviewValues {
  kind: JointReviewKind;
  heldOn: Dayjs;
  opinions: { departmentCode: string; verdict: JointReviewVerdict; opinion: string }[];
  conclusion: JointReviewVerdict;
  summary: string;
}

/**
 * The lead department's steps on a stage (and a matter's department's one: proposing its items
 * for the combined correction). Only what the server offers in `actions` is shown.
 */
export function CoordinationActions({ filing }: { filing: FilingDetail }) {
  const { t } = useTranslation();
  const rules = useFormRules();
  const account = useSession().data!.account;
  const propose = useFilingCommand(filing.id, 'proposeCorrection');
  const request = useFilingCommand(filing.id, 'requestCorrection');
  const review = useFilingCommand(filing.id, 'recordJointReview');
  const close = useFilingCommand(filing.id, 'close');
  const can = (action: FilingDetail['actions'][number]) => filing.actions.includes(action);
  // A reviewer proposes for the matters of the department he works in.
  const mine = filing.matters.filter(
    (m) => !account.departmentName || m.department.name === account.departmentName,
  );
  const departments = [...new Map(filing.matters.map((m) => [m.department.code, m.department])).values()];
  const proposed = filing.matters.flatMap((m) =>
    m.proposedCorrection.map((item) => ({ ...item, matterCode: m.matterCode })),
  );
  const matterName = (code: string) => filing.matters.find((m) => m.matterCode === code)?.matterName ?? code;
  const open = filing.matters.filter((m) => !m.decided);
  const verdictOptions = jointReviewVerdicts.map((v) => ({
    value: v,
    label: t(`projects.jointReview.verdicts.${v}`),
  }));

  return (
    <div className="filing-actions">
      {can('proposeCorrection') && (
        <FilingDialog<ProposalValues>
          action={t('projects.actions.proposeCorrection')}
          initialValues={{ matterCode: mine[0]?.matterCode, items: [{ problem: '' }] }}
          run={(v) =>
            propose.mutateAsync({
              matterCode: v.matterCode,
              items: v.items.map((i) => ({
                material: i.material?.trim() || null,
                problem: i.problem.trim(),
              })),
            })
          }
        >
          <Form.Item
            name="matterCode"
            label={t('projects.filing.matter')}
            rules={[rules.requiredSelect(t('projects.filing.matter'))]}
          >
            <Select
              options={(mine.length ? mine : filing.matters).map((m) => ({
                value: m.matterCode,
                label: m.matterName,
              }))}
            />
          </Form.Item>
          <Form.List name="items">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field, index) => (
                  <div key={field.key} className="proposal-item">
                    <Form.Item
                      name={[field.name, 'material']}
                      label={t('projects.correction.material', { n: index + 1 })}
                    >
                      <Input maxLength={200} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'problem']}
                      label={t('projects.correction.problem', { n: index + 1 })}
                      rules={[rules.required(t('projects.correction.problemLabel'))]}
                    >
                      <Input.TextArea rows={2} maxLength={500} />
                    </Form.Item>
                    {fields.length > 1 && (
                      <Button type="link" icon={<MinusCircleOutlined />} onClick={() => remove(field.name)}>
                        {t('projects.correction.remove')}
                      </Button>
                    )}
                  </div>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add({ problem: '' })}>
                  {t('projects.correction.add')}
                </Button>
              </>
            )}
          </Form.List>
        </FilingDialog>
      )}
      {can('requestCorrection') && (
        <FilingDialog
          action={t('projects.actions.requestCorrection')}
          disabled={proposed.length === 0}
          run={() => request.mutateAsync({ expectedRevision: filing.revision })}
        >
          <Typography.Paragraph>
            {t('projects.correction.combinedIntro', { count: proposed.length })}
          </Typography.Paragraph>
          <CorrectionItems items={proposed} matterName={matterName} />
        </FilingDialog>
      )}
      {can('recordJointReview') && (
        <FilingDialog<ReviewValues>
          action={t('projects.actions.recordJointReview')}
          width={640}
          initialValues={{
            kind: filing.stage === 'completion_acceptance' ? 'acceptance' : 'review',
            conclusion: 'agree',
            opinions: departments.map((d) => ({ departmentCode: d.code, verdict: 'agree', opinion: '' })),
          }}
          run={(v) =>
            review.mutateAsync({
              kind: v.kind,
              heldOn: v.heldOn.format('YYYY-MM-DD'),
              opinions: v.opinions.map((o) => ({ ...o, opinion: o.opinion.trim() })),
              conclusion: v.conclusion,
              summary: v.summary.trim(),
            })
          }
        >
          <Form.Item name="kind" label={t('projects.jointReview.kind')}>
            <Radio.Group
              options={jointReviewKinds.map((k) => ({
                value: k,
                label: t(`projects.jointReview.kinds.${k}`),
              }))}
            />
          </Form.Item>
          <Form.Item
            name="heldOn"
            label={t('projects.jointReview.heldOn')}
            rules={[rules.requiredSelect(t('projects.jointReview.heldOn'))]}
          >
            <DatePicker className="project-number" />
          </Form.Item>
          <Form.List name="opinions">
            {(fields) =>
              fields.map((field, index) => {
                const department = departments[index]!;
                return (
                  <fieldset key={field.key} className="opinion-set">
                    <legend>{department.name}</legend>
                    <Form.Item name={[field.name, 'departmentCode']} hidden>
                      <Input />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'verdict']}
                      label={t('projects.jointReview.verdictOf', { department: department.name })}
                    >
                      <Select options={verdictOptions} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'opinion']}
                      label={t('projects.jointReview.opinionOf', { department: department.name })}
                      rules={[rules.required(t('projects.jointReview.opinion'))]}
                    >
                      <Input.TextArea rows={2} maxLength={2000} />
                    </Form.Item>
                  </fieldset>
                );
              })
            }
          </Form.List>
          <Form.Item name="conclusion" label={t('projects.jointReview.conclusion')}>
            <Select options={verdictOptions} />
          </Form.Item>
          <Form.Item
            name="summary"
            label={t('projects.jointReview.summary')}
            rules={[rules.required(t('projects.jointReview.summary'))]}
          >
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </FilingDialog>
      )}
      {can('recordIntermediary') && <IntermediaryAction filing={filing} />}
      {can('close') && (
        <FilingDialog
          action={t('projects.actions.close')}
          primary
          run={() => close.mutateAsync({ expectedRevision: filing.revision })}
        >
          <Typography.Paragraph>
            {open.length
              ? t('projects.closing.open', {
                  matters: open.map((m) => m.matterName).join(t('common.listSeparator')),
                })
              : t('projects.closing.ready', { count: filing.matterCount })}
          </Typography.Paragraph>
        </FilingDialog>
      )}
    </div>
  );
}
