import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { problemOf } from './problem';

/** A failed load, with the server's explanation and a way to try again. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const problem = problemOf(error);
  return (
    <Alert
      type="error"
      showIcon
      title={problem.title || t('errors.loadFailed')}
      description={problem.detail}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
      className="block-gap"
    />
  );
}
