import { CheckCircleOutlined, SaveOutlined } from '@ant-design/icons';
import { Button, type GetRef, Input, Space, Typography } from 'antd';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { lineRange } from './jsonText';
import type { useProcessDraft } from './useProcessDraft';

/** The definition as JSON text, with the server's verdict beside it, line by line. */
export function ProcessEditor({ draft }: { draft: ReturnType<typeof useProcessDraft> }) {
  const { t } = useTranslation();
  const textId = useId();
  const problemsId = useId();
  const ref = useRef<GetRef<typeof Input.TextArea>>(null);

  const goTo = (line: number) => {
    const area = ref.current?.resizableTextArea?.textArea;
    if (!area) return;
    const [start, end] = lineRange(draft.text, line);
    area.focus();
    area.setSelectionRange(start, end);
    const lineHeight = Number.parseFloat(getComputedStyle(area).lineHeight) || 20;
    area.scrollTop = Math.max(0, (line - 4) * lineHeight);
  };

  return (
    <section className="process-editor" aria-labelledby={`${textId}-title`}>
      <Typography.Title level={2} id={`${textId}-title`} className="process-section-title">
        {t('processAdmin.editor.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('processAdmin.editor.help')}</Typography.Paragraph>
      <ProblemAlert problem={draft.problem} />
      <div className="process-editor-grid">
        <div className="process-editor-text">
          <label htmlFor={textId} className="process-editor-label">
            {t('processAdmin.editor.label')}
          </label>
          <Input.TextArea
            id={textId}
            ref={ref}
            value={draft.text}
            onChange={(e) => draft.setText(e.target.value)}
            autoSize={{ minRows: 16, maxRows: 32 }}
            spellCheck={false}
            className="code-input"
            aria-describedby={problemsId}
            aria-invalid={draft.problems.length > 0}
          />
        </div>
        <aside id={problemsId} className="process-problems" aria-live="polite">
          <Typography.Title level={3} className="process-problems-title">
            {t('processAdmin.editor.problemsTitle')}
          </Typography.Title>
          {draft.problems.length === 0 ? (
            <Typography.Text type="secondary">
              <CheckCircleOutlined /> {t('processAdmin.editor.noProblems')}
            </Typography.Text>
          ) : (
            <>
              <Typography.Text type="danger">
                {t('processAdmin.editor.problemCount', { count: draft.problems.length })}
              </Typography.Text>
              <ul className="process-problem-list">
                {draft.problems.map((p) => (
                  <li key={p.key} className="process-problem">
                    {p.line !== undefined ? (
                      <button
                        type="button"
                        className="process-problem-line"
                        onClick={() => goTo(p.line!)}
                        aria-label={t('processAdmin.editor.goToLine', { line: p.line, message: p.message })}
                      >
                        {t('processAdmin.editor.line', { line: p.line })}
                      </button>
                    ) : null}
                    {p.field && <code className="process-problem-field">{p.field}</code>}
                    <span>{p.message}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </aside>
      </div>
      <Space wrap className="process-editor-actions">
        <Button
          type="primary"
          icon={<SaveOutlined />}
          onClick={draft.submit}
          loading={draft.saving}
          disabled={!draft.canSubmit}
        >
          {t('processAdmin.editor.save')}
        </Button>
        <Button onClick={draft.format} disabled={!draft.canSubmit}>
          {t('processAdmin.editor.format')}
        </Button>
        <Button onClick={draft.reset} disabled={!draft.changed}>
          {t('processAdmin.editor.reset')}
        </Button>
      </Space>
    </section>
  );
}
