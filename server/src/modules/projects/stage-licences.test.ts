import { describe, expect, it } from 'vitest';
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
});
