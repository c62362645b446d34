import './planning.css';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { type SiteGeometry, useCreatePlanning } from '../../api/blueprint';
import { useProjectCategories } from '../../api/projects';
import { useSession } from '../../api/session';
import { useFormRules } from '../../shared/formRules';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useFormProblem } from '../../shared/problem';
import { ProposalFields, type ProposalValues, proposalOf } from '../../workbench/blueprint/ProposalFields';
import { SiteField } from '../projects/SiteField';

interface Answers extends ProposalValues {
  name: string;
  categoryCode: string;
  site: SiteGeometry | null;
}

const FIELDS = ['name', 'categoryCode', 'intendedUse', 'floorAreaRatio', 'heightM', 'greenPercent', 'site'];
const ALIASES = { greenRatio: 'greenPercent', 'site.geometry': 'site' };

/**
 * 新建项目策划: an agent draws (or uploads) the site on the offline map — the project
 * registration's red-line field — and says what is to be built; the server makes the stages,
 * the plan check and the departments' pre-opinion requests.
 */
export default function NewPlanningPage() {
  const { t } = useTranslation();
  const rules = useFormRules();
  const navigate = useNavigate();
  const session = useSession().data!;
  const categories = useProjectCategories();
  const [form] = Form.useForm<Answers>();
  const formProblem = useFormProblem(form, FIELDS, ALIASES);
  const create = useCreatePlanning();
  const owner = session.account.kind === 'organization' ? { name: session.account.name } : session.actingFor;

  const submit = async (a: Answers) => {
    formProblem.clear();
    try {
      const planning = await create.mutateAsync({
        name: a.name.trim(),
        categoryCode: a.categoryCode,
        site: a.site!,
        ...proposalOf(a),
      });
      navigate(`/my/plannings/${planning.id}`, { replace: true });
    } catch (error) {
      formProblem.show(error);
    }
  };

  const title = (
    <Typography.Title level={1} className="page-title">
      {t('planning.new.title')}
    </Typography.Title>
  );
  if (!owner)
    return (
      <div className="page page-medium">
        {title}
        <Alert
          type="info"
          showIcon
          title={t('planning.new.needOrganization')}
          action={<Link to="/account">{t('planning.new.toAccount')}</Link>}
        />
      </div>
    );

  return (
    <div className="page page-medium">
      <Link to="/my/plannings" className="back-link">
        <ArrowLeftOutlined aria-hidden="true" /> {t('planning.mine.back')}
      </Link>
      {title}
      <Typography.Paragraph type="secondary">
        {t('planning.new.intro', { owner: owner.name })}
      </Typography.Paragraph>
      <Form<Answers>
        form={form}
        layout="vertical"
        requiredMark={false}
        onValuesChange={formProblem.clear}
        onFinish={submit}
        scrollToFirstError
      >
        <Form.Item
          name="name"
          label={t('planning.new.name')}
          rules={[rules.required(t('planning.new.name'))]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="categoryCode"
          label={t('planning.new.category')}
          rules={[rules.requiredSelect(t('planning.new.category'))]}
        >
          <Select
            loading={categories.isLoading}
            options={categories.data?.items.map((c) => ({ value: c.code, label: c.name }))}
          />
        </Form.Item>
        <ProposalFields />
        <Form.Item
          name="site"
          label={t('planning.new.site')}
          rules={[{ required: true, message: t('planning.new.siteRequired') }]}
        >
          <SiteField />
        </Form.Item>
        <ProblemAlert problem={formProblem.problem} />
        <Button type="primary" htmlType="submit" size="large" block loading={create.isPending}>
          {t('planning.new.submit')}
        </Button>
      </Form>
    </div>
  );
}
