import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonSchema } from '../../api/catalogueTypes';
import type { ProjectDetail } from '../../api/projects';
import { prefillFromProject } from './prefill';

const project: ProjectDetail = {
  id: 'p1',
  projectCode: '2026-440604-70-03-000321',
  name: '季华实验室配套研发中心',
  owner: { name: '佛山市示例科技有限公司', creditCode: '91440604MA4W12345N' },
  category: { code: 'social_building', name: '社会投资房屋建筑类', capWorkingDays: 45 },
  intendedUse: 'commercial',
  investmentFen: 12_000 * 1_000_000,
  siteAreaM2: 14_800,
  registeredAt: '2026-11-26T03:00:00.000Z',
  site: { type: 'Polygon', coordinates: [] },
  bbox: { minLng: 113, minLat: 23, maxLng: 113.01, maxLat: 23.01 },
  landAreaM2: 15_000,
  floorAreaM2: 42_000,
  contact: { name: '王五', mobile: '13800138003' },
  stages: [],
  planning: null,
};

const text = { type: 'string' };
const amount = { type: 'number' };
const schemaOf = (properties: Record<string, JsonSchema>): JsonSchema => ({ type: 'object', properties });

describe('prefillFromProject', () => {
  it('answers what the registration already says, in the fields the merged form has', () => {
    const schema = schemaOf({
      orgName: text,
      creditCode: text,
      projectName: text,
      projectCode: text,
      contactMobile: text,
      projectCategory: { type: 'string', enum: ['政府投资房屋建筑类', '社会投资房屋建筑类'] },
      landUse: { type: 'string', enum: ['居住用地', '商业服务业用地'] },
      totalInvestment: amount,
      landArea: amount,
      scale: text,
    });
    const uiSchema = {
      totalInvestment: { 'ui:options': { addonAfter: '万元' } },
      landArea: { 'ui:options': { addonAfter: '平方米' } },
    };
    expect(prefillFromProject(schema, uiSchema, project)).toEqual({
      orgName: '佛山市示例科技有限公司',
      creditCode: '91440604MA4W12345N',
      projectName: '季华实验室配套研发中心',
      projectCode: '2026-440604-70-03-000321',
      contactMobile: '13800138003',
      projectCategory: '社会投资房屋建筑类',
      landUse: '商业服务业用地',
      totalInvestment: 12_000,
      landArea: 15_000,
    });
  });

  it('leaves a field alone when its kind, its unit or its options do not fit', () => {
    const schema = schemaOf({
      projectName: amount,
      projectCategory: { type: 'string', enum: ['线性工程类'] },
      landArea: amount,
      buildingArea: amount,
    });
    // 公顷 is not the registration's m².
    const uiSchema = { landArea: { 'ui:options': { addonAfter: '公顷' } } };
    expect(prefillFromProject(schema, uiSchema, project)).toEqual({});
  });

  it('never answers with a masked contact, and only with fields the form has', () => {
    fc.assert(
      fc.property(
        fc.subarray(['orgName', 'contactName', 'contactMobile', 'projectName', 'unknownField']),
        fc.boolean(),
        (names, masked) => {
          const viewed = masked ? { ...project, contact: { name: '王*', mobile: '138****8003' } } : project;
          const schema = schemaOf(Object.fromEntries(names.map((n) => [n, text])));
          const data = prefillFromProject(schema, {}, viewed);
          for (const key of Object.keys(data)) expect(names).toContain(key);
          for (const value of Object.values(data)) expect(String(value)).not.toContain('*');
          if (!masked && names.includes('contactName')) expect(data.contactName).toBe('王五');
        },
      ),
    );
  });
});
