import { SafetyOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useVerifyAuditChain } from '../../api/audit';
import { QueryError } from '../../shared/QueryError';

export function ChainVerification() {
  const { t } = useTranslation();
  const verify = useVerifyAuditChain();
  const result = verify.data;

  return (
    <div className="block-gap">
      <Button icon={<SafetyOutlined />} onClick={() => verify.mutate()} loading={verify.isPending}>
        {t('audit.verify')}
      </Button>
      {verify.isError && <QueryError error={verify.error} />}
      {result && (
        <Alert
          className="verify-result"
          showIcon
          type={result.ok ? 'success' : 'error'}
          title={
            result.ok
              ? t('audit.verifyOk', { checked: result.checked, lastSeq: result.lastSeq })
              : t('audit.verifyBroken', { count: result.problems.length, checked: result.checked })
          }
          description={
            result.problems.length > 0 ? (
              <ul className="problem-lines">
                {result.problems.map((p) => (
                  <li key={`${p.seq}-${p.kind}`}>
                    #{p.seq} <code>{p.kind}</code> {p.message}
                  </li>
                ))}
              </ul>
            ) : result.unchained > 0 ? (
              t('audit.verifyUnchained', { count: result.unchained })
            ) : undefined
          }
        />
      )}
    </div>
  );
}
