import { Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../api/session';
import { RoleTags } from '../shared/RoleTags';

export default function WorkbenchHome() {
  const { t } = useTranslation();
  const account = useSession().data!.account;
  const none = t('common.none');

  return (
    <>
      <Typography.Title level={1} className="page-title">
        {t('workbench.welcome', { name: account.name })}
      </Typography.Title>
      <Card title={t('workbench.profile')} className="block-gap">
        <Descriptions
          column={1}
          size="small"
          bordered
          items={[
            { key: 'name', label: t('fields.name'), children: account.name },
            { key: 'username', label: t('fields.username'), children: account.username ?? none },
            { key: 'department', label: t('fields.department'), children: account.departmentName ?? none },
            {
              key: 'serviceCenter',
              label: t('fields.serviceCenter'),
              children: account.serviceCenterName ?? none,
            },
            { key: 'roles', label: t('fields.roles'), children: <RoleTags roles={account.roles} /> },
          ]}
        />
      </Card>
      <Typography.Paragraph type="secondary">{t('workbench.noTasksHint')}</Typography.Paragraph>
    </>
  );
}
