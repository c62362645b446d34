import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  type FilingDetail,
  intermediaryServices,
  useFilingCommand,
  useFinishIntermediary,
} from '../../api/projects';
import { useFormRules } from '../../shared/formRules';
import { FilingDialog } from './FilingDialog';

const day = (value: Dayjs | undefined) => value?.format('YYYY-MM-DD');

/**
 * 中介服务: work done outside government (drawing review, surveying…) recorded with its dates,
 * so that its days are left out of the government clock; a running one is ended the same way.
 */
export function IntermediaryAction({ filing }: { filing: FilingDetail }) {
  const { t } = useTranslation();
  const rules = useFormRules();
  const record = useFilingCommand(filing.id, 'recordIntermediary');
  const finish = useFinishIntermediary(filing.id);
  const running = filing.intermediaries.filter((s) => !s.endedOn);
  return (
    <>
      <FilingDialog<{ service: string; provider: string; startedOn: Dayjs; endedOn?: Dayjs }>
        action={t('projects.actions.recordIntermediary')}
        run={(v) =>
          record.mutateAsync({
            service: v.service,
            provider: v.provider.trim(),
            startedOn: day(v.startedOn)!,
            endedOn: day(v.endedOn),
          })
        }
      >
        <Form.Item
          name="service"
          label={t('projects.intermediary.service')}
          rules={[rules.requiredSelect(t('projects.intermediary.service'))]}
        >
          <Select
            options={intermediaryServices.map((s) => ({
              value: s,
              label: t(`projects.intermediary.services.${s}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="provider"
          label={t('projects.intermediary.provider')}
          rules={[rules.required(t('projects.intermediary.provider'))]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="startedOn"
          label={t('projects.intermediary.startedOn')}
          rules={[rules.requiredSelect(t('projects.intermediary.startedOn'))]}
        >
          <DatePicker className="project-number" />
        </Form.Item>
        <Form.Item name="endedOn" label={t('projects.intermediary.endedOn')}>
          <DatePicker className="project-number" />
        </Form.Item>
      </FilingDialog>
      {running.map((s) => (
        <FilingDialog<{ endedOn: Dayjs }>
          key={s.id}
          action={t('projects.actions.finishIntermediary', { provider: s.provider })}
          run={(v) => finish.mutateAsync({ intermediaryId: s.id, endedOn: day(v.endedOn)! })}
        >
          <Form.Item
            name="endedOn"
            label={t('projects.intermediary.endedOn')}
            rules={[rules.requiredSelect(t('projects.intermediary.endedOn'))]}
          >
            <DatePicker className="project-number" />
          </Form.Item>
        </FilingDialog>
      ))}
    </>
  );
}
