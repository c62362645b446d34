import './apply.css';
import { useQueryClient } from '@tanstack/react-query';
import { Result, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { useMatter, useMatterForm } from '../../api/catalogue';
import { isApiError } from '../../api/client';
import { useDraft } from '../../api/drafts';
import { useSession } from '../../api/session';
import { useOpenUploads } from '../../api/uploads';
import { fittingAnswers } from '../../forms/answers';
import { LinkButton } from '../../shared/LinkButton';
import { QueryError } from '../../shared/QueryError';
import { ApplyFlow, type ApplyNotice } from './ApplyFlow';
import { applicantKind } from './applicantKind';
import { useMaterialSources } from './materialSources';
import { type MaterialUploads, uploadsOfDraft, uploadsOfOpen } from './materialUploads';
import { WindowOnly } from './WindowOnly';

type Data = Record<string, unknown>;

interface Carried {
  data: Data;
  uploads: MaterialUploads;
  draftId: string | undefined;
  generation: number;
}

function Loading() {
  return (
    <div className="page page-medium">
      <Skeleton active paragraph={{ rows: 6 }} />
    </div>
  );
}

/**
 * /apply/:code starts an application; /apply/drafts/:draftId resumes a saved one. Loads the
 * matter, its current form and the draft, then hands them to the flow.
 */
export default function ApplyPage() {
  const { t } = useTranslation();
  const { code: routeCode, draftId } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const session = useSession().data;
  const draft = useDraft(draftId);
  const code = routeCode ?? draft.data?.matterCode;
  const matter = useMatter(code);
  const form = useMatterForm(code);
  // A new application starts with the files uploaded for this matter and not yet handed in.
  const open = useOpenUploads(code, draftId === undefined);
  // What this applicant will not be asked for (零提交), and what they upload instead.
  const sources = useMaterialSources(code);
  // Answers carried over a reload of the form after the server said it had changed.
  const [carried, setCarried] = useState<Carried | null>(null);

  if (isApiError(draft.error, 404)) {
    return (
      <Result
        status="404"
        title={t('apply.notFound')}
        subTitle={t('apply.notFoundHint')}
        extra={
          <LinkButton to="/my/applications?tab=drafts" type="primary">
            {t('nav.myApplications')}
          </LinkButton>
        }
      />
    );
  }
  const failed = draft.error ?? matter.error ?? form.error ?? open.error ?? sources.error;
  if (failed) {
    return (
      <div className="page page-medium">
        <QueryError error={failed} />
      </div>
    );
  }
  const uploadsReady = draftId !== undefined ? draft.data : open.data;
  if (!matter.data || !form.data || !uploadsReady || !sources.data || (carried && form.isFetching))
    return <Loading />;

  const { guide } = matter.data;
  if (guide.onlineDepth === 'window') return <WindowOnly matter={matter.data} />;
  const kind = session && applicantKind(session);
  if (kind && !guide.audiences.includes(kind)) {
    return (
      <Result
        status="warning"
        title={t('apply.notAvailable')}
        subTitle={t('apply.wrongAudience', {
          audiences: guide.audiences.map((a) => t(`vocab.audience.${a}`)).join(t('common.listSeparator')),
        })}
        extra={
          <LinkButton to="/account" type="primary">
            {t('apply.switchIdentity')}
          </LinkButton>
        }
      />
    );
  }

  const saved = (location.state as { saved?: boolean } | null)?.saved === true;
  let initialData: Data = {};
  let initialUploads: MaterialUploads = open.data ? uploadsOfOpen(open.data) : {};
  let notice: ApplyNotice | undefined;
  if (carried) {
    initialData = fittingAnswers(form.data.schema, carried.data);
    initialUploads = carried.uploads;
    notice = 'versionOutdated';
  } else if (draft.data) {
    initialData = fittingAnswers(form.data.schema, draft.data.formData);
    initialUploads = uploadsOfDraft(draft.data);
    if (draft.data.versionId !== form.data.versionId) notice = 'versionChanged';
    else if (!saved) notice = 'resumed';
  }

  return (
    <ApplyFlow
      key={`${form.data.versionId}:${carried?.generation ?? 0}`}
      matter={matter.data}
      form={form.data}
      initialData={initialData}
      initialUploads={initialUploads}
      sources={sources.data}
      organizationName={
        session?.actingFor?.name ??
        (session?.account.kind === 'organization' ? session.account.name : undefined)
      }
      draftId={carried?.draftId ?? draftId}
      resume={Boolean(carried || draft.data)}
      notice={notice}
      onOutdated={(data, currentDraft, uploads) => {
        setCarried({ data, uploads, draftId: currentDraft, generation: (carried?.generation ?? 0) + 1 });
        navigate({ search: '?step=check' }, { replace: true });
        void client.invalidateQueries({ queryKey: ['catalogue', 'matter', code] });
      }}
    />
  );
}
