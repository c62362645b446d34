import { distanceMeters } from './model.js';
import type { District } from './vocabulary.js';

/** Town seats of Foshan (WGS84, approximate): where demo orders are placed, and how a bare point finds its district. */
export const FOSHAN_TOWNS: readonly { district: District; town: string; lng: number; lat: number }[] = [
  { district: '440604', town: '祖庙街道', lng: 113.112, lat: 23.026 },
  { district: '440604', town: '石湾镇街道', lng: 113.11, lat: 22.998 },
  { district: '440604', town: '张槎街道', lng: 113.068, lat: 23.04 },
  { district: '440604', town: '南庄镇', lng: 113.02, lat: 22.995 },
  { district: '440605', town: '桂城街道', lng: 113.15, lat: 23.035 },
  { district: '440605', town: '大沥镇', lng: 113.11, lat: 23.105 },
  { district: '440605', town: '里水镇', lng: 113.16, lat: 23.2 },
  { district: '440605', town: '狮山镇', lng: 113.0, lat: 23.135 },
  { district: '440605', town: '丹灶镇', lng: 112.92, lat: 23.055 },
  { district: '440605', town: '西樵镇', lng: 112.96, lat: 22.94 },
  { district: '440605', town: '九江镇', lng: 113.03, lat: 22.84 },
  { district: '440606', town: '大良街道', lng: 113.25, lat: 22.84 },
  { district: '440606', town: '容桂街道', lng: 113.28, lat: 22.77 },
  { district: '440606', town: '伦教街道', lng: 113.22, lat: 22.85 },
  { district: '440606', town: '勒流街道', lng: 113.16, lat: 22.85 },
  { district: '440606', town: '陈村镇', lng: 113.24, lat: 22.96 },
  { district: '440606', town: '北滘镇', lng: 113.2, lat: 22.92 },
  { district: '440606', town: '乐从镇', lng: 113.09, lat: 22.94 },
  { district: '440606', town: '龙江镇', lng: 113.09, lat: 22.87 },
  { district: '440606', town: '杏坛镇', lng: 113.16, lat: 22.79 },
  { district: '440606', town: '均安镇', lng: 113.13, lat: 22.68 },
  { district: '440607', town: '西南街道', lng: 112.89, lat: 23.17 },
  { district: '440607', town: '云东海街道', lng: 112.88, lat: 23.22 },
  { district: '440607', town: '白坭镇', lng: 112.81, lat: 23.13 },
  { district: '440607', town: '乐平镇', lng: 112.99, lat: 23.26 },
  { district: '440607', town: '芦苞镇', lng: 112.91, lat: 23.34 },
  { district: '440607', town: '大塘镇', lng: 113.04, lat: 23.41 },
  { district: '440607', town: '南山镇', lng: 112.75, lat: 23.53 },
  { district: '440608', town: '荷城街道', lng: 112.89, lat: 22.9 },
  { district: '440608', town: '杨和镇', lng: 112.76, lat: 22.95 },
  { district: '440608', town: '明城镇', lng: 112.7, lat: 22.96 },
  { district: '440608', town: '更合镇', lng: 112.51, lat: 22.75 },
];

export const DISTRICT_NAMES: Record<District, string> = {
  '440604': '禅城',
  '440605': '南海',
  '440606': '顺德',
  '440607': '三水',
  '440608': '高明',
};

// Farther than this from every town seat is not in Foshan.
const FOSHAN_REACH_M = 25_000;

/**
 * The district an address names (禅城, 南海 …), else the district of the nearest town seat
 * to the point: approximate near district borders, good enough to route a request that came
 * without one (Open311). Null when neither tells.
 */
export function districtOf(
  address: string | null | undefined,
  point: { lng: number; lat: number } | null,
): District | null {
  if (address)
    for (const [code, name] of Object.entries(DISTRICT_NAMES))
      if (address.includes(name)) return code as District;
  if (!point) return null;
  let best: { district: District; d: number } | null = null;
  for (const t of FOSHAN_TOWNS) {
    const d = distanceMeters(point, t);
    if (!best || d < best.d) best = { district: t.district, d };
  }
  return best && best.d <= FOSHAN_REACH_M ? best.district : null;
}
