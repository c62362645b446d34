/**
 * The national investment project code (投资项目统一代码), given by the online approval and
 * supervision platform: year-division-industry-type-serial, e.g. 2020-440604-47-01-123456.
 */

/** Where a Foshan project's code may be given: the province, the city or one of its districts. */
export const PROJECT_CODE_DIVISIONS = ['440000', '440600', '440604', '440605', '440606', '440607', '440608'];

/** 审批 (government investment), 核准 (approval list), 备案 (filing). */
export const PROJECT_CODE_TYPES = ['01', '02', '03'];

// The platform has given codes since 2015; GB/T 4754's industry divisions run 01–97.
const FIRST_YEAR = 2015;
const INDUSTRY_MAX = 97;
const SHAPE = /^(\d{4})-(\d{6})-(\d{2})-(\d{2})-(\d{6})$/;

export type ProjectCodeProblem = 'format' | 'year' | 'division' | 'industry' | 'type' | 'serial';

export type ProjectCodeCheck = { ok: true; value: string } | { ok: false; problem: ProjectCodeProblem };

/** Checks a code; `thisYear` is the latest year a code can carry (Asia/Shanghai). */
export function validateProjectCode(input: string, thisYear: number): ProjectCodeCheck {
  const value = input.trim();
  const m = SHAPE.exec(value);
  if (!m) return { ok: false, problem: 'format' };
  const [, year, division, industry, type, serial] = m as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  if (Number(year) < FIRST_YEAR || Number(year) > thisYear) return { ok: false, problem: 'year' };
  if (!PROJECT_CODE_DIVISIONS.includes(division)) return { ok: false, problem: 'division' };
  if (Number(industry) < 1 || Number(industry) > INDUSTRY_MAX) return { ok: false, problem: 'industry' };
  if (!PROJECT_CODE_TYPES.includes(type)) return { ok: false, problem: 'type' };
  if (Number(serial) === 0) return { ok: false, problem: 'serial' };
  return { ok: true, value };
}
