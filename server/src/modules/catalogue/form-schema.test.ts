import { Ajv } from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileForm, conditionSchema } from './form-schema.js';
import { validateFormData } from './form-validator.js';
import type { Condition, FormField } from './model.js';

const FORM: FormField[] = [
  { name: 'applicantName', label: '申请人姓名', kind: 'text', required: true },
  { name: 'idNumber', label: '身份证号', kind: 'idNumber', required: true },
  { name: 'mobile', label: '手机号码', kind: 'mobile', required: true },
  {
    name: 'reason',
    label: '申请原因',
    kind: 'select',
    options: ['首次申领', '补领', '换领'],
    required: true,
  },
  {
    name: 'lostPlace',
    label: '遗失地点',
    kind: 'text',
    required: true,
    visibleIf: { field: 'reason', equals: '补领' },
  },
  {
    name: 'oldCardNumber',
    label: '原卡号',
    kind: 'text',
    required: true,
    visibleIf: {
      all: [{ not: { field: 'reason', equals: '首次申领' } }, { field: 'hasOldCard', equals: '是' }],
    },
  },
  { name: 'hasOldCard', label: '是否持有旧卡', kind: 'radio', options: ['是', '否'] },
  { name: 'address', label: '邮寄地址', kind: 'address' },
  {
    name: 'members',
    label: '家庭成员',
    kind: 'group',
    repeat: true,
    fields: [{ name: 'name', label: '姓名', kind: 'text', required: true }],
  },
];
const { schema } = compileForm('社会保障卡申领', FORM);
const check = (data: object) => validateFormData('test-form', schema, data);
const valid = {
  applicantName: '张三',
  idNumber: '44060419900101123X',
  mobile: '13800138001',
  reason: '首次申领',
};

describe('matter forms', () => {
  it('accepts complete answers', () => {
    expect(check(valid)).toEqual([]);
  });

  it('names each wrong or missing field with a localisable code', () => {
    expect(check({ ...valid, idNumber: '440604199001011231', mobile: '123' })).toEqual([
      { field: 'idNumber', code: 'idNumber.check_char' },
      { field: 'mobile', code: 'mobile.invalid' },
    ]);
    expect(check({ idNumber: valid.idNumber, mobile: valid.mobile, reason: '首次申领' })).toEqual([
      { field: 'applicantName', code: 'validation.required' },
    ]);
    expect(check({ ...valid, reason: '挂失' })).toEqual([
      { field: 'reason', code: 'validation.invalid_value' },
    ]);
  });

  it('requires a conditional field only when its condition holds', () => {
    expect(check({ ...valid, reason: '补领' })).toEqual([
      { field: 'lostPlace', code: 'validation.required' },
    ]);
    expect(check({ ...valid, reason: '补领', lostPlace: '禅城区' })).toEqual([]);
  });

  it('combines and / not in conditions', () => {
    const base = { ...valid, reason: '换领' };
    expect(check({ ...base, hasOldCard: '否' })).toEqual([]);
    expect(check({ ...base, hasOldCard: '是' })).toEqual([
      { field: 'oldCardNumber', code: 'validation.required' },
    ]);
    expect(check({ ...valid, hasOldCard: '是' })).toEqual([]);
  });

  it('validates repeating groups and addresses', () => {
    expect(check({ ...valid, members: [{ name: '' }] })).toEqual([
      { field: 'members.0.name', code: 'validation.required' },
    ]);
    expect(check({ ...valid, address: { division: ['440600', '440604'], detail: '' } })).toEqual([
      { field: 'address.detail', code: 'validation.required' },
    ]);
  });
});

// A direct evaluator of the condition language, to hold the JSON Schema compilation to.
function holds(c: Condition, data: Record<string, unknown>): boolean {
  if ('field' in c) return data[c.field] === c.equals;
  if ('all' in c) return c.all.every((x) => holds(x, data));
  if ('any' in c) return c.any.some((x) => holds(x, data));
  return !holds(c.not, data);
}

const fieldNames = fc.constantFrom('a', 'b', 'c');
const values = fc.constantFrom<string | number | boolean>('x', 'y', 1, 2, true, false);
const conditionArb: fc.Arbitrary<Condition> = fc.letrec<{ c: Condition }>((tie) => ({
  c: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ field: fieldNames, equals: values }),
    fc.record({ all: fc.array(tie('c'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('c'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ not: tie('c') }),
  ),
})).c;

describe('condition compilation', () => {
  const ajv = new Ajv({ strict: false });
  it('agrees with the meaning of and / or / not for any condition and any data', () => {
    fc.assert(
      fc.property(
        conditionArb,
        fc.dictionary(fieldNames, values),
        (c, data) => ajv.validate(conditionSchema(c), data) === holds(c, data),
      ),
      { numRuns: 500 },
    );
  });
});
