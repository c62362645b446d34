import { App, Card, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useActingFor } from '../../api/session';
import type { Session } from '../../api/types';
import { problemOf } from '../../shared/problem';

// The radio group needs a value for "myself"; organisation ids are UUIDs, so this cannot clash.
const self = 'self';

export function ActingForCard({ session }: { session: Session }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const actingFor = useActingFor();
  // Show the choice at once; it falls back to the server's answer if the switch fails.
  const [choice, setChoice] = useState<string | null | undefined>(undefined);
  const chosen = choice === undefined ? (session.actingFor?.id ?? null) : choice;

  return (
    <Card title={t('account.actingTitle')}>
      {session.organizations.length === 0 ? (
        <Typography.Text type="secondary">{t('account.noOrganizations')}</Typography.Text>
      ) : (
        <>
          <Typography.Paragraph id="acting-intro">{t('account.actingIntro')}</Typography.Paragraph>
          <Radio.Group
            aria-labelledby="acting-intro"
            className="acting-options"
            orientation="vertical"
            value={chosen ?? self}
            disabled={actingFor.isPending}
            onChange={(event) => {
              const organizationId = event.target.value === self ? null : String(event.target.value);
              setChoice(organizationId);
              actingFor.mutate(organizationId, {
                onSuccess: () => message.success(t('account.actingSwitched')),
                onError: (error) => message.error(problemOf(error).title),
                onSettled: () => setChoice(undefined),
              });
            }}
            options={[
              { value: self, label: t('account.actAsSelf', { name: session.account.name }) },
              ...session.organizations.map((org) => ({
                value: org.id,
                label: (
                  <span className="acting-org">
                    <span>{org.name}</span>
                    <Typography.Text type="secondary" className="acting-code">
                      {org.creditCode}
                    </Typography.Text>
                  </span>
                ),
              })),
            ]}
          />
        </>
      )}
    </Card>
  );
}
