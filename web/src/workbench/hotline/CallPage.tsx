import './hotline.css';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { districtOf } from '../../../../server/src/modules/hotline/geography.js';
import type { Problem } from '../../api/types';
import {
  codeOptions,
  type DispositionKind,
  type District,
  hotlineDistricts,
  hotlineSubjects,
  type RedirectTarget,
  type Subject,
  type TicketType,
  type Urgency,
  useTaxonomyNames,
} from '../../portal/hotline/api';
import type { MapPoint } from '../../portal/hotline/PointMap';
import { LazyPointMap } from '../../portal/hotline/PointMapLazy';
import { TypeChoice } from '../../portal/hotline/TypeChoice';
import { useFormRules } from '../../shared/formRules';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { problemOf } from '../../shared/problem';
import { useDebounced } from '../../shared/useDebounced';
import { uuidV4 } from '../../shared/uuid';
import { placeFieldErrors } from '../cases/actions/fieldErrors';
import {
  type DuplicateQuery,
  type IntakeBody,
  sendCommand,
  type TicketDetail,
  useDuplicates,
  useIntake,
  useUnits,
} from './api';
import { CallTaken } from './CallTaken';
import { DuplicatePanel } from './DuplicatePanel';
import { KnowledgePanel } from './KnowledgePanel';

interface CallForm {
  caller: { phone?: string; name?: string; anonymous?: boolean };
  location: { districtCode?: District; address?: string; lng?: number | null; lat?: number | null };
  type: TicketType;
  subject?: Subject;
  urgency: Urgency;
  content?: string;
  disposition: {
    kind: DispositionKind;
    leadUnitId?: string;
    answer?: string;
    knowledgeId?: string;
    target?: RedirectTarget;
  };
}

const INITIAL: CallForm = {
  caller: { anonymous: false },
  location: {},
  type: 'complaint',
  urgency: 'normal',
  disposition: { kind: 'dispatch' },
};

// Foshan's extent: a point far outside it is most likely a typing slip (swapped or mistyped degrees).
const FOSHAN = { lng: [112.3, 113.5], lat: [22.5, 23.6] } as const;

const text = (value: string | undefined) => value?.trim() || undefined;

function bodyOf(v: CallForm): IntakeBody {
  const d = v.disposition;
  return {
    caller: {
      phone: text(v.caller.phone),
      name: text(v.caller.name),
      anonymous: v.caller.anonymous === true,
    },
    location: {
      address: v.location.address!.trim(),
      districtCode: v.location.districtCode!,
      lng: v.location.lng ?? undefined,
      lat: v.location.lat ?? undefined,
    },
    type: v.type,
    subject: v.subject!,
    content: v.content!.trim(),
    urgency: v.urgency,
    disposition:
      d.kind === 'direct_answer'
        ? { kind: 'direct_answer', answer: d.answer!.trim(), knowledgeId: d.knowledgeId }
        : d.kind === 'redirect'
          ? { kind: 'redirect', target: d.target! }
          : { kind: 'dispatch', leadUnitId: d.leadUnitId, assistingUnitIds: [] },
  };
}

/** What the duplicate check is asked while the call is typed in: only complete enough facts. */
function probeOf(v: Partial<CallForm>): DuplicateQuery | null {
  const subject = v.subject;
  const phone = v.caller?.phone?.replace(/\D/g, '');
  const address = text(v.location?.address);
  const { lng, lat } = v.location ?? {};
  const point = typeof lng === 'number' && typeof lat === 'number';
  if (!subject || !((phone && phone.length >= 7) || address || point)) return null;
  return {
    subject,
    callerPhone: phone && phone.length >= 7 ? v.caller?.phone?.trim() : undefined,
    districtCode: v.location?.districtCode,
    address,
    ...(point ? { lng, lat } : {}),
  };
}

/** 12345 接听登记: a call becomes an order, answered on the spot, redirected, or sent on to dispatch. */
export default function CallPage() {
  // Each call gets its own form and Idempotency-Key: a retry of the same call files it once.
  const [key, setKey] = useState(uuidV4);
  const [taken, setTaken] = useState<Taken | null>(null);
  const next = () => {
    setKey(uuidV4());
    setTaken(null);
  };
  if (taken) return <CallTaken ticket={taken.ticket} mergedInto={taken.mergedInto} onNext={next} />;
  return <CallDesk key={key} idempotencyKey={key} onTaken={setTaken} onClear={next} />;
}

interface Taken {
  ticket: TicketDetail;
  mergedInto?: string;
}

