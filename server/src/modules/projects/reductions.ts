/**
 * What a project need not hand in for a stage (Foshan's 工改 measures):
 * - 告知承诺: documents an applicant may replace with a signed commitment, verified later;
 * - 区域评估: assessments the government made once for an area (a park, a new town), whose
 *   reports a project inside it is not asked for.
 * Configuration, like the categories: names are the catalogue's material names.
 */
import type { StageMaterial } from './stage-form.js';

export const COMMITMENT_DOCUMENTS: readonly string[] = [
  '社会稳定风险评估报告',
  '水土保持方案报告书或报告表',
  '施工合同和监理合同',
  '消纳场所同意接收证明',
  '与运输单位签订的运输合同',
  '施工单位签署的工程质量保修书',
  '住宅质量保证书和住宅使用说明书',
];

export interface AreaAssessment {
  code: string;
  name: string;
  completedOn: string;
  /** The area's extent (WGS84): a site wholly inside it is covered. */
  bbox: { minLng: number; minLat: number; maxLng: number; maxLat: number };
  /** The material names its reports replace. */
  covers: readonly string[];
}

export const AREA_ASSESSMENTS: readonly AreaAssessment[] = [
  {
    code: 'CC-ZUMIAO-2024',
    name: '禅城区祖庙—张槎片区区域评估',
    completedOn: '2024-06-28',
    bbox: { minLng: 113.05, minLat: 23.0, maxLng: 113.16, maxLat: 23.07 },
    covers: ['节能报告', '水土保持方案报告书或报告表', '防洪评价报告', '建设项目环境影响登记表'],
  },
  {
    code: 'SD-HIGHTECH-2023',
    name: '佛山高新区顺德园区域评估',
    completedOn: '2023-11-15',
    bbox: { minLng: 113.2, minLat: 22.75, maxLng: 113.32, maxLat: 22.86 },
    covers: [
      '节能报告',
      '水土保持方案报告书或报告表',
      '防洪评价报告',
      '建设项目环境影响报告书（表）',
      '建设项目环境影响登记表',
    ],
  },
];

type Bbox = AreaAssessment['bbox'];

const inside = (site: Bbox, area: Bbox) =>
  site.minLng >= area.minLng &&
  site.maxLng <= area.maxLng &&
  site.minLat >= area.minLat &&
  site.maxLat <= area.maxLat;

/** The area assessments a site lies wholly inside. */
export function assessmentsCovering(site: Bbox, areas: readonly AreaAssessment[] = AREA_ASSESSMENTS) {
  return areas.filter((a) => inside(site, a.bbox));
}

export interface MaterialReduction {
  identity: string;
  commitmentAllowed: boolean;
  coveredBy: { code: string; name: string } | null;
  /** A licence another matter of the same stage issues: filed together, it cannot be handed in yet. */
  issuedInStage: { code: string; name: string } | null;
}

/** The matter of a stage that issues each licence type, by the type's name as materials cite it. */
export type StageIssuers = ReadonlyMap<string, { code: string; name: string }>;

/**
 * Each material of a stage's merged set: covered by an area assessment of the site (never
 * asked), or replaceable by a commitment (a document of the list that is no licence or shared
 * data, which the platform takes anyway).
 */
export function reduceMaterials(
  materials: readonly StageMaterial[],
  areas: readonly AreaAssessment[],
  issuers: StageIssuers = new Map(),
): MaterialReduction[] {
  return materials.map((m) => {
    const area =
      m.source.kind === 'applicant' ? areas.find((a) => a.covers.includes(m.name.trim())) : undefined;
    const issuer = m.source.kind === 'license' ? issuers.get(m.source.licenseType) : undefined;
    return {
      identity: m.identity,
      coveredBy: area ? { code: area.code, name: area.name } : null,
      issuedInStage: issuer && !m.sources.some((s) => s.matterCode === issuer.code) ? { ...issuer } : null,
      commitmentAllowed:
        !area && m.source.kind === 'applicant' && COMMITMENT_DOCUMENTS.includes(m.name.trim()),
    };
  });
}
