import { describe, expect, it } from 'vitest';
import { FOSHAN_DEPARTMENTS, FOSHAN_SERVICE_CENTERS } from '../../directory/seed.js';
import { guideProblems } from '../guide-rules.js';
import { matterGuideInput } from '../guide-schema.js';
import { withMaterialIds } from '../material-ids.js';
import { type Condition, type FormField, THEMES } from '../model.js';
import { DESCRIBED_PLACES, registryHolderOf } from './helpers.js';
import { FOSHAN_LIFE_EVENTS, FOSHAN_MATTERS } from './index.js';

const departments = new Map(FOSHAN_DEPARTMENTS.map(([code, , division]) => [code, division]));
const centres = new Set(FOSHAN_SERVICE_CENTERS.map(([name]) => name));
const described = new Set(DESCRIBED_PLACES);

function conditionLeaves(c: Condition): { field: string; equals: string | number | boolean }[] {
  if ('field' in c) return [c];
  if ('all' in c) return c.all.flatMap(conditionLeaves);
  if ('any' in c) return c.any.flatMap(conditionLeaves);
  return conditionLeaves(c.not);
}

function conditionKinds(c: Condition): string[] {
  if ('field' in c) return ['field'];
  if ('all' in c) return ['all', ...c.all.flatMap(conditionKinds)];
  if ('any' in c) return ['any', ...c.any.flatMap(conditionKinds)];
  return ['not', ...conditionKinds(c.not)];
}

/** Every problem with the fields of one level and the levels below it. */
function fieldProblems(fields: FormField[], path: string): string[] {
  const problems: string[] = [];
  const byName = new Map<string, FormField>();
  for (const f of fields) {
    if (byName.has(f.name)) problems.push(`${path}: duplicate field ${f.name}`);
    byName.set(f.name, f);
    if (!/^[a-z][a-zA-Z0-9]*$/.test(f.name)) problems.push(`${path}: ${f.name} is not camelCase`);
  }
  for (const f of fields) {
    for (const leaf of f.visibleIf ? conditionLeaves(f.visibleIf) : []) {
      const target = byName.get(leaf.field);
      if (!target || leaf.field === f.name) {
        problems.push(`${path}.${f.name}: condition on missing sibling ${leaf.field}`);
      } else if (target.kind === 'checkboxes' || target.kind === 'group') {
        problems.push(`${path}.${f.name}: condition on ${target.kind} ${leaf.field} cannot be an equality`);
      } else if (
        (target.kind === 'select' || target.kind === 'radio') &&
        !target.options.includes(String(leaf.equals))
      ) {
        problems.push(`${path}.${f.name}: ${leaf.field} has no option ${String(leaf.equals)}`);
      }
    }
    if (
      (f.kind === 'select' || f.kind === 'radio' || f.kind === 'checkboxes') &&
      new Set(f.options).size !== f.options.length
    ) {
      problems.push(`${path}.${f.name}: duplicate options`);
    }
    if (f.kind === 'group') problems.push(...fieldProblems(f.fields, `${path}.${f.name}`));
  }
  return problems;
}

function allFields(fields: FormField[]): FormField[] {
  return fields.flatMap((f) => (f.kind === 'group' ? [f, ...allFields(f.fields)] : [f]));
}

