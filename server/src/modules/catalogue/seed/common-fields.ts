/**
 * Field builders for the application forms of the seed, and the blocks of fields many
 * matters share (applicant, agent, delivery, project). Fields are required unless told.
 */
import type { Condition, FormField } from '../model.js';

type TextField = Extract<FormField, { kind: 'text' | 'textarea' }>;
type NumberField = Extract<FormField, { kind: 'number' }>;
type PlainField = Extract<
  FormField,
  { kind: 'date' | 'idNumber' | 'creditCode' | 'mobile' | 'address' | 'file' }
>;
type ChoiceField = Extract<FormField, { kind: 'select' | 'radio' | 'checkboxes' }>;
type GroupField = Extract<FormField, { kind: 'group' }>;
type Options<T> = Partial<Omit<T, 'kind' | 'name' | 'label'>>;

export const text = (name: string, label: string, o: Options<TextField> = {}): FormField => ({
  kind: 'text',
  name,
  label,
  required: true,
  ...o,
});
export const textarea = (name: string, label: string, o: Options<TextField> = {}): FormField => ({
  kind: 'textarea',
  name,
  label,
  required: true,
  maxLength: 1000,
  ...o,
});
/** A number with its unit; pass '' for a pure number (容积率, 年度…). */
export const num = (name: string, label: string, unit: string, o: Options<NumberField> = {}): FormField => ({
  kind: 'number',
  name,
  label,
  ...(unit ? { unit } : {}),
  min: 0,
  required: true,
  ...o,
});

const plain =
  (kind: PlainField['kind']) =>
  (name: string, label: string, o: Options<PlainField> = {}): FormField => ({
    kind,
    name,
    label,
    required: true,
    ...o,
  });
export const date = plain('date');
export const idNo = plain('idNumber');
export const credit = plain('creditCode');
export const mobile = plain('mobile');
export const address = plain('address');
export const file = plain('file');

const choice =
  (kind: ChoiceField['kind']) =>
  (name: string, label: string, options: string[], o: Options<ChoiceField> = {}): FormField => ({
    kind,
    name,
    label,
    options,
    required: true,
    ...o,
  });
export const select = choice('select');
export const radio = choice('radio');
export const checkboxes = choice('checkboxes');

export const group = (
  name: string,
  label: string,
  fields: FormField[],
  o: Options<GroupField> = {},
): FormField => ({
  kind: 'group',
  name,
  label,
  fields,
  required: true,
  ...o,
});

/** A repeating group (家庭成员, 股东…): at least one entry unless told otherwise. */
export const rows = (
  name: string,
  label: string,
  fields: FormField[],
  o: Options<GroupField> = {},
): FormField => group(name, label, fields, { repeat: true, minItems: 1, ...o });

export const eq = (field: string, equals: string | number | boolean): Condition => ({ field, equals });
export const all = (...c: Condition[]): Condition => ({ all: c });
export const any = (...c: Condition[]): Condition => ({ any: c });
export const not = (c: Condition): Condition => ({ not: c });

export const YES_NO = ['是', '否'];
export const optional = { required: false } as const;

/** The applicant as a natural person. */
export function personApplicant(o: { address?: boolean; label?: string } = {}): FormField[] {
  const who = o.label ?? '申请人';
  return [
    text('applicantName', `${who}姓名`, { maxLength: 50 }),
    idNo('applicantIdNumber', `${who}公民身份号码`),
    mobile('applicantMobile', `${who}手机号码`),
    ...(o.address ? [address('applicantAddress', `${who}现居住地址`)] : []),
  ];
}

/** The applicant as an organisation (enterprise, institution, social organisation). */
export function organizationApplicant(o: { label?: string } = {}): FormField[] {
  const who = o.label ?? '申请单位';
  return [
    text('orgName', `${who}名称`, { maxLength: 100 }),
    credit('creditCode', '统一社会信用代码'),
    text('legalRepName', '法定代表人（负责人）姓名', { maxLength: 50 }),
    text('contactName', '经办人姓名', { maxLength: 50 }),
    mobile('contactMobile', '经办人手机号码'),
  ];
}

export const AGENT_OPTIONS = ['本人办理', '委托他人代办'];

/** Whether someone else applies on the applicant's behalf, and who. */
export function agentFields(): FormField[] {
  return [
    radio('applyMode', '办理方式', AGENT_OPTIONS),
    group(
      'agent',
      '受托人信息',
      [
        text('agentName', '受托人姓名', { maxLength: 50 }),
        idNo('agentIdNumber', '受托人公民身份号码'),
        mobile('agentMobile', '受托人手机号码'),
      ],
      { visibleIf: eq('applyMode', '委托他人代办') },
    ),
  ];
}

export const DELIVERY_OPTIONS = ['窗口领取', '邮政寄递'];

/** How the result reaches the applicant: at the window or by post. */
export function deliveryFields(o: { online?: boolean } = {}): FormField[] {
  const options = o.online ? ['电子证照（无需领取）', ...DELIVERY_OPTIONS] : DELIVERY_OPTIONS;
  return [
    radio('deliveryMethod', '结果领取方式', options),
    text('recipientName', '收件人姓名', { visibleIf: eq('deliveryMethod', '邮政寄递'), maxLength: 50 }),
    mobile('recipientMobile', '收件人手机号码', { visibleIf: eq('deliveryMethod', '邮政寄递') }),
    address('deliveryAddress', '寄递地址', { visibleIf: eq('deliveryMethod', '邮政寄递') }),
  ];
}

/** The national investment project code, e.g. 2024-440604-47-03-012345. */
export const PROJECT_CODE_PATTERN = '^\\d{4}-\\d{6}-\\d{2}-\\d{2}-\\d{6}$';

export const PROJECT_CATEGORIES = [
  '政府投资房屋建筑类',
  '政府投资城市道路交通类',
  '政府投资带方案出让用地的产业类',
  '社会投资房屋建筑类',
  '社会投资带方案出让用地的产业类',
  '社会投资小型工程',
  '社会投资低风险工业厂房',
  '线性工程类',
  '其他类',
];

/** The construction project a stage application is about. */
export function projectFields(o: { code?: boolean } = {}): FormField[] {
  return [
    ...(o.code === false
      ? []
      : [
          text('projectCode', '投资项目代码', {
            pattern: PROJECT_CODE_PATTERN,
            help: '在广东省投资项目在线审批监管平台赋码，格式如 2024-440604-47-03-012345',
          }),
        ]),
    text('projectName', '项目名称', { maxLength: 100 }),
    select('projectCategory', '项目分类', PROJECT_CATEGORIES),
    address('projectSite', '建设地点'),
  ];
}

/** The bank account a benefit is paid into. */
export function bankFields(): FormField[] {
  return [
    text('bankName', '开户银行', { maxLength: 50 }),
    text('bankAccount', '银行账号（社保卡金融账户）', { pattern: '^\\d{12,25}$' }),
  ];
}
