import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useAdminMatter } from '../../api/catalogueAdmin';
import { isApiError } from '../../api/client';
import { useDepartments } from '../../api/directory';
import { useSession } from '../../api/session';
import { LinkButton } from '../../shared/LinkButton';
import { PageLoading } from '../../shared/PageLoading';
import { QueryError } from '../../shared/QueryError';
import { MatterEditor } from './MatterEditor';
import { newGuide } from './newGuide';

/** /admin/matters/new and /admin/matters/:code. The editor works on the newest version. */
export default function MatterEditorPage() {
  const { t } = useTranslation();
  const { code } = useParams();
  const detail = useAdminMatter(code);
  const departments = useDepartments();
  const account = useSession().data!.account;

  if (code && detail.isPending) return <PageLoading />;
  if (code && isApiError(detail.error, 404)) {
    return (
      <Result
        status="404"
        title={t('editor.loadFailed')}
        extra={<LinkButton to="/admin/matters">{t('matters.back')}</LinkButton>}
      />
    );
  }
  if (code && detail.isError)
    return <QueryError error={detail.error} onRetry={() => void detail.refetch()} />;
  // A new matter defaults to the maintainer's own department, which needs the directory.
  if (!code && departments.isPending) return <PageLoading />;

  const versions = detail.data?.versions ?? [];
  const latest = versions[0];
  const ownDepartment = departments.data?.find((d) => d.id === account.departmentId)?.code ?? '';
  const initial = latest ? latest.guide : newGuide(ownDepartment, t);
  // A new version (saved over a published one, or published) starts a fresh, clean editor.
  const key = `${code ?? 'new'}:${latest?.version ?? 0}:${latest?.status ?? ''}`;
  return <MatterEditor key={key} code={code} versions={versions} initial={initial} />;
}
