import { Card, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { OrganizationRegisterForm } from './OrganizationRegisterForm';
import { PersonRegisterForm } from './PersonRegisterForm';

type Kind = 'person' | 'organization';

export default function RegisterPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const kind: Kind = params.get('kind') === 'organization' ? 'organization' : 'person';

  return (
    <div className="page page-narrow">
      <Card>
        <Typography.Title level={1} className="page-title">
          {t('register.title')}
        </Typography.Title>
        <Tabs
          activeKey={kind}
          // Keeping the tab in the URL lets the home page's quick links open the right one.
          onChange={(key) => setParams({ kind: key }, { replace: true })}
          // Both forms have 密码 and 手机号码; only the visible one may exist for label lookups.
          destroyOnHidden
          items={[
            { key: 'person', label: t('register.personTab'), children: <PersonRegisterForm /> },
            { key: 'organization', label: t('register.orgTab'), children: <OrganizationRegisterForm /> },
          ]}
        />
        <Typography.Paragraph className="form-footnote">
          {t('register.haveAccount')} <Link to="/login">{t('register.toLogin')}</Link>
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