describe('the Foshan matter catalogue seed', () => {
  it('has at least 150 matters from at least 20 departments that exist in the directory', () => {
    expect(FOSHAN_MATTERS.length).toBeGreaterThanOrEqual(150);
    const used = new Set(FOSHAN_MATTERS.map((m) => m.department));
    expect(used.size).toBeGreaterThanOrEqual(20);
    for (const m of FOSHAN_MATTERS)
      expect(departments.has(m.department), `${m.code} ${m.department}`).toBe(true);
  });

  it('uses unique, well-formed codes that agree with the department and the level', () => {
    const codes = FOSHAN_MATTERS.map((m) => m.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const m of FOSHAN_MATTERS) {
      expect(m.code, m.code).toMatch(/^4406\d\d-[A-Z]+-\d{4}$/);
      const [division, segment] = m.code.split('-');
      expect(division, m.code).toBe(departments.get(m.department));
      expect(segment, m.code).toBe(m.department.split('-')[1]);
      expect(m.level, m.code).toBe(division === '440600' ? 'city' : 'district');
    }
  });

  it('gives every matter its own name', () => {
    const names = FOSHAN_MATTERS.map((m) => m.name);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it('passes the guide schema and the cross-field rules the catalogue enforces on import', () => {
    for (const { code, ...guide } of FOSHAN_MATTERS) {
      const parsed = matterGuideInput.safeParse(guide);
      expect(parsed.success ? [] : parsed.error.issues, code).toEqual([]);
      expect(guideProblems(withMaterialIds(guide)), code).toEqual([]);
    }
  });

  it('promises no more than the law allows and keeps time limits, visits and fees consistent', () => {
    for (const m of FOSHAN_MATTERS) {
      expect(m.promisedLimitDays, m.code).toBeLessThanOrEqual(m.legalLimitDays);
      if (m.onlineDepth === 'full_online') expect(m.visits, m.code).toBe(0);
      else expect(m.visits, m.code).toBeGreaterThanOrEqual(1);
      if (m.onlineDepth === 'window') expect(m.channels, m.code).toContain('window');
      for (const fee of m.fees) {
        expect(Number.isInteger(fee.amountFen) && fee.amountFen > 0, `${m.code} ${fee.item}`).toBe(true);
      }
    }
  });

  it('covers every theme, and at least 12 construction-approval matters', () => {
    const used = new Set(FOSHAN_MATTERS.flatMap((m) => m.themes));
    expect(THEMES.filter((t) => !used.has(t))).toEqual([]);
    expect(FOSHAN_MATTERS.filter((m) => m.themes.includes('construction')).length).toBeGreaterThanOrEqual(12);
  });

  it('names an audience, a theme, keywords, a legal basis and real process steps for every matter', () => {
    for (const m of FOSHAN_MATTERS) {
      expect(m.audiences.length, m.code).toBeGreaterThan(0);
      expect(new Set(m.audiences).size, m.code).toBe(m.audiences.length);
      expect(m.themes.length, m.code).toBeGreaterThan(0);
      expect(m.keywords.length, m.code).toBeGreaterThan(0);
      expect(m.legalBasis.length, m.code).toBeGreaterThan(0);
      for (const basis of m.legalBasis) expect(basis, m.code).toMatch(/《.+》|当年度/);
      expect(m.process.length, m.code).toBeGreaterThanOrEqual(2);
      expect(m.form.length, m.code).toBeGreaterThan(0);
      expect(m.materials.length, m.code).toBeGreaterThan(0);
      expect(m.consultPhone, m.code).toMatch(/^0757-\d{5,8}$/);
      expect(m.complaintPhone, m.code).toBe('0757-12345');
    }
  });

  it('states a condition exactly for the conditional materials', () => {
    for (const m of FOSHAN_MATTERS) {
      for (const material of m.materials) {
        const label = `${m.code} ${material.name}`;
        if (material.requirement === 'conditional') expect(material.condition, label).toBeTruthy();
        else expect(material.condition, label).toBeUndefined();
      }
    }
  });

  it('sends people only to known service centres or to described places', () => {
    for (const m of FOSHAN_MATTERS) {
      for (const place of m.places)
        expect(centres.has(place) || described.has(place), `${m.code} ${place}`).toBe(true);
      if (m.channels.includes('window')) expect(m.places.length, m.code).toBeGreaterThan(0);
    }
  });

  it('builds forms whose field names are unique per level and whose conditions refer to real siblings and options', () => {
    const problems = FOSHAN_MATTERS.flatMap((m) => fieldProblems(m.form, m.code));
    expect(problems).toEqual([]);
  });

  it('uses conditional fields in at least 20 matters, with all, any and not among them', () => {
    const conditional = FOSHAN_MATTERS.filter((m) => allFields(m.form).some((f) => f.visibleIf));
    expect(conditional.length).toBeGreaterThanOrEqual(20);
    const kinds = new Set(
      FOSHAN_MATTERS.flatMap((m) =>
        allFields(m.form).flatMap((f) => (f.visibleIf ? conditionKinds(f.visibleIf) : [])),
      ),
    );
    for (const kind of ['all', 'any', 'not']) expect(kinds.has(kind), kind).toBe(true);
  });

  it('contains no placeholder text', () => {
    const text = JSON.stringify(FOSHAN_MATTERS);
    for (const filler of ['示例', 'lorem', 'TODO', 'XXX', '待补充', '测试事项'])
      expect(text, filler).not.toContain(filler);
  });

  it('bundles existing matters into at least three life events', () => {
    expect(FOSHAN_LIFE_EVENTS.length).toBeGreaterThanOrEqual(3);
    const codes = FOSHAN_LIFE_EVENTS.map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
    const byCode = new Map(FOSHAN_MATTERS.map((m) => [m.code, m]));
    for (const event of FOSHAN_LIFE_EVENTS) {
      expect(event.matterCodes.length, event.code).toBeGreaterThanOrEqual(2);
      expect(new Set(event.matterCodes).size, event.code).toBe(event.matterCodes.length);
      for (const code of event.matterCodes) {
        const m = byCode.get(code);
        expect(m, `${event.code} → ${code}`).toBeDefined();
        expect(m?.audiences, `${event.code} → ${code}`).toContain(event.audience);
      }
    }
    const names = FOSHAN_LIFE_EVENTS.map((e) => e.name);
    expect(names).toContain('新生儿出生一件事');
    expect(names).toContain('企业开办一件事');
  });
});

describe('whose ID card a seed material is (零提交 takes only the applicant’s or the agent’s own)', () => {
  it('reads the wording: the applicant alone, the one filing, or several people and others', () => {
    const cases: [string, string][] = [
      ['申请人', 'applicant'],
      ['法定代表人（负责人）', 'applicant'],
      ['机动车所有人', 'applicant'],
      ['经办人', 'agent'],
      ['申请人或经办人', 'agent'],
      ['经办亲属', 'agent'],
      ['买卖双方', 'other_party'],
      ['申请人及共同生活家庭成员', 'other_party'],
      ['法定代表人、财务负责人及办税人员', 'other_party'],
      ['全体继承人', 'other_party'],
      ['监护人', 'other_party'],
      ['新生儿父母', 'other_party'],
    ];
    expect(cases.map(([wording]) => [wording, registryHolderOf(wording)])).toEqual(cases);
  });

  it('never leaves a registry document that names several people as the applicant’s own', () => {
    const several = FOSHAN_MATTERS.flatMap((m) =>
      m.materials.filter(
        (x) =>
          x.source.kind === 'shared_data' &&
          ['居民身份证', '户口簿'].includes(x.source.dataset) &&
          /双方|全体|父母|及/.test(x.name) &&
          x.source.holder !== 'other_party',
      ),
    );
    expect(several.map((x) => x.name)).toEqual([]);
  });
});
