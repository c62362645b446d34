import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useSaveDraft } from '../../api/drafts';
import type { MaterialFiles } from '../../api/uploads';
import { problemOf } from '../../shared/problem';

type Data = Record<string, unknown>;

/**
 * 保存草稿: the first save creates the draft and moves the flow to its own address
 * (/apply/drafts/:id), so a reload or another device resumes it; later saves update it.
 */
export function useDraftSaving(matterCode: string, versionId: string, initialDraftId: string | undefined) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const location = useLocation();
  const save = useSaveDraft();
  const [draftId, setDraftId] = useState(initialDraftId);

  const saveDraft = (formData: Data, materials: MaterialFiles[]) =>
    save.mutate(
      draftId ? { id: draftId, formData, materials } : { matterCode, versionId, formData, materials },
      {
        onSuccess: (draft) => {
          message.success(t('apply.draftSaved'));
          if (draft.id !== draftId) {
            setDraftId(draft.id);
            navigate(`/apply/drafts/${draft.id}${location.search}`, {
              replace: true,
              state: { saved: true },
            });
          }
        },
        onError: (error) => message.error(problemOf(error).title),
      },
    );

  return { draftId, saveDraft, saving: save.isPending };
}
