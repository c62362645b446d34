import { Badge, Form, Tabs } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { MatterVersion } from '../../api/catalogueTypes';
import { FormDesigner } from '../designer/FormDesigner';
import { BasicInfoTab } from './BasicInfoTab';
import { EditorHeader } from './EditorHeader';
import { type EditorTab, editorTabs, tabOf } from './editorTabs';
import { GuideProblemAlert } from './GuideProblemAlert';
import type { EditorValues } from './guideForm';
import { MaterialsTab } from './MaterialsTab';
import { useEditorActions } from './useEditorActions';
import { useGuideProblem } from './useGuideProblem';
import { useUnsavedGuard } from './useUnsavedGuard';
import { VersionsTab } from './VersionsTab';

interface Props {
  code: string | undefined;
  versions: MatterVersion[];
  initial: EditorValues;
}

type ErrorCounts = Record<Exclude<EditorTab, 'versions'>, number>;
const noErrors: ErrorCounts = { basic: 0, materials: 0, form: 0 };

/** One matter's editor: the guide in tabs, one antd form across all of them. */
export function MatterEditor({ code, versions, initial }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<EditorValues>();
  const [params, setParams] = useSearchParams();
  const tab = editorTabs.find((key) => key === params.get('tab')) ?? 'basic';
  const [dirty, setDirty] = useState(false);
  const [errors, setErrors] = useState<ErrorCounts>(noErrors);
  const name = Form.useWatch('name', form) ?? initial.name;
  const guard = useUnsavedGuard(dirty);
  const problem = useGuideProblem(form);

  const showTab = (key: EditorTab) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (key === 'basic') next.delete('tab');
        else next.set('tab', key);
        return next;
      },
      { replace: true },
    );
  const goTo = (path: (string | number)[]) => {
    showTab(tabOf(path));
    // After the tab has rendered.
    setTimeout(() => form.scrollToField(path, { block: 'center', focus: true }), 50);
  };
  const countErrors = () => {
    const counts = { ...noErrors };
    for (const field of form.getFieldsError()) if (field.errors.length) counts[tabOf(field.name)]++;
    setErrors(counts);
  };

  // Server errors are set on the fields directly, which antd does not report as a field change.
  // biome-ignore lint/correctness/useExhaustiveDependencies: recount whenever a new problem arrives
  useEffect(() => countErrors(), [problem.placed]);

  const actions = useEditorActions({
    code,
    versions,
    form,
    dirty,
    problem,
    onInvalid: (path) => {
      countErrors();
      goTo(path);
    },
    onSaved: () => {
      guard.settle();
      setDirty(false);
    },
    search: tab === 'basic' ? '' : `?tab=${tab}`,
  });

  const label = (key: Exclude<EditorTab, 'versions'>) => (
    <Badge
      count={errors[key]}
      size="small"
      offset={[8, -2]}
      title={t('editor.tabErrors', { count: errors[key] })}
    >
      {t(`editor.tabs.${key}`)}
    </Badge>
  );

  return (
    <>
      <EditorHeader code={code} name={name} versions={versions} dirty={dirty} actions={actions} />
      <GuideProblemAlert problem={problem.problem} placed={problem.placed} onGo={goTo} />
      {/* No <form> element: the live preview renders its own form inside the designer tab. */}
      <Form
        form={form}
        name="matter"
        component={false}
        layout="vertical"
        initialValues={initial}
        onValuesChange={() => setDirty(true)}
        onFieldsChange={countErrors}
      >
        <Tabs
          activeKey={tab}
          onChange={(key) => showTab(key as EditorTab)}
          className="editor-tabs"
          items={[
            // Every tab is rendered from the start, so validation and server errors reach all fields.
            {
              key: 'basic',
              label: label('basic'),
              forceRender: true,
              children: <BasicInfoTab isNew={!code} />,
            },
            {
              key: 'materials',
              label: label('materials'),
              forceRender: true,
              children: <MaterialsTab code={code} />,
            },
            { key: 'form', label: label('form'), forceRender: true, children: <FormDesigner /> },
            {
              key: 'versions',
              label: t('editor.tabs.versions'),
              children: <VersionsTab versions={versions} />,
            },
          ]}
        />
      </Form>
    </>
  );
}
