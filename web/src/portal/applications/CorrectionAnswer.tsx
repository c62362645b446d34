import { Alert, App, Button, Card, Input, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useResubmitApplication } from '../../api/applications';
import type { ApplicationDetail } from '../../api/applicationTypes';
import { useMatter } from '../../api/catalogue';
import type { Problem } from '../../api/types';
import type { UploadedFile } from '../../api/uploads';
import { formatDateTime } from '../../shared/format';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { problemOf } from '../../shared/problem';
import { MaterialUploadCard } from '../apply/MaterialUploadCard';
import { useMaterialSources } from '../apply/materialSources';
import { materialsToUpload } from '../apply/materialUploads';

/**
 * 待补正: the department's one notice, every item of it, and the answer to it in one go — the
 * files of the materials it names (or of any the applicant uploads, when it names none) and a
 * note for what is not a file. Sent, the application goes back to the department.
 */
export function CorrectionAnswer({
  application,
}: {
  application: ApplicationDetail & { correction: NonNullable<ApplicationDetail['correction']> };
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const matter = useMatter(application.matterCode);
  const sources = useMaterialSources(application.matterCode);
  const resubmit = useResubmitApplication(application.applicationNo);
  const [files, setFiles] = useState<Record<string, UploadedFile[]>>({});
  const [busy, setBusy] = useState<Record<string, boolean>>({});
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const { items, requestedAt } = application.correction;

  const uploadable = matter.data && sources.data ? materialsToUpload(matter.data.guide, sources.data) : [];
  const named = uploadable.filter((m) => items.some((i) => i.material?.trim() === m.name));
  const asked = named.length ? named : uploadable;
  const errorsOf = (materialId: string) =>
    (problem?.errors ?? [])
      .filter((e) => e.field.startsWith(`materials.${materialId}`))
      .map((e) => e.message);
  const send = () => {
    setProblem(null);
    resubmit.mutate(
      {
        materials: Object.entries(files)
          .filter(([, list]) => list.length)
          .map(([materialId, list]) => ({ materialId, fileIds: list.map((f) => f.fileId) })),
        ...(note.trim() ? { note: note.trim() } : {}),
      },
      {
        onSuccess: () => message.success(t('applicationDetail.correctionSent')),
        onError: (error) => setProblem(problemOf(error)),
      },
    );
  };

  return (
    <Card className="correction-answer block-gap" title={t('applicationDetail.correctionTitle')}>
      <Typography.Paragraph type="secondary">
        {t('applicationDetail.correctionIntro', { at: formatDateTime(requestedAt) })}
      </Typography.Paragraph>
      <ol className="correction-items">
        {items.map((item) => (
          <li key={`${item.material}\u0000${item.problem}`}>
            {item.material ? `${item.material}：${item.problem}` : item.problem}
          </li>
        ))}
      </ol>
      {!matter.data || !sources.data ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : (
        asked.map((m) => (
          <MaterialUploadCard
            key={m.id}
            matterCode={application.matterCode}
            material={m}
            files={files[m.id] ?? []}
            errors={errorsOf(m.id)}
            onFilesChange={(list) => setFiles((all) => ({ ...all, [m.id]: list }))}
            onBusyChange={(b) => setBusy((all) => ({ ...all, [m.id]: b }))}
          />
        ))
      )}
      <div className="correction-note">
        <label htmlFor={`correction-note-${application.applicationNo}`}>
          {t('applicationDetail.correctionNote')}
        </label>
        <Input.TextArea
          id={`correction-note-${application.applicationNo}`}
          rows={3}
          maxLength={500}
          showCount
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      <ProblemAlert problem={problem} />
      <Alert type="info" showIcon title={t('applicationDetail.correctionOnce')} className="block-gap" />
      <Button
        type="primary"
        size="large"
        block
        loading={resubmit.isPending}
        disabled={Object.values(busy).some(Boolean)}
        onClick={send}
      >
        {t('applicationDetail.correctionSend')}
      </Button>
    </Card>
  );
}
