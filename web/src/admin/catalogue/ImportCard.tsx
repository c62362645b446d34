import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Space, Typography } from 'antd';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useImportCatalogue } from '../../api/catalogueAdmin';
import type { ImportResult } from '../../api/catalogueTypes';
import type { Problem } from '../../api/types';
import { problemOf } from '../../shared/problem';

/** Upload a catalogue JSON; the server takes it whole or not at all, and says which paths are wrong. */
export function ImportCard() {
  const { t } = useTranslation();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const importer = useImportCatalogue();
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [sent, setSent] = useState<unknown>(null);

  // The server names the failing part by its index in the file; say which matter that is.
  const where = (field: string) => {
    const match = /^matters\.(\d+)\.?(.*)$/.exec(field);
    const matters = (sent as { matters?: { code?: string; guide?: { name?: string } }[] } | null)?.matters;
    const matter = match ? matters?.[Number(match[1])] : undefined;
    if (!match || !matter) return field;
    const label = matter.guide?.name
      ? t('common.withNote', { text: matter.code, note: matter.guide.name })
      : String(matter.code);
    return match[2] ? `${label} › ${match[2]}` : label;
  };

  async function run() {
    if (!file) return;
    setResult(null);
    setProblem(null);
    let document: unknown;
    try {
      document = JSON.parse(await file.text());
    } catch (error) {
      setProblem({ title: t('transfer.badJson', { message: (error as Error).message }), status: 0 });
      return;
    }
    setSent(document);
    importer.mutate(document, { onSuccess: setResult, onError: (error) => setProblem(problemOf(error)) });
  }

  return (
    <Card title={t('transfer.importTitle')}>
      <Typography.Paragraph>{t('transfer.importIntro')}</Typography.Paragraph>
      <div className="import-file">
        <label htmlFor={inputId} className="import-file-label">
          {t('transfer.fileLabel')}
        </label>
        <input
          ref={input}
          id={inputId}
          type="file"
          accept="application/json,.json"
          className="visually-hidden"
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setResult(null);
            setProblem(null);
          }}
        />
        <Space wrap>
          <Button icon={<UploadOutlined />} onClick={() => input.current?.click()}>
            {t('transfer.chooseFile')}
          </Button>
          <span className="file-widget-name">{file?.name ?? t('transfer.noFile')}</span>
        </Space>
      </div>
      <Button type="primary" disabled={!file} loading={importer.isPending} onClick={() => void run()}>
        {t('transfer.importButton')}
      </Button>
      <div aria-live="polite" className="import-outcome">
        {result && (
          <Alert
            type="success"
            showIcon
            title={t('transfer.resultTitle')}
            description={
              <Descriptions
                size="small"
                column={3}
                items={[
                  { key: 'created', label: t('transfer.created'), children: result.created },
                  { key: 'updated', label: t('transfer.updated'), children: result.updated },
                  { key: 'unchanged', label: t('transfer.unchanged'), children: result.unchanged },
                ]}
              />
            }
          />
        )}
        {problem && (
          <Alert
            type="error"
            showIcon
            title={problem.errors?.length ? t('transfer.failedTitle') : problem.title}
            description={
              problem.errors?.length ? (
                <ul className="problem-lines import-errors">
                  {problem.errors.map((e) => (
                    <li key={`${e.field}-${e.code}`}>
                      {t('common.labelled', { label: where(e.field), text: e.message })}
                    </li>
                  ))}
                </ul>
              ) : (
                problem.detail
              )
            }
          />
        )}
      </div>
    </Card>
  );
}