function CallDesk(props: { idempotencyKey: string; onTaken: (taken: Taken) => void; onClear: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const names = useTaxonomyNames();
  const rules = useFormRules();
  const [form] = Form.useForm<CallForm>();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [merging, setMerging] = useState<string | null>(null);
  const intake = useIntake();
  const units = useUnits();

  const values = Form.useWatch([], form) as Partial<CallForm> | undefined;
  const kind = values?.disposition?.kind ?? 'dispatch';
  const type = values?.type ?? INITIAL.type;
  const probe = useDebounced(values ? probeOf(values) : null, 600);
  const duplicates = useDuplicates(probe);
  const target = names.taxonomy?.redirectTargets.find((r) => r.code === values?.disposition?.target);

  /** Takes the call; with `into`, merges the new order into that one at once (疑似重复 → 合并). */
  const take = async (into?: string) => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setProblem(null);
    const body = bodyOf(v);
    if (into) body.disposition = { kind: 'dispatch', assistingUnitIds: [] };
    setMerging(into ?? null);
    try {
      const { ticket } = await intake.mutateAsync({ body, key: props.idempotencyKey });
      if (!into) return props.onTaken({ ticket });
      try {
        const merged = await sendCommand(ticket.ticketNo, {
          type: 'merge',
          expectedRevision: ticket.revision,
          intoTicketNo: into,
        });
        props.onTaken({ ticket: merged, mergedInto: into });
      } catch (error) {
        // The call is on record either way; the merge can be done again from the order's page.
        void message.error(t('hotline.call.mergeFailed', { title: problemOf(error).title }), 8);
        props.onTaken({ ticket });
      }
    } catch (error) {
      setProblem(placeFieldErrors(form, problemOf(error)));
      setMerging(null);
    }
  };

  const pointRule = (axis: 'lng' | 'lat') => ({
    validator: (_: unknown, value: number | null | undefined) => {
      const other = form.getFieldValue(['location', axis === 'lng' ? 'lat' : 'lng']);
      const filled = typeof value === 'number';
      if (filled !== (typeof other === 'number') && !filled)
        return Promise.reject(new Error(t('hotline.validation.pointIncomplete')));
      return Promise.resolve();
    },
  });
  const { lng, lat } = values?.location ?? {};
  /** A click on the map: the point, and the district it lies in when none is chosen yet. */
  const pick = (p: MapPoint) => {
    const districtCode = form.getFieldValue(['location', 'districtCode']) ?? districtOf(null, p);
    form.setFieldsValue({ location: { ...p, ...(districtCode ? { districtCode } : {}) } });
    void form.validateFields([
      ['location', 'lng'],
      ['location', 'lat'],
      ...(districtCode ? [['location', 'districtCode']] : []),
    ]);
  };
  const inFoshan = (axis: 'lng' | 'lat') => ({
    warningOnly: true,
    validator: (_: unknown, value: number | null | undefined) =>
      typeof value !== 'number' || (value >= FOSHAN[axis][0] && value <= FOSHAN[axis][1])
        ? Promise.resolve()
        : Promise.reject(new Error(t('hotline.validation.outsideFoshan'))),
  });

  return (
    <>
      <Typography.Title level={1} className="page-title">
        {t('hotline.call.title')}
      </Typography.Title>
      <div className="call-layout">
        <Form
          form={form}
          layout="vertical"
          initialValues={INITIAL}
          requiredMark={false}
          onValuesChange={() => setProblem(null)}
          onFinish={() => void take()}
          className="call-form"
        >
          <Card title={t('hotline.call.caller')} size="small" className="block-gap">
            <div className="form-row">
              <Form.Item name={['caller', 'phone']} label={t('hotline.fields.callerPhone')}>
                <Input inputMode="tel" autoComplete="off" maxLength={20} />
              </Form.Item>
              <Form.Item name={['caller', 'name']} label={t('hotline.fields.callerName')}>
                <Input autoComplete="off" maxLength={40} />
              </Form.Item>
            </div>
            <Form.Item
              name={['caller', 'anonymous']}
              valuePropName="checked"
              extra={t('hotline.call.anonymousHint')}
            >
              <Checkbox>{t('hotline.fields.anonymous')}</Checkbox>
            </Form.Item>
          </Card>

          <Card title={t('hotline.call.place')} size="small" className="block-gap">
            <div className="form-row">
              <Form.Item
                name={['location', 'districtCode']}
                label={t('hotline.fields.district')}
                rules={[rules.requiredSelect(t('hotline.fields.district'))]}
              >
                <Select options={codeOptions(hotlineDistricts, names.district)} />
              </Form.Item>
              <Form.Item
                name={['location', 'address']}
                label={t('hotline.fields.address')}
                rules={[rules.required(t('hotline.fields.address'))]}
                className="grow"
              >
                <Input maxLength={200} />
              </Form.Item>
            </div>
            <div className="block-gap">
              <LazyPointMap
                label={t('hotline.map.pick')}
                point={typeof lng === 'number' && typeof lat === 'number' ? { lng, lat } : null}
                district={values?.location?.districtCode}
                onPick={pick}
              />
            </div>
            <div className="form-row">
              <Form.Item
                name={['location', 'lng']}
                label={t('hotline.fields.lng')}
                dependencies={[['location', 'lat']]}
                rules={[pointRule('lng'), inFoshan('lng')]}
              >
                <InputNumber min={-180} max={180} step={0.001} className="coordinate" />
              </Form.Item>
              <Form.Item
                name={['location', 'lat']}
                label={t('hotline.fields.lat')}
                dependencies={[['location', 'lng']]}
                rules={[pointRule('lat'), inFoshan('lat')]}
              >
                <InputNumber min={-90} max={90} step={0.001} className="coordinate" />
              </Form.Item>
            </div>
            <Typography.Text type="secondary" className="field-hint">
              {t('hotline.call.pointHint')}
            </Typography.Text>
          </Card>

          <Card title={t('hotline.call.request')} size="small" className="block-gap">
            <Form.Item
              name="type"
              label={t('hotline.fields.type')}
              rules={[rules.requiredSelect(t('hotline.fields.type'))]}
            >
              <TypeChoice />
            </Form.Item>
            <div className="form-row">
              <Form.Item
                name="subject"
                label={t('hotline.fields.subject')}
                rules={[rules.requiredSelect(t('hotline.fields.subject'))]}
                className="grow"
              >
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  options={codeOptions(hotlineSubjects, names.subject)}
                />
              </Form.Item>
              <Form.Item name="urgency" label={t('hotline.fields.urgency')}>
                <Radio.Group
                  optionType="button"
                  options={(names.taxonomy?.urgencies ?? []).map((u) => ({ value: u.code, label: u.name }))}
                />
              </Form.Item>
            </div>
            <Form.Item
              name="content"
              label={t('hotline.fields.content')}
              rules={[rules.required(t('hotline.fields.content'))]}
            >
              <Input.TextArea rows={5} maxLength={4000} showCount />
            </Form.Item>
          </Card>

          <Card title={t('hotline.call.disposition')} size="small" className="block-gap">
            <Form.Item name={['disposition', 'kind']} label={t('hotline.fields.disposition')}>
              <Radio.Group className="disposition-choice">
                <Radio value="dispatch">{t('hotline.call.kinds.dispatch')}</Radio>
                <Radio value="direct_answer" disabled={type !== 'consultation'}>
                  {t('hotline.call.kinds.direct_answer')}
                </Radio>
                <Radio value="redirect">{t('hotline.call.kinds.redirect')}</Radio>
              </Radio.Group>
            </Form.Item>
            {type !== 'consultation' && (
              <Typography.Paragraph type="secondary" className="field-hint">
                {t('hotline.call.directAnswerHint')}
              </Typography.Paragraph>
            )}
            {kind === 'dispatch' && (
              <Form.Item
                name={['disposition', 'leadUnitId']}
                label={t('hotline.fields.dispatchNow')}
                extra={t('hotline.call.dispatchNowHint')}
              >
                <Select
                  allowClear
                  showSearch={{ optionFilterProp: 'label' }}
                  loading={units.isLoading}
                  options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
                />
              </Form.Item>
            )}
            {kind === 'direct_answer' && (
              <>
                <Form.Item
                  name={['disposition', 'answer']}
                  label={t('hotline.fields.answer')}
                  rules={[rules.required(t('hotline.fields.answer'))]}
                  extra={t('hotline.call.answerHint')}
                >
                  <Input.TextArea rows={4} maxLength={2000} showCount />
                </Form.Item>
                <Form.Item name={['disposition', 'knowledgeId']} hidden>
                  <Input />
                </Form.Item>
              </>
            )}
            {kind === 'redirect' && (
              <>
                <Form.Item
                  name={['disposition', 'target']}
                  label={t('hotline.fields.redirectTarget')}
                  rules={[rules.requiredSelect(t('hotline.fields.redirectTarget'))]}
                >
                  <Select
                    options={(names.taxonomy?.redirectTargets ?? []).map((r) => ({
                      value: r.code,
                      label: r.name,
                    }))}
                  />
                </Form.Item>
                {target && (
                  <Alert
                    type="warning"
                    showIcon
                    className="block-gap"
                    title={t('hotline.call.wording')}
                    description={target.wording}
                  />
                )}
              </>
            )}
          </Card>

          <ProblemAlert problem={problem} />
          <div className="form-actions">
            <Button
              type="primary"
              htmlType="submit"
              size="large"
              loading={intake.isPending && merging === null}
            >
              {t(`hotline.call.submit.${kind}`)}
            </Button>
            <Button size="large" onClick={props.onClear}>
              {t('hotline.call.clear')}
            </Button>
          </div>
        </Form>

        <aside className="call-aside" aria-label={t('hotline.call.asideLabel')}>
          <DuplicatePanel
            items={duplicates.data}
            probing={probe !== null}
            loading={duplicates.isFetching}
            merging={merging}
            onMerge={(no) => void take(no)}
          />
          <KnowledgePanel
            subject={values?.subject}
            onUse={(k) => {
              form.setFieldsValue({
                type: 'consultation',
                disposition: { kind: 'direct_answer', answer: k.answer, knowledgeId: k.id },
              });
              void message.info(t('hotline.call.answerTaken', { title: k.title }));
            }}
          />
        </aside>
      </div>
    </>
  );
}
