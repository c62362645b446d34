import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldCount } from '../catalogue/form-schema.js';
import type { FormField, Material } from '../catalogue/index.js';
import { type MatterForm, materialIdentity, mergeStageForm } from './stage-form.js';

const NAMES = ['orgName', 'creditCode', 'projectName', 'landArea', 'site', 'contractor'];
const OPTIONS = ['是', '否', '划拨', '出让'];

const leaf: fc.Arbitrary<FormField> = fc.oneof(
  fc.record({
    kind: fc.constant('text' as const),
    label: fc.constant('文本'),
    required: fc.boolean(),
    maxLength: fc.option(fc.integer({ min: 10, max: 200 }), { nil: undefined }),
  }),
  fc.record({
    kind: fc.constant('number' as const),
    label: fc.constant('数值'),
    required: fc.boolean(),
    min: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
    max: fc.option(fc.integer({ min: 100, max: 1000 }), { nil: undefined }),
  }),
  fc.record({
    kind: fc.constant('select' as const),
    label: fc.constant('选择'),
    required: fc.boolean(),
    options: fc.subarray(OPTIONS, { minLength: 1 }),
  }),
  fc.record({ kind: fc.constant('date' as const), label: fc.constant('日期'), required: fc.boolean() }),
) as fc.Arbitrary<FormField>;

/** Fields with distinct names, as a matter's form has them. */
const fieldList = (inner: fc.Arbitrary<FormField>) =>
  fc
    .uniqueArray(fc.constantFrom(...NAMES), { maxLength: NAMES.length })
    .chain((names) => fc.tuple(...names.map((name) => inner.map((f) => ({ ...f, name }) as FormField))));

const field: fc.Arbitrary<FormField> = fc.oneof(
  { weight: 4, arbitrary: leaf },
  {
    weight: 1,
    arbitrary: fieldList(leaf).map(
      (fields): FormField => ({ kind: 'group', label: '分组', required: true, fields, name: 'x' }),
    ),
  },
);

const MATERIALS: Omit<Material, 'id' | 'requirement' | 'key'>[] = [
  { name: '营业执照', form: 'electronic', copies: 0, source: { kind: 'license', licenseType: '营业执照' } },
  {
    name: '营业执照副本',
    form: 'electronic',
    copies: 0,
    source: { kind: 'license', licenseType: '营业执照' },
  },
  {
    name: '建设工程规划许可证',
    form: 'electronic',
    copies: 0,
    source: { kind: 'license', licenseType: '建设工程规划许可证' },
  },
  { name: '施工合同', form: 'copy', copies: 1, source: { kind: 'applicant' } },
  { name: '施工图审查合格书', form: 'original', copies: 2, source: { kind: 'applicant' } },
  {
    name: '居民身份证',
    form: 'electronic',
    copies: 0,
    source: { kind: 'shared_data', dataset: '居民身份证' },
  },
];

const materialList = fc
  .uniqueArray(fc.constantFrom(...MATERIALS), { maxLength: MATERIALS.length })
  .chain((ms) =>
    fc.tuple(
      ...ms.map((m, i) =>
        fc.record({ required: fc.boolean(), key: fc.boolean() }).map(
          ({ required, key }): Material => ({
            ...m,
            id: `m${i + 1}`,
            key,
            requirement: required ? 'required' : 'conditional',
            ...(required ? {} : { condition: `条件${i}` }),
          }),
        ),
      ),
    ),
  );

const matterForms = fc
  .array(fc.tuple(fieldList(field), materialList), { minLength: 1, maxLength: 5 })
  .map((forms): MatterForm[] =>
    forms.map(([fields, materials], i) => ({ matterCode: `440600-ZJ-020${i}`, fields, materials })),
  );

const keyOf = (f: FormField) => `${f.name}/${f.kind}`;

