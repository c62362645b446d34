import { ArrowLeftOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Popconfirm, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { usePerson, useVerifyInPerson } from '../../api/persons';
import { formatDate } from '../../shared/format';
import { problemOf } from '../../shared/problem';
import { QueryError } from '../../shared/QueryError';
import { TrustLevelTag } from '../../shared/TrustLevelTag';

export default function PersonPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const id = useParams().id!;
  const location = useLocation();
  const person = usePerson(id);
  const verify = useVerifyInPerson(id);
  const none = t('common.none');

  return (
    <>
      <Link to="/workbench/persons" state={location.state} className="back-link">
        <ArrowLeftOutlined aria-hidden="true" /> {t('persons.back')}
      </Link>
      <Typography.Title level={1} className="page-title">
        {t('persons.detailTitle')}
      </Typography.Title>
      {person.isPending && <Skeleton active />}
      {person.isError && <QueryError error={person.error} onRetry={() => void person.refetch()} />}
      {person.data && (
        <Card>
          <Descriptions
            column={1}
            size="small"
            bordered
            items={[
              { key: 'name', label: t('fields.name'), children: person.data.name },
              { key: 'idNumber', label: t('fields.idNumber'), children: person.data.maskedIdNumber },
              { key: 'mobile', label: t('fields.mobile'), children: person.data.maskedMobile ?? none },
              {
                key: 'trust',
                label: t('account.trustLevel'),
                children: <TrustLevelTag level={person.data.trustLevel} />,
              },
              {
                key: 'createdAt',
                label: t('account.createdAt'),
                children: formatDate(person.data.createdAt),
              },
            ]}
          />
          {person.data.trustLevel < 4 && (
            <div className="card-actions">
              <Popconfirm
                title={t('persons.verifyInPerson')}
                description={t('persons.verifyConfirm')}
                okText={t('common.confirm')}
                cancelText={t('common.cancel')}
                onConfirm={() =>
                  verify.mutateAsync().then(
                    () => message.success(t('persons.verifiedInPerson')),
                    (error: unknown) => message.error(problemOf(error).detail ?? problemOf(error).title),
                  )
                }
              >
                <Button type="primary" icon={<SafetyCertificateOutlined />} loading={verify.isPending}>
                  {t('persons.verifyInPerson')}
                </Button>
              </Popconfirm>
            </div>
          )}
        </Card>
      )}
    </>
  );
}
