/** What a layer holds (要素类别); labels live in the messages. More may be added. */
export const ELEMENT_CLASSES = [
  'ecological_redline', // 生态保护红线
  'basic_farmland', // 永久基本农田
  'urban_boundary', // 城镇开发边界
  'regulatory_parcel', // 控制性详细规划地块
  'river_blueline', // 河道蓝线
  'heritage_purpleline', // 历史文化保护紫线
  'greenline', // 绿线
  'infrastructure_yellowline', // 基础设施黄线
  'high_voltage', // 高压走廊
  'geohazard', // 地质灾害易发区
  'water_source', // 饮用水水源保护区
  'forest', // 公益林
  'road_redline', // 道路红线
  'flood_control', // 蓄滞洪区
  'safety_buffer', // 危险化学品安全防护距离
  'school_district', // 学校布点规划
  'health_facility', // 医疗卫生设施布点
  'tourism_zone', // 文旅景区
  'planned_project', // 规划建设项目
] as const;
export type ElementClass = (typeof ELEMENT_CLASSES)[number];

/**
 * What a layer's presence means for a site on it: forbidden (no construction), restricted
 * (only under the layer's condition, after the department's opinion), allowed (construction
 * land; a regulatory parcel's attributes are compared), informational (for reference).
 */
export const RULES = ['forbidden', 'restricted', 'allowed', 'informational'] as const;
export type Rule = (typeof RULES)[number];

export const CHECK_RESULTS = ['pass', 'conditional', 'conflict'] as const;
export type CheckResult = (typeof CHECK_RESULTS)[number];
export const VERDICTS = ['pass', 'conditional', 'conflict', 'info'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const ENGINES = ['flatbush', 'postgis'] as const;
export type Engine = (typeof ENGINES)[number];

export const CONFLICT_STATUSES = ['open', 'resolved'] as const;
export type ConflictStatus = (typeof CONFLICT_STATUSES)[number];

/**
 * Land-use codes of the regulatory plans (GB 50137-2011 城市用地分类): the letter is the major
 * class, the digit the medium one. R 居住, A 公共管理与公共服务, B 商业服务业, M 工业, W 物流仓储,
 * S 道路与交通设施, U 公用设施, G 绿地与广场.
 */
export const LAND_USE_CODES = [
  'R1',
  'R2',
  'R3',
  'A1',
  'A2',
  'A3',
  'A5',
  'A6',
  'A7',
  'A9',
  'B1',
  'B2',
  'B3',
  'B4',
  'B9',
  'M1',
  'M2',
  'M3',
  'W1',
  'W2',
  'W3',
  'S1',
  'S3',
  'S4',
  'U1',
  'U2',
  'U3',
  'G1',
  'G2',
  'G3',
] as const;
export type LandUseCode = (typeof LAND_USE_CODES)[number];

/**
 * Whether a proposed use fits a parcel's planned one: the same code, or the same major class
 * where the plan allows the medium classes to mix (居住 R1–R3 are not interchangeable: their
 * densities differ; 商业 B1/B2 mix, 工业 M1 accepts W1 logistics as ancillary). Green land G
 * accepts nothing else.
 */
export function landUseCompatible(planned: string, proposed: string): boolean {
  if (planned === proposed) return true;
  const major = (c: string) => c.charAt(0);
  if (major(planned) === 'G' || major(planned) === 'R') return false;
  if (planned === 'M1' && proposed === 'W1') return true;
  return major(planned) === major(proposed);
}
