import './projects.css';
import { Alert, Button, Form, Input, InputNumber, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { usePlannings } from '../../api/blueprint';
import { ApiError } from '../../api/client';
import {
  type IntendedUse,
  intendedUses,
  type RegisterProjectBody,
  type SiteGeometry,
  useProjectCategories,
  useRegisterProject,
} from '../../api/projects';
import { useSession } from '../../api/session';
import { formatDate } from '../../shared/format';
import { useFormRules } from '../../shared/formRules';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useFormProblem } from '../../shared/problem';
import { uuidV4 } from '../../shared/uuid';
import { SiteField } from './SiteField';

interface Answers {
  projectCode: string;
  name: string;
  categoryCode: string;
  intendedUse: IntendedUse;
  investmentWan: number;
  landAreaM2: number;
  floorAreaM2: number;
  site: SiteGeometry | null;
  contactName: string;
  contactMobile: string;
  planningId?: string;
}

const FIELDS = [
  'projectCode',
  'name',
  'categoryCode',
  'intendedUse',
  'investmentWan',
  'landAreaM2',
  'floorAreaM2',
  'site',
  'contactName',
  'contactMobile',
  'planningId',
];
const ALIASES = {
  investmentFen: 'investmentWan',
  'contact.name': 'contactName',
  'contact.mobile': 'contactMobile',
};

/** The server names each corner of the red line it refuses; the form has one field for it all. */
const siteAsOneField = (error: unknown) =>
  error instanceof ApiError
    ? new ApiError({
        ...error.problem,
        errors: error.problem.errors?.map((e) => ({
          ...e,
          field: /^(\/|body\.)?site\b/.test(e.field) ? 'site' : e.field,
        })),
      })
    : error;

// 万元 as people write investments; the server keeps integer fen.
const FEN_PER_WAN = 1_000_000;

