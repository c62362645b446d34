import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { ChangeMobileForm } from './ChangeMobileForm';
import { ChangePasswordForm } from './ChangePasswordForm';

export function SecurityCard() {
  const { t } = useTranslation();
  return (
    <Card title={t('account.security')}>
      <Tabs
        destroyOnHidden
        items={[
          { key: 'password', label: t('account.changePassword'), children: <ChangePasswordForm /> },
          { key: 'mobile', label: t('account.changeMobile'), children: <ChangeMobileForm /> },
        ]}
      />
    </Card>
  );
}
