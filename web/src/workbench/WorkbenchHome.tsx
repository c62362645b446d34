import { Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../api/session';
import { RoleTags } from '../shared/RoleTags';
import { mayOpen, sections } from './sections';
import { TaskSummary } from './TaskSummary';

export default function WorkbenchHome() {
  const { t } = useTranslation();
  const account = useSession().data!.account;
  const none = t('common.none');
  const open = sections.filter((section) => mayOpen(account.roles, section));
  const handlesCases = open.some((section) => section.path === '/workbench/inbox');

  return (
    <>
      <Typography.Title level={1} className="page-title">
        {t('workbench.welcome', { name: account.name })}
      </Typography.Title>
      {handlesCases && <TaskSummary />}
      {open.length > 0 && (
        <Card title={t('workbench.shortcuts')} className="block-gap">
          <div className="workbench-shortcuts">
            {open.map((section) => (
              <Link key={section.path} to={section.path} className="workbench-shortcut">
                {t(section.label)}
              </Link>
            ))}
          </div>
        </Card>
      )}
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
    </>
  );
}
