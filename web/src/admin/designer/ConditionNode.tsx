import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Condition, FormField } from '../../api/catalogueTypes';
import { type ConditionType, conditionFields, convert, firstTest, typeOf } from './conditions';

interface Props {
  value: Condition;
  onChange: (value: Condition) => void;
  siblings: readonly FormField[];
  /** Unique per node, for the ids that tie each label to its control. */
  id: string;
}

function EqualsTest({
  value,
  onChange,
  siblings,
  id,
}: Props & { value: Extract<Condition, { field: string }> }) {
  const { t } = useTranslation();
  const fields = conditionFields(siblings);
  const target = fields.find((f) => f.name === value.field);
  const options = target && 'options' in target ? target.options : undefined;
  const setField = (name: string) => {
    const next = fields.find((f) => f.name === name);
    const first = next && 'options' in next ? next.options[0] : undefined;
    onChange({ field: name, equals: first ?? (next?.kind === 'number' ? 0 : '') });
  };

  return (
    <div className="condition-test">
      <Form.Item label={t('designer.condition.field')} htmlFor={`${id}-field`} layout="vertical">
        <Select
          id={`${id}-field`}
          value={value.field || undefined}
          onChange={setField}
          options={fields.map((f) => ({
            value: f.name,
            label: f.label ? t('common.withNote', { text: f.label, note: f.name }) : f.name,
          }))}
          popupMatchSelectWidth={false}
        />
      </Form.Item>
      <Form.Item label={t('designer.condition.value')} htmlFor={`${id}-value`} layout="vertical">
        {options ? (
          <Select
            id={`${id}-value`}
            value={String(value.equals)}
            onChange={(equals) => onChange({ ...value, equals })}
            options={options.map((o) => ({ value: o, label: o }))}
            popupMatchSelectWidth={false}
          />
        ) : target?.kind === 'number' ? (
          <InputNumber
            id={`${id}-value`}
            value={typeof value.equals === 'number' ? value.equals : undefined}
            onChange={(equals) => onChange({ ...value, equals: equals ?? 0 })}
          />
        ) : (
          <Input
            id={`${id}-value`}
            value={String(value.equals ?? '')}
            placeholder={t('designer.condition.valuePlaceholder')}
            onChange={(event) => onChange({ ...value, equals: event.target.value })}
          />
        )}
      </Form.Item>
    </div>
  );
}

/** One node of a condition: a test, or and / or / not over further nodes. */
export function ConditionNode({ value, onChange, siblings, id }: Props) {
  const { t } = useTranslation();
  const type = typeOf(value);
  const types: ConditionType[] = ['equals', 'all', 'any', 'not'];
  const members = 'all' in value ? value.all : 'any' in value ? value.any : [];
  const setMembers = (next: Condition[]) => onChange(type === 'all' ? { all: next } : { any: next });

  return (
    <div className={`condition-node condition-${type}`}>
      <Form.Item label={t('designer.condition.type')} htmlFor={`${id}-type`} layout="vertical">
        <Select
          id={`${id}-type`}
          value={type}
          onChange={(to) => onChange(convert(value, to, siblings))}
          options={types.map((v) => ({ value: v, label: t(`designer.condition.${v}`) }))}
          popupMatchSelectWidth={false}
        />
      </Form.Item>
      {'field' in value && <EqualsTest value={value} onChange={onChange} siblings={siblings} id={id} />}
      {'not' in value && (
        <div className="condition-children">
          <ConditionNode
            value={value.not}
            onChange={(not) => onChange({ not })}
            siblings={siblings}
            id={`${id}-n`}
          />
        </div>
      )}
      {(type === 'all' || type === 'any') && (
        <ol className="condition-children">
          {members.map((member, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: members have no identity but their place
            <li key={index} aria-label={t('designer.condition.child', { n: index + 1 })}>
              <ConditionNode
                value={member}
                onChange={(next) => setMembers(members.map((m, i) => (i === index ? next : m)))}
                siblings={siblings}
                id={`${id}-${index}`}
              />
              <Button
                size="small"
                type="text"
                danger
                icon={<DeleteOutlined />}
                disabled={members.length === 1}
                onClick={() => setMembers(members.filter((_, i) => i !== index))}
              >
                {t('designer.condition.removeChild', { n: index + 1 })}
              </Button>
            </li>
          ))}
          <li>
            <Button
              size="small"
              icon={<PlusOutlined />}
              onClick={() => setMembers([...members, firstTest(siblings)])}
            >
              {t('designer.condition.addChild')}
            </Button>
          </li>
        </ol>
      )}
    </div>
  );
}
