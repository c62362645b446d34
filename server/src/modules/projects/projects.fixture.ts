import { DEMO_ORGANIZATION } from '../../seed/demo-accounts.js';

// A 200 m × 100 m block in 祖庙街道, 禅城.
export const block = (lng = 113.112, lat = 23.026, w = 0.00196, h = 0.0009) => ({
  type: 'Polygon',
  coordinates: [
    [
      [lng, lat],
      [lng + w, lat],
      [lng + w, lat + h],
      [lng, lat + h],
      [lng, lat],
    ],
  ],
});

let serial = 100;
/** A registration body of the demo company, a fresh project code each time. */
export const projectBody = (over: Record<string, unknown> = {}) => ({
  projectCode: `2025-440604-47-01-${String(++serial).padStart(6, '0')}`,
  name: '佛山市示例科技研发中心',
  ownerCreditCode: DEMO_ORGANIZATION.creditCode,
  categoryCode: 'gov_building',
  site: block(),
  investmentFen: 120_000_000_00,
  landAreaM2: 20_000,
  floorAreaM2: 56_000.5,
  intendedUse: 'industrial',
  contact: { name: '王五', mobile: '13800138003' },
  ...over,
});
