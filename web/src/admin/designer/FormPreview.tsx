import { Alert, App, Empty, Spin, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormPreview } from '../../api/catalogueAdmin';
import type { CompiledForm, FormField } from '../../api/catalogueTypes';
import { MatterForm } from '../../forms/MatterForm';
import { problemOf } from '../../shared/problem';
import { useDebounced } from '../../shared/useDebounced';
import { previewable } from './previewable';

interface Props {
  title: string;
  fields: FormField[] | undefined;
}

/**
 * The form as applicants will get it: compiled by the server (the same compiler as for
 * publishing), rendered by the same renderer as the guide's sample form.
 */
export function FormPreview({ title, fields }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const body = useMemo(
    () => ({ name: title.trim() || t('editor.newTitle'), form: previewable(fields) }),
    [title, fields, t],
  );
  // Typing waits for a pause; the first fields (as the editor opens) show at once.
  const [seenFields, setSeenFields] = useState(false);
  const settled = useDebounced(body, seenFields ? 400 : 0);
  useEffect(() => {
    if (settled.form.length) setSeenFields(true);
  }, [settled.form.length]);
  const preview = useFormPreview(settled);
  // A failed compile keeps the last good preview on screen, with the reason above it.
  const [shown, setShown] = useState<CompiledForm>();
  useEffect(() => {
    if (preview.data) setShown(preview.data);
  }, [preview.data]);

  return (
    // Busy from the edit on, not only while compiling: what is shown is not yet what was typed.
    <section
      className="designer-preview"
      aria-labelledby="preview-title"
      aria-busy={preview.isFetching || settled !== body}
    >
      <div className="designer-preview-head">
        <Typography.Title level={2} id="preview-title" className="editor-group-title">
          {t('designer.preview')}
        </Typography.Title>
        {preview.isFetching && <Spin size="small" description={t('designer.previewUpdating')} />}
      </div>
      {preview.isError && (
        <Alert
          type="warning"
          showIcon
          title={t('designer.previewFailed')}
          description={problemOf(preview.error).title}
        />
      )}
      {settled.form.length === 0 ? (
        <Empty description={t('designer.previewEmpty')} />
      ) : (
        shown && (
          <div className="designer-preview-form">
            <p className="designer-preview-name">{settled.name}</p>
            <MatterForm
              idPrefix="preview"
              schema={shown.schema}
              uiSchema={shown.uiSchema}
              checkLabel={t('designer.previewCheck')}
              onCheck={() => message.success(t('designer.previewOk'))}
            />
          </div>
        )
      )}
    </section>
  );
}
