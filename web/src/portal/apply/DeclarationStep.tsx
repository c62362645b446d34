import { Checkbox, Form, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useServiceCenters } from '../../api/directory';
import type { Problem } from '../../api/types';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { ApplyActions } from './ApplyActions';

/**
 * How the applicant receives the result: electronically, or at a service centre of their choice
 * (通办); and whether an organisation signs with its own electronic seal.
 */
export interface Collection {
  collectAt?: string;
  signWithOrganizationSeal?: true;
}

interface Props {
  /** The organisation applied for: it may sign with its electronic seal. */
  organizationName?: string;
  submitting: boolean;
  problem: Problem | null;
  onSubmit: (collection: Collection) => void;
  onPrevious: () => void;
}

interface Values {
  declaration: boolean;
  collection: 'electronic' | 'atCenter';
  collectAt?: string;
  seal?: boolean;
}

/** 承诺声明: the applicant's signed word that the answers are true; nothing is sent without it. */
export function DeclarationStep(props: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const centers = useServiceCenters();
  const atCenter = Form.useWatch('collection', form) === 'atCenter';
  return (
    <Form
      form={form}
      layout="vertical"
      requiredMark={false}
      initialValues={{ collection: 'electronic' }}
      onFinish={(values) =>
        props.onSubmit({
          ...(values.collection === 'atCenter' ? { collectAt: values.collectAt } : {}),
          ...(props.organizationName && values.seal ? { signWithOrganizationSeal: true } : {}),
        })
      }
    >
      <ProblemAlert problem={props.problem} />
      <Form.Item name="collection" label={t('apply.collection.label')}>
        <Radio.Group
          className="collection-choice"
          options={[
            { value: 'electronic', label: t('apply.collection.electronic') },
            { value: 'atCenter', label: t('apply.collection.atCenter') },
          ]}
        />
      </Form.Item>
      {atCenter && (
        <Form.Item
          name="collectAt"
          label={t('apply.collection.center')}
          extra={t('apply.collection.centerHint')}
          rules={[{ required: true, message: t('apply.collection.centerRequired') }]}
        >
          <Select
            loading={centers.isPending}
            showSearch={{ optionFilterProp: 'label' }}
            options={(centers.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          />
        </Form.Item>
      )}
      <blockquote className="declaration-text">{t('apply.declaration.text')}</blockquote>
      {props.organizationName && (
        <Form.Item
          name="seal"
          valuePropName="checked"
          label={t('zeroSubmission.seal.label')}
          extra={t('zeroSubmission.seal.hint', { org: props.organizationName })}
        >
          <Checkbox className="declaration-seal">{t('zeroSubmission.seal.option')}</Checkbox>
        </Form.Item>
      )}
      <Form.Item
        name="declaration"
        valuePropName="checked"
        rules={[
          {
            validator: (_, value) =>
              value ? Promise.resolve() : Promise.reject(new Error(t('apply.declaration.required'))),
          },
        ]}
      >
        <Checkbox className="declaration-agree">{t('apply.declaration.agree')}</Checkbox>
      </Form.Item>
      <ApplyActions
        primary={{
          label: props.submitting ? t('apply.declaration.submitting') : t('apply.declaration.submit'),
          loading: props.submitting,
        }}
        onPrevious={props.onPrevious}
      />
    </Form>
  );
}
