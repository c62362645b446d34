import { randomUUID } from 'node:crypto';
import { type AnyDb, tablesOf } from '../../platform/db/index.js';
import type { DirectoryTables, DivisionTable } from './tables.js';

const DISTRICTS: [string, string, string[]][] = [
  ['440604', '禅城区', ['祖庙街道', '石湾镇街道', '张槎街道', '南庄镇']],
  ['440605', '南海区', ['桂城街道', '九江镇', '西樵镇', '丹灶镇', '狮山镇', '大沥镇', '里水镇']],
  [
    '440606',
    '顺德区',
    [
      '大良街道',
      '容桂街道',
      '伦教街道',
      '勒流街道',
      '陈村镇',
      '均安镇',
      '杏坛镇',
      '龙江镇',
      '乐从镇',
      '北滘镇',
    ],
  ],
  ['440607', '三水区', ['西南街道', '云东海街道', '白坭镇', '乐平镇', '芦苞镇', '大塘镇', '南山镇']],
  ['440608', '高明区', ['荷城街道', '杨和镇', '明城镇', '更合镇']],
];

// Town-level codes follow the 9-digit statistical scheme (district code + 3 digits).
export function foshanDivisions(): DivisionTable[] {
  const rows: DivisionTable[] = [
    { code: '440000', name: '广东省', parentCode: null, level: 'province' },
    { code: '440600', name: '佛山市', parentCode: '440000', level: 'city' },
  ];
  for (const [code, name, towns] of DISTRICTS) {
    rows.push({ code, name, parentCode: '440600', level: 'district' });
    towns.forEach((town, i) => {
      rows.push({
        code: `${code}${String(i + 1).padStart(3, '0')}`,
        name: town,
        parentCode: code,
        level: 'town',
      });
    });
  }
  return rows;
}

export const FOSHAN_DEPARTMENTS: [code: string, name: string, division: string][] = [
  ['FS-ZSJ', '佛山市政务服务数据管理局', '440600'],
  ['FS-ZRZY', '佛山市自然资源局', '440600'],
  ['FS-ZJ', '佛山市住房和城乡建设局', '440600'],
  ['FS-SJ', '佛山市市场监督管理局', '440600'],
  ['FS-RS', '佛山市人力资源和社会保障局', '440600'],
  ['FS-GA', '佛山市公安局', '440600'],
  ['FS-WJ', '佛山市卫生健康局', '440600'],
  ['FS-ST', '佛山市生态环境局', '440600'],
  ['FS-JT', '佛山市交通运输局', '440600'],
  ['FS-FG', '佛山市发展和改革局', '440600'],
  ['FS-CZ', '佛山市财政局', '440600'],
  ['FS-JY', '佛山市教育局', '440600'],
  ['FS-MZ', '佛山市民政局', '440600'],
  ['FS-SL', '佛山市水利局', '440600'],
  ['FS-YJ', '佛山市应急管理局', '440600'],
  ['FS-WGLT', '佛山市文化广电旅游体育局', '440600'],
  ['FS-CG', '佛山市城市管理和综合执法局', '440600'],
  ['FS-SW', '佛山市商务局', '440600'],
  ['FS-NY', '佛山市农业农村局', '440600'],
  ['FS-SF', '佛山市司法局', '440600'],
  ['FS-RF', '佛山市人民防空办公室', '440600'],
  ['FS-YB', '佛山市医疗保障局', '440600'],
  ['FS-GGZY', '佛山市公共资源交易中心', '440600'],
  ['CC-ZSJ', '佛山市禅城区政务服务数据管理局', '440604'],
  ['NH-ZSJ', '佛山市南海区政务服务数据管理局', '440605'],
  ['SD-ZSJ', '佛山市顺德区政务服务数据管理局', '440606'],
  ['SS-ZSJ', '佛山市三水区政务服务数据管理局', '440607'],
  ['GM-ZSJ', '佛山市高明区政务服务数据管理局', '440608'],
  ['NH-SJ', '佛山市南海区市场监督管理局', '440605'],
  ['SD-SJ', '佛山市顺德区市场监督管理局', '440606'],
];

export const FOSHAN_SERVICE_CENTERS: [name: string, division: string, address: string][] = [
  ['佛山市行政服务中心', '440600', '佛山市禅城区岭南大道北18号'],
  ['禅城区行政服务中心', '440604', '佛山市禅城区季华五路'],
  ['南海区行政服务中心', '440605', '佛山市南海区桂城街道南海大道北'],
  ['顺德区行政服务中心', '440606', '佛山市顺德区大良街道德和居委会德民路'],
  ['三水区行政服务中心', '440607', '佛山市三水区西南街道广海大道西'],
  ['高明区行政服务中心', '440608', '佛山市高明区荷城街道文华路'],
  ['桂城街道行政服务中心', '440605001', '佛山市南海区桂城街道南新三路'],
  ['大良街道行政服务中心', '440606001', '佛山市顺德区大良街道新城区'],
];

/** Idempotent: rows that exist (by code or name) are left as they are. */
export async function seedFoshanDirectory(anyDb: AnyDb): Promise<void> {
  const db = tablesOf<DirectoryTables>(anyDb);
  for (const division of foshanDivisions()) {
    await db
      .insertInto('divisions')
      .values(division)
      .onConflict((oc) => oc.column('code').doNothing())
      .execute();
  }
  for (const [code, name, divisionCode] of FOSHAN_DEPARTMENTS) {
    await db
      .insertInto('departments')
      .values({ id: randomUUID(), code, name, divisionCode })
      .onConflict((oc) => oc.column('code').doNothing())
      .execute();
  }
  for (const [name, divisionCode, address] of FOSHAN_SERVICE_CENTERS) {
    await db
      .insertInto('serviceCenters')
      .values({
        id: randomUUID(),
        name,
        divisionCode,
        address,
        phone: '0757-12345',
        openingHours: '周一至周五 9:00–12:00，13:30–17:30（法定节假日除外）',
      })
      .onConflict((oc) => oc.column('name').doNothing())
      .execute();
  }
}