describe('一张表单: a stage form from its matters’ forms', () => {
  it('asks every field of every matter, each name and kind once, and counts what it saves', () => {
    fc.assert(
      fc.property(matterForms, (forms) => {
        const merged = mergeStageForm(forms);
        const distinct = new Set(forms.flatMap((f) => f.fields.map(keyOf)));
        expect(merged.fields).toHaveLength(distinct.size);
        expect(new Set(merged.fields.map((f) => f.name)).size).toBe(merged.fields.length);
        // Every matter's field is answered by exactly one field of the merged form.
        const sources = Object.values(merged.fieldSources).flat();
        expect(sources).toHaveLength(forms.reduce((n, f) => n + f.fields.length, 0));
        for (const f of forms)
          for (const ff of f.fields)
            expect(sources.filter((s) => s.matterCode === f.matterCode && s.name === ff.name)).toHaveLength(
              1,
            );
        const separately = forms.reduce((n, f) => n + fieldCount(f.fields), 0);
        expect(merged.savings).toMatchObject({
          fieldsSeparately: separately,
          fieldsMerged: fieldCount(merged.fields),
          fieldsSaved: separately - fieldCount(merged.fields),
        });
        expect(merged.savings.fieldsMerged).toBeLessThanOrEqual(separately);
      }),
    );
  });

  it('keeps one of each material, required and key when any matter makes it so', () => {
    fc.assert(
      fc.property(matterForms, (forms) => {
        const merged = mergeStageForm(forms);
        const all = forms.flatMap((f) => f.materials.map((m) => ({ matterCode: f.matterCode, m })));
        const identities = new Set(all.map(({ m }) => materialIdentity(m)));
        expect(merged.materials.map((m) => m.identity).sort()).toEqual([...identities].sort());
        expect(merged.savings.materialsSaved).toBe(all.length - identities.size);
        for (const sm of merged.materials) {
          const same = all.filter(({ m }) => materialIdentity(m) === sm.identity);
          expect(sm.sources).toEqual(same.map(({ matterCode, m }) => ({ matterCode, materialId: m.id })));
          expect(sm.key).toBe(same.some(({ m }) => m.key));
          expect(sm.requirement).toBe(
            same.some(({ m }) => m.requirement === 'required') ? 'required' : 'conditional',
          );
          expect(sm.copies).toBe(Math.max(...same.map(({ m }) => m.copies)));
        }
      }),
    );
  });

  it('saves no field for one matter, and a whole form for the same form twice', () => {
    fc.assert(
      fc.property(fieldList(field), materialList, (fields, materials) => {
        const one = mergeStageForm([{ matterCode: 'A', fields, materials }]);
        expect(one.fields.map((f) => f.name)).toEqual(fields.map((f) => f.name));
        expect(one.savings.fieldsSaved).toBe(0);
        // Within one matter too, two materials one licence satisfies are one.
        const distinct = new Set(materials.map(materialIdentity)).size;
        expect(one.savings.materialsSaved).toBe(materials.length - distinct);
        const twice = mergeStageForm([
          { matterCode: 'A', fields, materials },
          { matterCode: 'B', fields, materials },
        ]);
        expect(twice.savings.fieldsSaved).toBe(fieldCount(fields));
        expect(twice.savings.materialsSaved).toBe(2 * materials.length - distinct);
        expect(twice.conflicts).toEqual([]);
      }),
    );
  });

  it('accepts only what every matter accepts, and says where matters disagree', () => {
    const merged = mergeStageForm([
      {
        matterCode: 'A',
        materials: [],
        fields: [
          { kind: 'number', name: 'landArea', label: '用地面积', unit: '平方米', min: 0, max: 1000 },
          {
            kind: 'select',
            name: 'landSupply',
            label: '供地方式',
            options: ['划拨', '出让', '其他'],
            required: true,
          },
          { kind: 'text', name: 'projectName', label: '项目名称', maxLength: 100, required: false },
        ],
      },
      {
        matterCode: 'B',
        materials: [],
        fields: [
          { kind: 'number', name: 'landArea', label: '用地面积', unit: '公顷', min: 1, max: 5000 },
          {
            kind: 'select',
            name: 'landSupply',
            label: '供地方式',
            options: ['出让', '划拨'],
            required: false,
          },
          { kind: 'text', name: 'projectName', label: '项目名称', maxLength: 50, required: true },
          { kind: 'date', name: 'landArea', label: '用地日期' },
        ],
      },
    ]);
    expect(merged.fields).toEqual([
      {
        kind: 'number',
        name: 'landArea',
        label: '用地面积',
        unit: '平方米',
        min: 1,
        max: 1000,
        required: false,
      },
      { kind: 'select', name: 'landSupply', label: '供地方式', options: ['划拨', '出让'], required: true },
      { kind: 'text', name: 'projectName', label: '项目名称', maxLength: 50, required: true },
      // Same name, another kind: kept apart, named after its matter.
      { kind: 'date', name: 'landArea__B', label: '用地日期' },
    ]);
    expect(merged.conflicts).toEqual([{ field: 'landArea', constraint: 'unit', matterCodes: ['A', 'B'] }]);
    expect(merged.fieldSources.landArea__B).toEqual([{ matterCode: 'B', name: 'landArea' }]);
  });
});
