import { App, Button, Card, DatePicker, Descriptions, Form, Input, Radio, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  type CallBackBody,
  type CallBackMethod,
  callBackMethods,
  type RectificationDetail,
  useRectificationStep,
} from '../../api/evaluation';
import { formatDate, formatDateTime, todayInShanghai } from '../../shared/format';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useFormProblem } from '../../shared/problem';

interface Values {
  calledBackOn: Dayjs;
  method: CallBackMethod;
  satisfied: boolean;
  note?: string;
}

/** 回访: who to call, and what they said; a later call-back replaces an earlier one until closed. */
export function CallBackPanel({ detail, canHandle }: { detail: RectificationDetail; canHandle: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const callBack = useRectificationStep<CallBackBody>(detail.id, 'call-back');
  const problem = useFormProblem(form, ['calledBackOn', 'method', 'satisfied', 'note']);
  const recorded = detail.callBack;
  const editable = canHandle && detail.status === 'open';
  const openedOn = formatDate(detail.openedAt);
  const today = todayInShanghai();

  return (
    <Card title={t('rectification.callBackTitle')} className="rectification-panel">
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'name', label: t('rectification.applicant'), children: detail.applicant.name },
          {
            key: 'mobile',
            label: t('rectification.mobile'),
            children: detail.applicant.mobile ? (
              <a href={`tel:${detail.applicant.mobile}`} className="mono">
                {detail.applicant.mobile}
              </a>
            ) : (
              t('common.none')
            ),
          },
        ]}
      />
      <Typography.Paragraph type="secondary">{t('rectification.mobileAudited')}</Typography.Paragraph>
      {recorded && (
        <Descriptions
          column={1}
          size="small"
          bordered
          items={[
            { key: 'on', label: t('rectification.calledBackOn'), children: recorded.calledBackOn },
            {
              key: 'method',
              label: t('rectification.method'),
              children: t(`rectification.methods.${recorded.method}`),
            },
            {
              key: 'satisfied',
              label: t('rectification.satisfied'),
              children: recorded.satisfied ? t('rectification.yes') : t('rectification.no'),
            },
            {
              key: 'note',
              label: t('rectification.note'),
              children: <span className="rectification-record">{recorded.note ?? t('common.none')}</span>,
            },
          ]}
        />
      )}
      {recorded && (
        <Typography.Paragraph type="secondary">
          {t('rectification.recordedBy', { by: recorded.by, at: formatDateTime(recorded.at) })}
        </Typography.Paragraph>
      )}
      {editable && (
        <Form<Values>
          form={form}
          name="call-back"
          layout="vertical"
          requiredMark={false}
          initialValues={{ calledBackOn: dayjs(today), method: 'phone' }}
          onFinish={(values) => {
            problem.clear();
            const note = values.note?.trim();
            callBack.mutate(
              {
                calledBackOn: values.calledBackOn.format('YYYY-MM-DD'),
                method: values.method,
                satisfied: values.satisfied,
                ...(note ? { note } : {}),
              },
              { onSuccess: () => message.success(t('rectification.callBackSaved')), onError: problem.show },
            );
          }}
        >
          <ProblemAlert problem={problem.problem} />
          <Form.Item
            name="calledBackOn"
            label={t('rectification.calledBackOn')}
            rules={[{ required: true, message: t('rectification.calledBackOnRequired') }]}
          >
            <DatePicker
              format="YYYY-MM-DD"
              disabledDate={(day: Dayjs) => {
                const date = day.format('YYYY-MM-DD');
                return date < openedOn || date > today;
              }}
            />
          </Form.Item>
          <Form.Item name="method" label={t('rectification.method')}>
            <Radio.Group
              options={callBackMethods.map((m) => ({ value: m, label: t(`rectification.methods.${m}`) }))}
            />
          </Form.Item>
          <Form.Item
            name="satisfied"
            label={t('rectification.satisfied')}
            rules={[{ required: true, message: t('rectification.satisfiedRequired') }]}
          >
            <Radio.Group
              options={[
                { value: true, label: t('rectification.yes') },
                { value: false, label: t('rectification.no') },
              ]}
            />
          </Form.Item>
          <Form.Item name="note" label={`${t('rectification.note')}${t('common.optional')}`}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={1000} showCount />
          </Form.Item>
          <Button type={recorded ? 'default' : 'primary'} htmlType="submit" loading={callBack.isPending}>
            {recorded ? t('rectification.callBackUpdate') : t('rectification.callBackSubmit')}
          </Button>
        </Form>
      )}
    </Card>
  );
}
