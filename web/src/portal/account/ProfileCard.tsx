import { SafetyCertificateOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, type DescriptionsProps, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMyAccount, useVerifyIdentity } from '../../api/account';
import type { MyAccount } from '../../api/types';
import { formatDate } from '../../shared/format';
import { problemOf } from '../../shared/problem';
import { QueryError } from '../../shared/QueryError';
import { TrustLevelTag } from '../../shared/TrustLevelTag';

function useItems(account: MyAccount): DescriptionsProps['items'] {
  const { t } = useTranslation();
  const none = t('common.none');
  const isOrg = account.kind === 'organization';
  return [
    {
      key: 'kind',
      label: t('account.kind'),
      children: isOrg ? t('account.kindOrganization') : t('account.kindPerson'),
    },
    { key: 'name', label: isOrg ? t('fields.orgName') : t('fields.name'), children: account.name },
    isOrg
      ? { key: 'creditCode', label: t('fields.creditCode'), children: account.creditCode ?? none }
      : { key: 'idNumber', label: t('fields.idNumber'), children: account.maskedIdNumber ?? none },
    ...(account.legalRepresentative
      ? [
          {
            key: 'legalRep',
            label: t('account.legalRep'),
            children: t('account.legalRepValue', {
              name: account.legalRepresentative.name,
              idNumber: account.legalRepresentative.maskedIdNumber,
            }),
          },
        ]
      : []),
    {
      key: 'mobile',
      label: isOrg ? t('fields.contactMobile') : t('fields.mobile'),
      children: account.maskedMobile ?? none,
    },
    { key: 'trust', label: t('account.trustLevel'), children: <TrustLevel account={account} /> },
    { key: 'createdAt', label: t('account.createdAt'), children: formatDate(account.createdAt) },
  ];
}

function TrustLevel({ account }: { account: MyAccount }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const verify = useVerifyIdentity();
  return (
    <span className="trust-level">
      <TrustLevelTag level={account.trustLevel} />
      {account.trustLevel === 2 && (
        <Button
          size="small"
          type="primary"
          icon={<SafetyCertificateOutlined />}
          loading={verify.isPending}
          onClick={() =>
            verify.mutate(undefined, {
              onSuccess: () => message.success(t('account.verified')),
              onError: (error) => message.error(problemOf(error).detail ?? problemOf(error).title),
            })
          }
        >
          {t('account.verifyIdentity')}
        </Button>
      )}
      {account.trustLevel === 2 && (
        <Typography.Text type="secondary">{t('account.verifyIdentityHint')}</Typography.Text>
      )}
    </span>
  );
}

function Profile({ account }: { account: MyAccount }) {
  return <Descriptions column={1} size="small" bordered items={useItems(account)} className="profile" />;
}

export function ProfileCard() {
  const { t } = useTranslation();
  const me = useMyAccount();
  return (
    <Card title={t('account.profile')}>
      {me.isPending && <Skeleton active />}
      {me.isError && <QueryError error={me.error} onRetry={() => void me.refetch()} />}
      {me.data && <Profile account={me.data} />}
    </Card>
  );
}
