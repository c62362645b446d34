import { describe, expect, it } from 'vitest';
import { FOSHAN_MATTERS } from '../catalogue/index.js';
import { FOSHAN_LICENSE_TYPES } from '../licenses/index.js';
import { FOSHAN_PROJECT_CATEGORIES } from './categories.js';

// The licence types of the city's 证照目录 by the matter whose approval issues them.
const typesOf = (matterCode: string) =>
  FOSHAN_LICENSE_TYPES.filter((t) => t.kind === 'license' && t.matterCodes.includes(matterCode)).map(
    (t) => t.name,
  );

describe('electronic licences of the project stages (issue 6 §3)', () => {
  it('gives every stage of every category at least one licence to the owner', () => {
    for (const category of FOSHAN_PROJECT_CATEGORIES)
      for (const { stage, matters } of category.stages)
        expect(matters.flatMap(typesOf), `${category.code} / ${stage}`).not.toEqual([]);
  });

  it('leaves only the quality and safety supervision registration without a licence type', () => {
    const stageMatters = new Set(
      FOSHAN_PROJECT_CATEGORIES.flatMap((c) => c.stages.flatMap((s) => s.matters)),
    );
    expect(stageMatters.size).toBe(25);
    // 质量安全监督登记 is merged into the 施工许可证 (its result is the supervision plan, not a document).
    expect([...stageMatters].filter((code) => typesOf(code).length === 0)).toEqual(['440600-ZJ-0203']);
    expect(typesOf('440600-ZJ-0206')).toEqual(['建设工程竣工验收备案证明书']);
  });

  // A material names a licence by its type's name: a name the 证照目录 lacks is never taken (零提交).
  it('names in the stage matters’ materials only licences the 证照目录 holds', () => {
    const stageMatters = new Set(
      FOSHAN_PROJECT_CATEGORIES.flatMap((c) => c.stages.flatMap((s) => s.matters)),
    );
    const named = FOSHAN_MATTERS.filter((m) => stageMatters.has(m.code)).flatMap((m) =>
      m.materials.flatMap((material) =>
        material.source.kind === 'license' ? [material.source.licenseType] : [],
      ),
    );
    expect(named).toContain('建设项目用地预审与选址意见书');
    const known = new Set(FOSHAN_LICENSE_TYPES.map((t) => t.name));
    expect(named.filter((name) => !known.has(name))).toEqual([]);
  });
});
