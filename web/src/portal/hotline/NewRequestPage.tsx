import './hotline.css';
import { Alert, Button, Checkbox, Descriptions, Form, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { districtOf } from '../../../../server/src/modules/hotline/geography.js';
import type { Problem } from '../../api/types';
import { useFormRules } from '../../shared/formRules';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { problemOf, useFormProblem } from '../../shared/problem';
import { uuidV4 } from '../../shared/uuid';
import {
  codeOptions,
  type District,
  hotlineDistricts,
  hotlineSubjects,
  type MyTicketBody,
  type Subject,
  type TicketType,
  useFileTicket,
  useTaxonomyNames,
} from './api';
import type { MapPoint } from './PointMap';
import { LazyPointMap } from './PointMapLazy';
import { TypeChoice } from './TypeChoice';

interface Answers {
  type: TicketType;
  subject: Subject;
  districtCode: District;
  address: string;
  point?: MapPoint | undefined;
  content: string;
  anonymous: boolean;
}

const FIELDS = ['type', 'subject', 'districtCode', 'address', 'point', 'content', 'anonymous'];
// The server names location fields by their place in the body.
const ALIASES = {
  'location.address': 'address',
  'location.districtCode': 'districtCode',
  'location.lng': 'point',
  'location.lat': 'point',
};

const bodyOf = (a: Answers): MyTicketBody => ({
  type: a.type,
  subject: a.subject,
  location: { address: a.address.trim(), districtCode: a.districtCode, ...a.point },
  content: a.content.trim(),
  anonymous: a.anonymous === true,
});

/**
 * 我要反映: a person's 12345 request online. One page of questions, then the answers to check,
 * then the number. Not for emergencies: the page says where those go.
 */
export default function NewRequestPage() {
  const { t } = useTranslation();
  const names = useTaxonomyNames();
  const rules = useFormRules();
  const navigate = useNavigate();
  const [form] = Form.useForm<Answers>();
  const district = Form.useWatch('districtCode', form);
  const formProblem = useFormProblem(form, FIELDS, ALIASES);
  const [checking, setChecking] = useState<Answers | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  // One key per request: pressing 提交 again after a lost answer files it once.
  const [key] = useState(uuidV4);
  const file = useFileTicket();

  const submit = async (answers: Answers) => {
    setProblem(null);
    try {
      const created = await file.mutateAsync({ body: bodyOf(answers), key });
      navigate(`/my/hotline/${created.ticketNo}`, { state: { filed: true }, replace: true });
    } catch (error) {
      const p = problemOf(error);
      if (p.errors?.length) {
        // Back to the questions, with the server's words under the fields they are about.
        setChecking(null);
        setTimeout(() => formProblem.show(error));
      } else setProblem(p);
    }
  };

  return (
    <div className="page page-narrow new-request">
      <Typography.Title level={1} className="page-title">
        {checking ? t('myHotline.form.checkTitle') : t('myHotline.form.title')}
      </Typography.Title>
      {checking ? (
        <>
          <Descriptions
            column={1}
            bordered
            size="small"
            className="block-gap"
            items={[
              { key: 'type', label: t('hotline.fields.type'), children: names.type(checking.type) },
              {
                key: 'subject',
                label: t('hotline.fields.subject'),
                children: names.subject(checking.subject),
              },
              {
                key: 'place',
                label: t('hotline.fields.address'),
                children: `${names.district(checking.districtCode)} ${checking.address}`,
              },
              {
                key: 'point',
                label: t('hotline.fields.point'),
                children: checking.point
                  ? t('hotline.detail.point', { east: checking.point.lng, north: checking.point.lat })
                  : '—',
              },
              {
                key: 'content',
                label: t('hotline.fields.content'),
                children: <span className="pre-wrap">{checking.content}</span>,
              },
              {
                key: 'anonymous',
                label: t('myHotline.form.anonymous'),
                children: checking.anonymous ? t('myHotline.form.yes') : t('myHotline.form.no'),
              },
            ]}
          />
          <ProblemAlert problem={problem} />
          <div className="form-actions">
            <Button
              type="primary"
              size="large"
              block
              loading={file.isPending}
              onClick={() => void submit(checking)}
            >
              {t('myHotline.form.submit')}
            </Button>
            <Button size="large" block onClick={() => setChecking(null)} disabled={file.isPending}>
              {t('myHotline.form.change')}
            </Button>
          </div>
        </>
      ) : (
        <>
          <Alert type="warning" showIcon className="block-gap" title={t('myHotline.form.emergency')} />
          <Form<Answers>
            form={form}
            layout="vertical"
            requiredMark={false}
            initialValues={{ type: 'complaint', anonymous: false }}
            onValuesChange={formProblem.clear}
            onFinish={setChecking}
            // The answers stay when the person comes back from checking them.
            preserve
          >
            <Form.Item
              name="type"
              label={t('myHotline.form.type')}
              rules={[rules.requiredSelect(t('hotline.fields.type'))]}
            >
              <TypeChoice />
            </Form.Item>
            <Form.Item
              name="subject"
              label={t('myHotline.form.subject')}
              rules={[rules.requiredSelect(t('hotline.fields.subject'))]}
            >
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={codeOptions(hotlineSubjects, names.subject)}
              />
            </Form.Item>
            <Form.Item
              name="districtCode"
              label={t('hotline.fields.district')}
              rules={[rules.requiredSelect(t('hotline.fields.district'))]}
            >
              <Select options={codeOptions(hotlineDistricts, names.district)} />
            </Form.Item>
            <Form.Item
              name="address"
              label={t('myHotline.form.address')}
              extra={t('myHotline.form.addressHint')}
              rules={[rules.required(t('hotline.fields.address'))]}
            >
              <Input maxLength={200} autoComplete="street-address" />
            </Form.Item>
            <Form.Item name="point" label={t('myHotline.form.point')} extra={t('myHotline.form.pointHint')}>
              <PointChoice
                district={district}
                onPicked={(p) => {
                  const districtCode = districtOf(null, p);
                  if (districtCode && !form.getFieldValue('districtCode'))
                    form.setFieldsValue({ districtCode });
                }}
              />
            </Form.Item>
            <Form.Item
              name="content"
              label={t('myHotline.form.content')}
              extra={t('myHotline.form.contentHint')}
              rules={[rules.required(t('hotline.fields.content'))]}
            >
              <Input.TextArea rows={6} maxLength={4000} />
            </Form.Item>
            <Form.Item name="anonymous" valuePropName="checked" extra={t('myHotline.form.anonymousHint')}>
              <Checkbox>{t('myHotline.form.anonymous')}</Checkbox>
            </Form.Item>
            <ProblemAlert problem={formProblem.problem} />
            <Button type="primary" htmlType="submit" size="large" block>
              {t('myHotline.form.next')}
            </Button>
          </Form>
        </>
      )}
    </div>
  );
}

/** The place on the map, as a form control: a click marks it, the button takes it away. */
function PointChoice(props: {
  value?: MapPoint | undefined;
  onChange?: (point: MapPoint | undefined) => void;
  district: District | undefined;
  onPicked: (point: MapPoint) => void;
}) {
  const { t } = useTranslation();
  const { value, onChange, district, onPicked } = props;
  return (
    <>
      <LazyPointMap
        label={t('hotline.map.pick')}
        point={value ?? null}
        district={district}
        onPick={(p) => {
          onChange?.(p);
          onPicked(p);
        }}
      />
      {value && (
        <div className="point-choice">
          <Typography.Text>
            {t('myHotline.form.pointChosen', { east: value.lng, north: value.lat })}
          </Typography.Text>
          <Button type="link" size="small" onClick={() => onChange?.(undefined)}>
            {t('myHotline.form.pointClear')}
          </Button>
        </div>
      )}
    </>
  );
}
