import { App, Button, Form, Input, Radio, Skeleton, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  type NotificationLanguage,
  type NotificationPreferences,
  useNotificationPreferences,
  useSavePreferences,
} from '../../api/notifications';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useFormProblem } from '../../shared/problem';
import { QueryError } from '../../shared/QueryError';

interface Values {
  email: string;
  emailEnabled: boolean;
  smsEnabled: boolean;
  language: NotificationLanguage;
}

/** 通知设置: the e-mail address, the channels and the language notifications are written in. */
export function PreferencesForm() {
  const preferences = useNotificationPreferences();
  if (preferences.isPending) return <Skeleton active />;
  if (preferences.isError)
    return <QueryError error={preferences.error} onRetry={() => void preferences.refetch()} />;
  return <LoadedForm saved={preferences.data} />;
}

function LoadedForm({ saved }: { saved: NotificationPreferences }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSavePreferences();
  const problem = useFormProblem(form, ['email', 'emailEnabled', 'smsEnabled', 'language']);
  const email = Form.useWatch('email', form) ?? saved.email ?? '';
  const smsHint = !saved.smsAvailable
    ? t('notifications.settings.smsUnavailable')
    : saved.maskedMobile
      ? t('notifications.settings.smsTo', { mobile: saved.maskedMobile })
      : t('notifications.settings.smsNoMobile');

  return (
    <Form
      form={form}
      name="notificationPreferences"
      layout="vertical"
      requiredMark={false}
      className="narrow-form"
      initialValues={{
        email: saved.email ?? '',
        emailEnabled: saved.email !== null && saved.emailEnabled,
        smsEnabled: saved.smsEnabled,
        language: saved.language ?? 'zh-CN',
      }}
      onFinish={(values) => {
        problem.clear();
        const address = values.email.trim();
        save.mutate(
          {
            email: address === '' ? null : address,
            emailEnabled: address !== '' && values.emailEnabled,
            smsEnabled: values.smsEnabled,
            language: values.language,
          },
          { onSuccess: () => message.success(t('notifications.settings.saved')), onError: problem.show },
        );
      }}
    >
      <Typography.Paragraph>{t('notifications.settings.intro')}</Typography.Paragraph>
      <ProblemAlert problem={problem.problem} />
      <Form.Item
        label={t('notifications.settings.email')}
        name="email"
        extra={t('notifications.settings.emailHint')}
      >
        <Input autoComplete="email" inputMode="email" />
      </Form.Item>
      <Form.Item
        label={t('notifications.settings.emailEnabled')}
        name="emailEnabled"
        valuePropName="checked"
        extra={email.trim() === '' ? t('notifications.settings.emailEnabledHint') : undefined}
      >
        <Switch disabled={email.trim() === ''} />
      </Form.Item>
      <Form.Item
        label={t('notifications.settings.smsEnabled')}
        name="smsEnabled"
        valuePropName="checked"
        extra={smsHint}
      >
        <Switch disabled={!saved.smsAvailable || !saved.maskedMobile} />
      </Form.Item>
      <Form.Item label={t('notifications.settings.language')} name="language">
        <Radio.Group
          aria-label={t('notifications.settings.language')}
          options={[
            { value: 'zh-CN', label: t('notifications.settings.languageZh') },
            { value: 'en-US', label: t('notifications.settings.languageEn') },
          ]}
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        {t('notifications.settings.save')}
      </Button>
    </Form>
  );
}
