import '../cases/cases.css';
import { App, Button, Card, Descriptions, Form, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMatter, useMatterForm } from '../../api/catalogue';
import type { MatterSummary } from '../../api/catalogueTypes';
import { activeAnswers } from '../../forms/answers';
import { MatterForm } from '../../forms/MatterForm';
import { type MaterialUploads, materialFilesOf } from '../../portal/apply/materialUploads';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useFormProblem } from '../../shared/problem';
import { QueryError } from '../../shared/QueryError';
import { ApplicantForm, type ApplicantValues, applicantFields } from './ApplicantForm';
import { MatterPicker } from './MatterPicker';
import { useWindowSubmit } from './useWindowSubmit';
import { WindowMaterials } from './WindowMaterials';

const aliases = {
  'applicant.name': 'name',
  'applicant.idNumber': 'idNumber',
  'applicant.mobile': 'mobile',
  collectAt: 'collectAt',
};

/** 窗口收件: choose the matter, check the ID card, fill the form; then straight to the intake decision. */
export default function WindowIntakePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [matter, setMatter] = useState<MatterSummary | null>(null);
  const [applicant] = Form.useForm<ApplicantValues>();
  const form = useMatterForm(matter?.code);
  const detail = useMatter(matter?.code);
  const [uploads, setUploads] = useState<MaterialUploads>({});
  const [uploading, setUploading] = useState(false);
  const banner = useFormProblem(applicant, applicantFields, aliases);
  const submit = useWindowSubmit({
    onProblem: (problem) => (problem ? banner.show(problem) : banner.clear()),
    onOutdated: () => {
      void message.warning(t('cases.window.outdated'));
      void form.refetch();
    },
  });

  const send = async (formData: Record<string, unknown>) => {
    const person = await applicant.validateFields().catch(() => null);
    if (!person || !matter || !form.data) return;
    const mobile = person.mobile?.trim();
    submit.send({
      matterCode: matter.code,
      versionId: form.data.versionId,
      // Only the answers to questions still asked, as online: a hidden branch's answers are not filed.
      formData: activeAnswers(form.data.schema, formData),
      materials: detail.data ? materialFilesOf(detail.data.guide, uploads) : [],
      ...(person.collectAt ? { collectAt: person.collectAt } : {}),
      applicant: {
        name: person.name.trim(),
        idNumber: person.idNumber.trim().toUpperCase(),
        ...(mobile ? { mobile } : {}),
      },
    });
  };

  return (
    <>
      <Typography.Title level={1} className="page-title">
        {t('cases.window.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('cases.window.intro')}</Typography.Paragraph>
      <Card
        title={`1. ${t('cases.window.matterStep')}`}
        className="block-gap"
        extra={
          matter && (
            <Button
              onClick={() => {
                setMatter(null);
                setUploads({});
              }}
            >
              {t('cases.window.change')}
            </Button>
          )
        }
      >
        {matter ? (
          <Descriptions
            size="small"
            column={1}
            items={[
              { key: 'matter', label: t('cases.window.chosen'), children: <strong>{matter.name}</strong> },
              { key: 'department', label: t('cases.page.department'), children: matter.departmentName },
              {
                key: 'limits',
                label: t('cases.clock.title'),
                children: t('cases.window.limits', {
                  promised: matter.promisedLimitDays,
                  legal: matter.legalLimitDays,
                }),
              },
            ]}
          />
        ) : (
          <MatterPicker onChoose={setMatter} />
        )}
      </Card>
      {matter && (
        <>
          <Card title={`2. ${t('cases.window.applicantStep')}`} className="block-gap">
            <ApplicantForm form={applicant} />
          </Card>
          <Card title={`3. ${t('cases.window.materialsStep')}`} className="block-gap">
            {detail.data ? (
              <WindowMaterials
                matterCode={matter.code}
                guide={detail.data.guide}
                uploads={uploads}
                errors={submit.materialErrors}
                onChange={setUploads}
                onBusyChange={setUploading}
              />
            ) : (
              <Skeleton active />
            )}
          </Card>
          <Card title={`4. ${t('cases.window.formStep')}`} className="block-gap">
            <ProblemAlert problem={banner.problem} />
            {form.isPending && <Skeleton active />}
            {form.isError && <QueryError error={form.error} onRetry={() => void form.refetch()} />}
            {form.data && (
              <MatterForm
                key={`${matter.code}-${form.data.versionId}`}
                idPrefix="window"
                schema={form.data.schema}
                uiSchema={form.data.uiSchema}
                checkLabel={t('cases.window.submit')}
                checking={submit.submitting || uploading}
                problem={submit.answerProblem}
                onEdit={submit.clearAnswers}
                onCheck={(data) => void send(data)}
              />
            )}
          </Card>
        </>
      )}
    </>
  );
}
