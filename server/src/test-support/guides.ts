import type { MatterGuideInput } from '../modules/catalogue/model.js';

/**
 * A guide with every element a test does not care about filled in plausibly: a city-level
 * online matter with no materials and no fees. Tests override what they are about.
 */
export function testGuide(
  overrides: Partial<MatterGuideInput> & Pick<MatterGuideInput, 'name' | 'department' | 'form'>,
): MatterGuideInput {
  return {
    type: 'public_service',
    level: 'city',
    audiences: ['person'],
    themes: [],
    keywords: [],
    summary: `${overrides.name}（测试事项）。`,
    conditions: [],
    legalBasis: ['《中华人民共和国行政许可法》'],
    materials: [],
    fees: [],
    legalLimitDays: 20,
    promisedLimitDays: 5,
    onlineDepth: 'full_online',
    visits: 0,
    channels: ['online'],
    places: [],
    openingHours: '工作日 9:00–17:00',
    consultPhone: '0757-12345',
    complaintPhone: '0757-12345',
    crossRegion: 'city',
    commitment: false,
    process: ['网上申请', '审核', '办结'],
    result: '办理结果',
    ...overrides,
  };
}
