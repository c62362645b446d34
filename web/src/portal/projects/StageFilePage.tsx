import './projects.css';
import '../materialFiles.css';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, List, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { Material } from '../../api/catalogueTypes';
import {
  type RequiredMaterial,
  type Stage,
  type StageForm,
  stages,
  useProject,
  useStageForm,
  useStageRequirements,
  useSubmitStage,
} from '../../api/projects';
import type { Problem } from '../../api/types';
import type { UploadedFile } from '../../api/uploads';
import { AnswerList } from '../../forms/AnswerList';
import { StepForm } from '../../forms/StepForm';
import { errorSchemaOf } from '../../forms/serverErrors';
import NotFoundPage from '../../shared/NotFoundPage';
import { PageLoading } from '../../shared/PageLoading';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { problemOf } from '../../shared/problem';
import { QueryError } from '../../shared/QueryError';
import { uuidV4 } from '../../shared/uuid';
import { MaterialUploadCard } from '../apply/MaterialUploadCard';
import { prefillFromProject } from './prefill';
import { SavingsCard } from './SavingsCard';

type Data = Record<string, unknown>;
type Step = 'form' | 'materials' | 'check';

/** The applicant's own documents, and licences the platform has none of this project's to take. */
const uploaded = (m: RequiredMaterial) => m.source.kind === 'applicant' || m.sourcing?.kind === 'upload';

/**
 * A material of the merged set as the upload card knows materials: the files go up under the
 * first matter that asks for it (as the server says), and the submission hands them to every
 * matter that does. Form and copies are the category's merged material's.
 */
function uploadTarget(material: RequiredMaterial, merged: StageForm) {
  const full = merged.materials.find((m) => m.identity === material.identity);
  const source = material.sources[0];
  if (!source) return null;
  const asMaterial: Material = {
    id: source.materialId,
    name: material.name,
    form: full?.form ?? 'electronic',
    copies: full?.copies ?? 1,
    requirement: material.requirement,
    key: material.key,
    source: { kind: 'applicant' },
    ...(material.condition !== undefined && { condition: material.condition }),
    ...(full?.note !== undefined && { note: full.note }),
  };
  return { matterCode: source.matterCode, material: asMaterial };
}

