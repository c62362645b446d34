import { App, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCreateMatter, usePublishMatter, useSaveDraft, useWithdrawMatter } from '../../api/catalogueAdmin';
import type { MatterVersion } from '../../api/catalogueTypes';
import { problemOf } from '../../shared/problem';
import { type EditorValues, toGuide } from './guideForm';
import type { useGuideProblem } from './useGuideProblem';

interface Options {
  code: string | undefined;
  /** Newest first; empty while the matter is new. */
  versions: MatterVersion[];
  form: FormInstance<EditorValues>;
  dirty: boolean;
  /** Called once the form's content is what the server holds. */
  onSaved: () => void;
  problem: ReturnType<typeof useGuideProblem>;
  /** Takes the administrator to a field with a client-side error. */
  onInvalid: (path: (string | number)[]) => void;
  /** Where the editor is, to come back to the same tab on the saved matter's page. */
  search: string;
}

/**
 * 保存草稿 / 发布 / 撤回. Publishing saves unsaved changes first, so what is published is what
 * the administrator sees; a published matter without changes has nothing to publish.
 */
export function useEditorActions({
  code,
  versions,
  form,
  dirty,
  onSaved,
  problem,
  onInvalid,
  search,
}: Options) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const create = useCreateMatter();
  const save = useSaveDraft();
  const publish = usePublishMatter();
  const withdraw = useWithdrawMatter();

  const isNew = code === undefined;
  const latest = versions[0];
  const needsSave = isNew || dirty || latest?.status !== 'draft';
  const canPublish = isNew || dirty || latest?.status !== 'published';
  const isPublished = versions.some((v) => v.status === 'published');

  async function validValues(): Promise<EditorValues | null> {
    try {
      await form.validateFields();
      // Everything in the store, also what a collapsed part of the editor does not show.
      return form.getFieldsValue(true) as EditorValues;
    } catch (error) {
      const fields = (error as { errorFields?: { name: (string | number)[] }[] }).errorFields ?? [];
      if (fields[0]) onInvalid(fields[0].name);
      message.error(t('editor.invalid', { count: fields.length }));
      return null;
    }
  }

  /** Saves the form as the draft; answers the matter's code, or null when it did not save. */
  async function saveDraft(): Promise<string | null> {
    const values = await validValues();
    if (!values) return null;
    const guide = toGuide(values);
    problem.clear();
    try {
      if (isNew) {
        const newCode = (values.code ?? '').trim();
        await create.mutateAsync({ code: newCode, guide });
        message.success(t('editor.created'));
        onSaved();
        navigate(`/admin/matters/${newCode}${search}`, { replace: true });
        return newCode;
      }
      const { version } = await save.mutateAsync({ code, guide });
      message.success(t('editor.saved', { version }));
      onSaved();
      return code;
    } catch (error) {
      problem.show(error);
      return null;
    }
  }

  function confirmPublish() {
    modal.confirm({
      title: t('editor.publishTitle'),
      content: t('editor.publishContent'),
      okText: t('editor.publish'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        const target = needsSave ? await saveDraft() : code;
        if (!target) return;
        try {
          const { version } = await publish.mutateAsync(target);
          message.success(t('editor.publishedOk', { version }));
        } catch (error) {
          problem.show(error);
        }
      },
    });
  }

  function confirmWithdraw() {
    if (!code) return;
    modal.confirm({
      title: t('editor.withdrawTitle'),
      content: t('editor.withdrawContent'),
      okText: t('editor.withdraw'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        withdraw.mutateAsync(code).then(
          () => void message.success(t('editor.withdrawn')),
          (error: unknown) => void message.error(problemOf(error).title),
        ),
    });
  }

  return {
    saveDraft: () => void saveDraft(),
    publish: confirmPublish,
    withdraw: confirmWithdraw,
    saving: create.isPending || save.isPending,
    publishing: publish.isPending,
    withdrawing: withdraw.isPending,
    canPublish,
    canWithdraw: !isNew && isPublished,
  };
}
