import { Card, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import { useSession } from '../api/session';
import { afterLogin } from '../shared/homeFor';
import { ApplicantLoginForm } from './ApplicantLoginForm';
import { StaffLoginForm } from './StaffLoginForm';

export default function LoginPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const session = useSession();

  // Also the way out after a successful login: the forms only replace the cached session.
  if (session.data) {
    const from = (location.state as { from?: unknown } | null)?.from;
    return <Navigate to={afterLogin(session.data, from)} replace />;
  }

  return (
    <div className="page page-narrow">
      <Card>
        <Typography.Title level={1} className="page-title">
          {t('login.title')}
        </Typography.Title>
        <Tabs
          defaultActiveKey="applicant"
          destroyOnHidden
          items={[
            { key: 'applicant', label: t('login.applicantTab'), children: <ApplicantLoginForm /> },
            { key: 'staff', label: t('login.staffTab'), children: <StaffLoginForm /> },
          ]}
        />
        <Typography.Paragraph className="form-footnote">
          {t('login.noAccount')} <Link to="/register">{t('login.toRegister')}</Link>
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