/** Server field names (`formData.projectName`, `materials.<identity>`) split by where they show. */
function splitProblem(problem: Problem | null) {
  const formErrors: NonNullable<Problem['errors']> = [];
  const materialErrors = new Map<string, string[]>();
  for (const e of problem?.errors ?? []) {
    const field = e.field
      .replace(/^\/+/, '')
      .replace(/\//g, '.')
      .replace(/^body\./, '');
    if (field.startsWith('formData.')) formErrors.push({ ...e, field: field.slice('formData.'.length) });
    else if (field.startsWith('materials.')) {
      const identity = field.slice('materials.'.length);
      materialErrors.set(identity, [...(materialErrors.get(identity) ?? []), e.message]);
    }
  }
  return { formErrors, materialErrors };
}

/**
 * 一张表单: a stage of a project filed once for all its matters. The merged form (prefilled
 * from the registration) and what it saves, the one set of materials with what a commitment or
 * an area assessment waives, the answers to check, then one submission for every department.
 */
export default function StageFilePage() {
  const { t } = useTranslation();
  /** Why a material is not asked: an area assessment, a licence this stage issues, or the platform fetches it. */
  const waivedReason = (m: RequiredMaterial) =>
    m.coveredBy
      ? t('projects.file.coveredBy', { name: m.coveredBy.name })
      : m.issuedInStage
        ? t('projects.file.issuedInStage', { name: m.issuedInStage.name })
        : m.sourcing?.licenseNo
          ? t('projects.file.fetchedLicence', { licenseNo: m.sourcing.licenseNo })
          : t('projects.file.fetched');
  const navigate = useNavigate();
  const { id = '', stage: stageParam = '' } = useParams();
  const stage = stages.find((s) => s === stageParam) as Stage | undefined;
  const project = useProject(id);
  const merged = useStageForm(project.data?.category.code, stage);
  const requirements = useStageRequirements(id, stage);
  const [step, setStep] = useState<Step>('form');
  const [answers, setAnswers] = useState<Data | null>(null);
  const [files, setFiles] = useState<Record<string, UploadedFile[]>>({});
  const [commitments, setCommitments] = useState<string[]>([]);
  const [busy, setBusy] = useState<Record<string, boolean>>({});
  const [missing, setMissing] = useState<string[]>([]);
  const [declared, setDeclared] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [key] = useState(uuidV4);
  const submit = useSubmitStage(id, stage ?? 'land_planning');
  const form = requirements.data?.form;
  const prefilled = useMemo(
    () => (form && project.data ? prefillFromProject(form.schema, form.uiSchema, project.data) : {}),
    [form, project.data],
  );
  const split = useMemo(() => splitProblem(problem), [problem]);
  const extraErrors = useMemo(
    () =>
      errorSchemaOf(split.formErrors.length ? { title: '', status: 400, errors: split.formErrors } : null),
    [split],
  );

  if (!stage) return <NotFoundPage />;
  for (const q of [project, merged, requirements])
    if (q.isError) return <QueryError error={q.error} onRetry={() => void q.refetch()} />;
  if (!project.data || !merged.data || !requirements.data || !form) return <PageLoading />;
  const need = requirements.data;
  const data = answers ?? prefilled;
  const matterName = (code: string) => merged.data.stage.matters.find((m) => m.code === code)?.name ?? code;
  const back = (
    <Link to={`/my/projects/${id}`} className="back-link">
      <ArrowLeftOutlined aria-hidden="true" /> {project.data.name}
    </Link>
  );

  if (need.availability !== 'open')
    return (
      <div className="page page-medium">
        {back}
        <Typography.Title level={1} className="page-title">
          {t('projects.file.title', { stage: merged.data.stage.name })}
        </Typography.Title>
        <Alert
          type="info"
          showIcon
          title={need.availability === 'filed' ? t('projects.file.alreadyFiled') : t('projects.file.waiting')}
          action={
            need.filingId ? (
              <Link to={`/my/projects/${id}/filings/${need.filingId}`}>{t('projects.file.toFiling')}</Link>
            ) : undefined
          }
        />
      </div>
    );

  const asked = need.materials.filter((m) => !m.coveredBy && uploaded(m));
  const toCheck = () => {
    // Required documents with neither a file nor a signed commitment: said before the server does.
    const lacking = asked
      .filter((m) => m.requirement === 'required' && !commitments.includes(m.identity))
      .filter((m) => !(files[m.identity]?.length ?? 0))
      .map((m) => m.identity);
    setMissing(lacking);
    if (lacking.length === 0) {
      setStep('check');
      window.scrollTo(0, 0);
    }
  };
  const send = async () => {
    setProblem(null);
    try {
      const { filing } = await submit.mutateAsync({
        idempotencyKey: key,
        body: {
          formData: data,
          materials: asked
            .filter((m) => !commitments.includes(m.identity) && (files[m.identity]?.length ?? 0) > 0)
            .map((m) => ({ identity: m.identity, fileIds: files[m.identity]!.map((f) => f.fileId) })),
          commitments,
          declaration: true,
        },
      });
      navigate(`/my/projects/${id}/filings/${filing.id}`, { state: { filed: true }, replace: true });
    } catch (error) {
      const p = problemOf(error);
      setProblem(p);
      const { formErrors, materialErrors } = splitProblem(p);
      if (formErrors.length) setStep('form');
      else if (materialErrors.size) setStep('materials');
    }
  };

  return (
    <div className="page page-medium stage-file">
      {back}
      <Typography.Title level={1} className="page-title">
        {step === 'check'
          ? t('projects.file.checkTitle')
          : step === 'materials'
            ? t('projects.file.materialsTitle', { stage: merged.data.stage.name })
            : t('projects.file.title', { stage: merged.data.stage.name })}
      </Typography.Title>
      <Typography.Text type="secondary" className="stage-step">
        {t('projects.file.step', { n: step === 'form' ? 1 : step === 'materials' ? 2 : 3, total: 3 })}
      </Typography.Text>
      {step === 'form' && (
        <>
          <SavingsCard form={merged.data} requirements={need} />
          <Card
            size="small"
            className="block-gap"
            title={t('projects.file.matters', { count: merged.data.stage.matters.length })}
          >
            <List
              size="small"
              dataSource={merged.data.stage.matters}
              renderItem={(m) => (
                <List.Item key={m.code}>
                  <span className="stage-matter">
                    <span>{m.name}</span>
                    <Typography.Text type="secondary">
                      {m.department?.name} · {t('projects.promisedDays', { count: m.promisedLimitDays })}
                    </Typography.Text>
                  </span>
                </List.Item>
              )}
            />
          </Card>
          {Object.keys(prefilled).length > 0 && (
            <Typography.Paragraph type="secondary">
              {t('projects.file.prefilled', { count: Object.keys(prefilled).length })}
            </Typography.Paragraph>
          )}
          <ProblemAlert problem={split.formErrors.length ? problem : null} />
          <StepForm
            schema={form.schema}
            uiSchema={form.uiSchema}
            formData={data}
            onChange={setAnswers}
            extraErrors={extraErrors}
            onNext={(next) => {
              setAnswers(next);
              setStep('materials');
              window.scrollTo(0, 0);
            }}
            idPrefix="stage"
          >
            <Button type="primary" htmlType="submit" size="large" block>
              {t('projects.file.toMaterials')}
            </Button>
          </StepForm>
        </>
      )}
      {step === 'materials' && (
        <>
          <Typography.Paragraph type="secondary">{t('projects.file.materialsIntro')}</Typography.Paragraph>
          {need.materials
            .filter((m) => m.coveredBy || !uploaded(m))
            .map((m) => (
              <Card key={m.identity} size="small" className="block-gap waived-material">
                <Typography.Text strong>{m.name}</Typography.Text> <Tag color="green">{waivedReason(m)}</Tag>
              </Card>
            ))}
          {asked.map((m) => {
            const target = uploadTarget(m, merged.data);
            const committed = commitments.includes(m.identity);
            const errors = [
              ...(split.materialErrors.get(m.identity) ?? []),
              ...(missing.includes(m.identity) ? [t('projects.file.missing', { name: m.name })] : []),
            ];
            return (
              <div key={m.identity} className="stage-material">
                {m.commitmentAllowed && (
                  <Checkbox
                    checked={committed}
                    onChange={(e) =>
                      setCommitments((list) =>
                        e.target.checked ? [...list, m.identity] : list.filter((x) => x !== m.identity),
                      )
                    }
                  >
                    {t('projects.file.commit', { name: m.name })}
                  </Checkbox>
                )}
                {committed ? (
                  <Card size="small">
                    <Typography.Text strong>{m.name}</Typography.Text>{' '}
                    <Tag color="blue">{t('projects.file.committed')}</Tag>
                  </Card>
                ) : target ? (
                  <MaterialUploadCard
                    matterCode={target.matterCode}
                    material={target.material}
                    projectId={id}
                    because={[
                      m.sourcing?.kind === 'upload' && t('projects.file.noProjectLicence'),
                      t('projects.file.usedBy', {
                        matters: m.matterCodes.map(matterName).join(t('common.listSeparator')),
                      }),
                    ]
                      .filter(Boolean)
                      .join(' ')}
                    files={files[m.identity] ?? []}
                    errors={errors}
                    onFilesChange={(list) => setFiles((all) => ({ ...all, [m.identity]: list }))}
                    onBusyChange={(b) => setBusy((all) => ({ ...all, [m.identity]: b }))}
                  />
                ) : null}
              </div>
            );
          })}
          <div className="stage-actions">
            <Button
              type="primary"
              size="large"
              block
              disabled={Object.values(busy).some(Boolean)}
              onClick={toCheck}
            >
              {t('projects.file.toCheck')}
            </Button>
            <Button size="large" block onClick={() => setStep('form')}>
              {t('projects.file.backToForm')}
            </Button>
          </div>
        </>
      )}
      {step === 'check' && (
        <>
          <Card size="small" className="block-gap" title={t('projects.file.answers')}>
            <AnswerList schema={form.schema} uiSchema={form.uiSchema} data={data} />
          </Card>
          <Card size="small" className="block-gap" title={t('projects.file.materialsSummary')}>
            <List
              size="small"
              dataSource={need.materials}
              renderItem={(m) => (
                <List.Item key={m.identity}>
                  <span className="stage-matter">
                    <span>{m.name}</span>
                    <Typography.Text type="secondary">
                      {m.coveredBy || !uploaded(m)
                        ? waivedReason(m)
                        : commitments.includes(m.identity)
                          ? t('projects.file.committed')
                          : t('projects.file.files', { count: files[m.identity]?.length ?? 0 })}
                    </Typography.Text>
                  </span>
                </List.Item>
              )}
            />
          </Card>
          <Checkbox checked={declared} onChange={(e) => setDeclared(e.target.checked)}>
            {t('projects.file.declaration')}
          </Checkbox>
          <ProblemAlert problem={problem} />
          <div className="stage-actions">
            <Button
              type="primary"
              size="large"
              block
              disabled={!declared}
              loading={submit.isPending}
              onClick={() => void send()}
            >
              {t('projects.file.submit', { count: merged.data.stage.matters.length })}
            </Button>
            <Button size="large" block onClick={() => setStep('materials')} disabled={submit.isPending}>
              {t('projects.file.change')}
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