/** 项目登记: an organisation (or its agent) registers a construction project, red line included. */
export default function RegisterProjectPage() {
  const { t } = useTranslation();
  const rules = useFormRules();
  const navigate = useNavigate();
  const session = useSession().data!;
  const categories = useProjectCategories();
  const [form] = Form.useForm<Answers>();
  const formProblem = useFormProblem(form, FIELDS, ALIASES);
  const [key] = useState(uuidV4);
  const register = useRegisterProject();
  const owner =
    session.account.kind === 'organization'
      ? { name: session.account.name, creditCode: session.account.creditCode! }
      : session.actingFor;
  const categoryCode = Form.useWatch('categoryCode', form);
  const category = categories.data?.items.find((c) => c.code === categoryCode);
  // A plan's page links here with the plan (and its category) chosen.
  const [params] = useSearchParams();
  const plannings = usePlannings({ page: 1, pageSize: 100 }, Boolean(owner));
  const planningOptions = plannings.data?.items
    .filter((p) => p.categoryCode === categoryCode)
    .map((p) => ({
      value: p.id,
      label: t('planning.inherited.option', {
        name: p.name,
        date: formatDate(p.createdAt),
        result: t(`blueprint.verdict.${p.result}`),
      }),
    }));

  const submit = async (a: Answers) => {
    formProblem.clear();
    const body: RegisterProjectBody = {
      projectCode: a.projectCode.trim(),
      name: a.name.trim(),
      ownerCreditCode: owner!.creditCode,
      categoryCode: a.categoryCode,
      site: a.site!,
      investmentFen: Math.round(a.investmentWan * FEN_PER_WAN),
      landAreaM2: a.landAreaM2,
      floorAreaM2: a.floorAreaM2,
      intendedUse: a.intendedUse,
      contact: { name: a.contactName.trim(), mobile: a.contactMobile.trim() },
      planningId: a.planningId,
    };
    try {
      const { project } = await register.mutateAsync({ body, idempotencyKey: key });
      navigate(`/my/projects/${project.id}`, { state: { registered: true }, replace: true });
    } catch (error) {
      formProblem.show(siteAsOneField(error));
    }
  };

  if (!owner)
    return (
      <div className="page page-medium">
        <Typography.Title level={1} className="page-title">
          {t('projects.register.title')}
        </Typography.Title>
        <Alert
          type="info"
          showIcon
          title={t('projects.register.needOrganization')}
          action={<Link to="/account">{t('projects.register.toAccount')}</Link>}
        />
      </div>
    );

  return (
    <div className="page page-medium">
      <Typography.Title level={1} className="page-title">
        {t('projects.register.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('projects.register.intro', { owner: owner.name })}
      </Typography.Paragraph>
      <Form<Answers>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{
          categoryCode: params.get('category') ?? undefined,
          planningId: params.get('planning') ?? undefined,
        }}
        onValuesChange={(changed: Partial<Answers>) => {
          formProblem.clear();
          // A plan belongs to one category: another category drops it.
          if ('categoryCode' in changed) form.setFieldValue('planningId', undefined);
        }}
        onFinish={submit}
        scrollToFirstError
      >
        <Form.Item
          name="projectCode"
          label={t('projects.fields.projectCode')}
          extra={t('projects.register.codeHint')}
          rules={[rules.required(t('projects.fields.projectCode'))]}
        >
          <Input maxLength={30} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('projects.fields.name')}
          rules={[rules.required(t('projects.fields.name'))]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="categoryCode"
          label={t('projects.fields.category')}
          extra={
            category
              ? t('projects.register.categoryHint', {
                  cap: category.capWorkingDays,
                  stages: category.stages.map((s) => s.name).join(t('common.listSeparator')),
                })
              : undefined
          }
          rules={[rules.requiredSelect(t('projects.fields.category'))]}
        >
          <Select
            loading={categories.isLoading}
            options={categories.data?.items.map((c) => ({ value: c.code, label: c.name }))}
          />
        </Form.Item>
        <Form.Item
          name="planningId"
          label={t('planning.inherited.select')}
          extra={t('planning.inherited.selectHint')}
        >
          <Select
            allowClear
            placeholder={t('planning.inherited.selectPlaceholder')}
            loading={plannings.isLoading}
            options={planningOptions}
          />
        </Form.Item>
        <Form.Item
          name="intendedUse"
          label={t('projects.fields.intendedUse')}
          rules={[rules.requiredSelect(t('projects.fields.intendedUse'))]}
        >
          <Select options={intendedUses.map((u) => ({ value: u, label: t(`projects.uses.${u}`) }))} />
        </Form.Item>
        <Form.Item
          name="investmentWan"
          label={t('projects.fields.investment')}
          rules={[rules.requiredSelect(t('projects.fields.investment'))]}
        >
          <InputNumber min={0} step={100} className="project-number" suffix={t('projects.units.wanYuan')} />
        </Form.Item>
        <Form.Item
          name="landAreaM2"
          label={t('projects.fields.landArea')}
          rules={[rules.requiredSelect(t('projects.fields.landArea'))]}
        >
          <InputNumber min={0} className="project-number" suffix={t('projects.units.m2')} />
        </Form.Item>
        <Form.Item
          name="floorAreaM2"
          label={t('projects.fields.floorArea')}
          rules={[rules.requiredSelect(t('projects.fields.floorArea'))]}
        >
          <InputNumber min={0} className="project-number" suffix={t('projects.units.m2')} />
        </Form.Item>
        <Form.Item
          name="site"
          label={t('projects.fields.site')}
          rules={[{ required: true, message: t('projects.site.required') }]}
        >
          <SiteField />
        </Form.Item>
        <Form.Item
          name="contactName"
          label={t('projects.fields.contactName')}
          rules={[rules.required(t('projects.fields.contactName'))]}
        >
          <Input maxLength={50} autoComplete="name" />
        </Form.Item>
        <Form.Item
          name="contactMobile"
          label={t('projects.fields.contactMobile')}
          rules={[rules.required(t('projects.fields.contactMobile'))]}
        >
          <Input maxLength={11} inputMode="tel" autoComplete="tel" />
        </Form.Item>
        <ProblemAlert problem={formProblem.problem} />
        <Button type="primary" htmlType="submit" size="large" block loading={register.isPending}>
          {t('projects.register.submit')}
        </Button>
      </Form>
    </div>
  );
}
