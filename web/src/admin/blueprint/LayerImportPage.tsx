import './layer-import.css';
import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Select, Space, Table, Typography } from 'antd';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  elementClasses,
  type ImportFields,
  type Layer,
  rules as layerRules,
  useImportLayer,
  useLayers,
} from '../../api/blueprint';
import { useDepartments } from '../../api/directory';
import { formatDateTime } from '../../shared/format';
import { useFormRules } from '../../shared/formRules';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useFormProblem } from '../../shared/problem';
import { RuleTag, useLayerName } from '../../workbench/blueprint/words';

const FIELDS = ['code', 'name', 'nameEn', 'departmentCode', 'elementClass', 'rule', 'condition'] as const;

/** `features[3]` → 3: the server names a refused feature by its place in the file. */
const featureIndex = (field: string) => {
  const match = /^features\[(\d+)\]/.exec(field);
  return match ? Number(match[1]) : null;
};

/**
 * 图层导入: a department's layer (GeoJSON, or a zipped Shapefile) comes in whole or not at all;
 * a refusal lists every feature the server could not take and why. The same code again
 * replaces the layer's features as its next version.
 */
export default function LayerImportPage() {
  const { t } = useTranslation();
  const rules = useFormRules();
  const layerName = useLayerName();
  const [form] = Form.useForm<ImportFields>();
  const fileId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [fileMissing, setFileMissing] = useState(false);
  const [imported, setImported] = useState<Layer | null>(null);
  const departments = useDepartments();
  const layers = useLayers();
  const importer = useImportLayer();
  const { problem, show, clear } = useFormProblem(form, FIELDS);
  // What was imported last comes first: the administrator sees the import just made.
  const newestFirst = layers.data && [...layers.data].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));

  // The server's message names the feature by its number; in the file's order.
  const refused = (problem?.errors ?? [])
    .filter((e) => featureIndex(e.field) !== null)
    .sort((a, b) => featureIndex(a.field)! - featureIndex(b.field)!);
  const others = (problem?.errors ?? []).filter((e) => featureIndex(e.field) === null);

  const submit = (fields: ImportFields) => {
    if (!file) {
      setFileMissing(true);
      return;
    }
    setImported(null);
    clear();
    importer.mutate({ file, fields }, { onSuccess: setImported, onError: show });
  };

  return (
    <>
      <Typography.Title level={1} className="page-title">
        {t('blueprintImport.title')}
      </Typography.Title>
      <div className="card-stack blueprint-import">
        <Card title={t('blueprintImport.formTitle')}>
          <Typography.Paragraph>{t('blueprintImport.intro')}</Typography.Paragraph>
          <Form<ImportFields>
            form={form}
            layout="vertical"
            onFinish={submit}
            initialValues={{ rule: 'forbidden' }}
            className="blueprint-import-form"
          >
            <div className="import-file">
              <label htmlFor={fileId} className="import-file-label">
                {t('blueprintImport.file')}
              </label>
              <input
                ref={input}
                id={fileId}
                type="file"
                accept=".geojson,.json,.zip,application/geo+json,application/json,application/zip"
                className="visually-hidden"
                onChange={(event) => {
                  setFile(event.target.files?.[0] ?? null);
                  setFileMissing(false);
                  setImported(null);
                  clear();
                }}
              />
              <Space wrap>
                <Button icon={<UploadOutlined />} onClick={() => input.current?.click()}>
                  {t('blueprintImport.chooseFile')}
                </Button>
                <span className="file-widget-name">{file?.name ?? t('blueprintImport.noFile')}</span>
              </Space>
              <Typography.Paragraph
                type={fileMissing ? 'danger' : 'secondary'}
                className="blueprint-import-hint"
              >
                {fileMissing ? t('blueprintImport.fileMissing') : t('blueprintImport.fileHint')}
              </Typography.Paragraph>
            </div>
            <Form.Item
              name="code"
              label={t('blueprintImport.code')}
              extra={t('blueprintImport.codeHelp')}
              rules={[rules.required(t('blueprintImport.code'))]}
            >
              <Input autoComplete="off" />
            </Form.Item>
            <Form.Item
              name="name"
              label={t('blueprintImport.name')}
              rules={[rules.required(t('blueprintImport.name'))]}
            >
              <Input />
            </Form.Item>
            <Form.Item
              name="nameEn"
              label={t('blueprintImport.nameEn')}
              rules={[rules.required(t('blueprintImport.nameEn'))]}
            >
              <Input />
            </Form.Item>
            <Form.Item
              name="departmentCode"
              label={t('blueprintImport.department')}
              rules={[rules.requiredSelect(t('blueprintImport.department'))]}
            >
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                loading={departments.isPending}
                options={(departments.data ?? []).map((d) => ({ value: d.code, label: d.name }))}
              />
            </Form.Item>
            <Form.Item
              name="elementClass"
              label={t('blueprintImport.elementClass')}
              rules={[rules.requiredSelect(t('blueprintImport.elementClass'))]}
            >
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={elementClasses.map((c) => ({ value: c, label: t(`blueprint.elementClass.${c}`) }))}
              />
            </Form.Item>
            <Form.Item
              name="rule"
              label={t('blueprintImport.rule')}
              rules={[rules.requiredSelect(t('blueprintImport.rule'))]}
            >
              <Select
                options={layerRules.map((r) => ({
                  value: r,
                  label: `${t(`blueprint.rule.${r}`)} — ${t(`blueprintImport.ruleHelp.${r}`)}`,
                }))}
              />
            </Form.Item>
            <Form.Item
              name="condition"
              label={t('blueprintImport.condition')}
              extra={t('blueprintImport.conditionHelp')}
            >
              <Input.TextArea rows={2} maxLength={300} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={importer.isPending}>
              {t('blueprintImport.submit')}
            </Button>
          </Form>
          <div aria-live="polite" className="import-outcome">
            {imported && (
              <Alert
                type="success"
                showIcon
                title={t('blueprintImport.done', {
                  name: layerName(imported),
                  version: imported.version,
                  count: imported.featureCount,
                })}
              />
            )}
            {refused.length > 0 && (
              <Alert
                type="error"
                showIcon
                title={t('blueprintImport.refused', { count: refused.length })}
                description={
                  <>
                    <Typography.Paragraph>{t('blueprintImport.refusedIntro')}</Typography.Paragraph>
                    <ul className="problem-lines">
                      {refused.map((e) => (
                        <li key={`${e.field}-${e.code}`}>{e.message}</li>
                      ))}
                    </ul>
                  </>
                }
              />
            )}
            {problem && (refused.length === 0 || others.length > 0) && (
              <ProblemAlert
                problem={{
                  ...problem,
                  ...(refused.length ? { title: t('blueprintImport.alsoWrong'), detail: undefined } : {}),
                  errors: others,
                }}
              />
            )}
          </div>
        </Card>
        <Card title={t('blueprintImport.existing', { count: layers.data?.length ?? 0 })}>
          <Table<Layer>
            size="small"
            rowKey="id"
            loading={layers.isPending}
            dataSource={newestFirst}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            scroll={{ x: 'max-content' }}
            columns={[
              {
                key: 'name',
                title: t('blueprintImport.name'),
                render: (_, l) => (
                  <>
                    <div>{layerName(l)}</div>
                    <Typography.Text type="secondary" className="mono">
                      {l.code}
                    </Typography.Text>
                  </>
                ),
              },
              {
                key: 'department',
                title: t('blueprintImport.department'),
                render: (_, l) => l.department.name,
              },
              { key: 'rule', title: t('blueprintImport.rule'), render: (_, l) => <RuleTag rule={l.rule} /> },
              {
                key: 'version',
                title: t('blueprintImport.version'),
                dataIndex: 'version',
                responsive: ['md'],
              },
              {
                key: 'count',
                title: t('blueprintImport.features'),
                dataIndex: 'featureCount',
                responsive: ['md'],
              },
              {
                key: 'updated',
                title: t('blueprintImport.updatedAt'),
                render: (_, l) => formatDateTime(l.updatedAt),
                responsive: ['lg'],
              },
            ]}
          />
        </Card>
      </div>
    </>
  );
}
