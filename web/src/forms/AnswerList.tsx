import './answers.css';
import type { ReactNode } from 'react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { JsonSchema } from '../api/catalogueTypes';
import { useDivisions } from '../api/directory';
import type { Division } from '../api/types';
import { activeProperties } from './answers';
import { type AnswerWords, answerText } from './answerText';

type Data = Record<string, unknown>;
type Ui = Record<string, unknown>;

interface Props {
  schema: JsonSchema;
  uiSchema: Ui;
  data: Data;
  /** Which top-level answers to list (a step's); all asked ones when left out. */
  fields?: readonly string[];
  /** The 修改 link of a top-level answer. */
  action?: (field: string, label: string) => ReactNode;
  /** Top-level order, when it is not the form's (the flow lists answers in the order it asked them). */
  order?: readonly string[];
}

interface Context {
  words: AnswerWords;
  divisions: ReadonlyMap<string, Division>;
  itemLabel: (n: number) => string;
}

const isObject = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function ordered(
  schema: JsonSchema,
  ui: Ui | undefined,
  data: Data,
  given?: readonly string[],
): [string, JsonSchema][] {
  const props = activeProperties(schema, data);
  const order = (given ?? (ui?.['ui:order'] as string[] | undefined) ?? []).filter((n) => n in props);
  return [...order, ...Object.keys(props).filter((n) => !order.includes(n))].map((n) => [n, props[n]!]);
}

const titleOf = (schema: JsonSchema, name: string) =>
  typeof schema.title === 'string' ? schema.title : name;

function Value({ schema, ui, value, ctx }: { schema: JsonSchema; ui?: Ui; value: unknown; ctx: Context }) {
  const isAddress = ui?.['ui:field'] === 'address';
  if (!isAddress && schema.type === 'object' && isObject(value)) {
    return <Rows schema={schema} ui={ui} data={value} ctx={ctx} nested />;
  }
  if (schema.type === 'array' && isObject(schema.items) && Array.isArray(value) && value.length > 0) {
    const items = schema.items as JsonSchema;
    if (items.type === 'object') {
      return (
        <ol className="answer-items">
          {value.map((item, i) => (
            // Rows have no identity of their own; their place is what the applicant sees.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <li key={i}>
              <span className="answer-item-label">{ctx.itemLabel(i + 1)}</span>
              <Rows
                schema={items}
                ui={ui?.items as Ui | undefined}
                data={isObject(item) ? item : {}}
                ctx={ctx}
                nested
              />
            </li>
          ))}
        </ol>
      );
    }
  }
  return <>{answerText(schema, ui, value, ctx.words, ctx.divisions)}</>;
}

function Rows(props: {
  schema: JsonSchema;
  ui?: Ui;
  data: Data;
  ctx: Context;
  fields?: readonly string[];
  action?: Props['action'];
  order?: readonly string[];
  nested?: boolean;
}) {
  const rows = ordered(props.schema, props.ui, props.data, props.order).filter(
    ([name]) => !props.fields || props.fields.includes(name),
  );
  return (
    <dl
      className={[
        'answer-list',
        props.nested && 'answer-list-nested',
        !props.action && 'answer-list-readonly',
      ]
        .filter(Boolean)
        .join(' ')}
    >
      {rows.map(([name, sub]) => {
        const label = titleOf(sub, name);
        return (
          <div key={name} className="answer-row">
            <dt className="answer-key">{label}</dt>
            <dd className="answer-value">
              <Value
                schema={sub}
                ui={props.ui?.[name] as Ui | undefined}
                value={props.data[name]}
                ctx={props.ctx}
              />
            </dd>
            {props.action && <dd className="answer-action">{props.action(name, label)}</dd>}
          </div>
        );
      })}
    </dl>
  );
}

/** Answers with their questions' labels (GOV.UK summary list): the check page, the application's detail. */
export function AnswerList(props: Props) {
  const { t } = useTranslation();
  const divisionList = useDivisions();
  const divisions = useMemo(
    () => new Map((divisionList.data ?? []).map((d) => [d.code, d])),
    [divisionList.data],
  );
  const ctx: Context = {
    words: {
      empty: t('answers.empty'),
      yes: t('sampleForm.ui.yes'),
      no: t('sampleForm.ui.no'),
      separator: t('common.listSeparator'),
      unit: (value, unit) => t('answers.withUnit', { value, unit }),
    },
    divisions,
    itemLabel: (n) => t('answers.item', { n }),
  };
  return (
    <Rows
      schema={props.schema}
      ui={props.uiSchema}
      data={props.data}
      ctx={ctx}
      fields={props.fields}
      action={props.action}
      order={props.order}
    />
  );
}
