import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLogout } from '../api/session';
import { problemOf } from './problem';

export function useLogoutAction() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const logout = useLogout();
  return {
    pending: logout.isPending,
    run: () =>
      logout.mutate(undefined, {
        onSuccess: () => {
          message.success(t('nav.loggedOut'));
          navigate('/', { replace: true });
        },
        // The local session is cleared either way; say why the server did not confirm.
        onError: (error) => {
          message.error(problemOf(error).title);
          navigate('/', { replace: true });
        },
      }),
  };
}
