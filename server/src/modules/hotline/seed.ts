import { randomUUID } from 'node:crypto';
import { sm3Hex } from '../../platform/crypto/index.js';
import { type AnyDb, tablesOf } from '../../platform/db/index.js';
import { knowledgeRepository } from './knowledge.js';
import { DEMO_OPEN311_KEY } from './open311/keys.js';
import { ANY } from './routing.js';
import type { KnowledgeBody } from './schemas.js';
import type { HotlineTables } from './tables.js';
import { unitDirectory } from './units.js';
import type { Subject, TicketType } from './vocabulary.js';

// The routing rules, knowledge base and Open311 demo key of the Foshan demo. Idempotent:
// what exists (an administrator's edits included) is left as it is.

type Rule = [
  subject: Subject | '*',
  type: TicketType | '*',
  district: string,
  lead: string,
  assisting?: string[],
];

/** Subject → the city department that handles it, with the district offices where they exist. */
export const FOSHAN_ROUTING_RULES: Rule[] = [
  ['noise', ANY, ANY, 'FS-ST', ['FS-CG']],
  ['property', ANY, ANY, 'FS-ZJ'],
  ['traffic', ANY, ANY, 'FS-JT', ['FS-GA']],
  ['city_appearance', ANY, ANY, 'FS-CG'],
  ['illegal_building', ANY, ANY, 'FS-CG', ['FS-ZRZY']],
  ['environment', ANY, ANY, 'FS-ST'],
  ['market', ANY, ANY, 'FS-SJ'],
  ['market', ANY, '440605', 'NH-SJ'],
  ['market', ANY, '440606', 'SD-SJ'],
  // A report of fraud is the police's too.
  ['market', 'report', ANY, 'FS-SJ', ['FS-GA']],
  ['labour', ANY, ANY, 'FS-RS'],
  ['social_security', ANY, ANY, 'FS-RS'],
  ['medical_insurance', ANY, ANY, 'FS-YB'],
  ['health', ANY, ANY, 'FS-WJ'],
  ['education', ANY, ANY, 'FS-JY'],
  ['water', ANY, ANY, 'FS-SL'],
  ['public_order', ANY, ANY, 'FS-GA'],
  ['civil_affairs', ANY, ANY, 'FS-MZ'],
  ['housing', ANY, ANY, 'FS-ZJ', ['FS-ZRZY']],
  ['public_trading', ANY, ANY, 'FS-GGZY', ['FS-FG']],
  ['government_service', ANY, ANY, 'FS-ZSJ'],
  // The district government is the default owner (its 政务服务数据管理局 runs the district's
  // 12345 work for it: the directory has no 区人民政府 department); the city's centre last.
  [ANY, ANY, '440604', 'CC-ZSJ'],
  [ANY, ANY, '440605', 'NH-ZSJ'],
  [ANY, ANY, '440606', 'SD-ZSJ'],
  [ANY, ANY, '440607', 'SS-ZSJ'],
  [ANY, ANY, '440608', 'GM-ZSJ'],
  [ANY, ANY, ANY, 'FS-ZSJ'],
];

export const FOSHAN_KNOWLEDGE: KnowledgeBody[] = [
  {
    title: '社会保障卡补领、换领',
    subject: 'social_security',
    keywords: ['社保卡', '补卡', '挂失'],
    answer:
      '社保卡遗失请先通过“粤省事”、佛山人社公众号或拨打 12333 挂失；补领可在合作银行网点或各区人社服务窗口办理，携带本人身份证，即时制卡网点可当场领卡。',
  },
  {
    title: '养老保险缴费基数与缴费方式',
    subject: 'social_security',
    keywords: ['养老保险', '灵活就业', '缴费'],
    answer:
      '灵活就业人员可通过“粤税通”或电子税务局按年度公布的缴费基数上下限自选档次缴费；单位职工由单位按月申报。具体档次以当年人社、税务部门公布为准。',
  },
  {
    title: '异地就医备案',
    subject: 'medical_insurance',
    keywords: ['医保', '异地', '备案', '跨省'],
    answer:
      '参保人可通过国家医保服务平台 App、“粤医保”小程序或佛山医保公众号办理异地就医备案，备案后在就医地定点医疗机构可直接结算。',
  },
  {
    title: '住房公积金提取',
    subject: 'housing',
    keywords: ['公积金', '提取', '租房'],
    answer:
      '租房、购房、还贷等情形可通过“粤省事”、佛山住房公积金网上服务大厅或缴存银行网点申请提取；所需材料按提取情形不同，可登录公积金中心网站查看办事指南。',
  },
  {
    title: '不动产登记进度查询',
    subject: 'housing',
    keywords: ['不动产', '房产证', '进度'],
    answer:
      '可凭受理回执上的业务编号，在佛山市不动产登记网上服务平台或“粤省事”查询办理进度，也可到受理窗口查询。',
  },
  {
    title: '居住证办理',
    subject: 'public_order',
    keywords: ['居住证', '积分入学'],
    answer:
      '在佛山居住登记满半年，且有合法稳定就业、合法稳定住所或连续就读之一的，可向居住地派出所或镇街出租屋管理服务中心申领居住证，可通过“佛山公安”公众号预约。',
  },
  {
    title: '新生儿入户',
    subject: 'public_order',
    keywords: ['入户', '户口', '出生'],
    answer:
      '新生儿可通过“粤省事”办理出生登记“一件事”，也可携带出生医学证明、父母身份证和户口簿到户籍所在地派出所办理。',
  },
  {
    title: '营业执照办理与变更',
    subject: 'market',
    keywords: ['营业执照', '个体户', '开办企业'],
    answer:
      '企业开办、个体工商户登记和变更可在广东省市场监管局“开办企业一网通”或佛山市一网通办平台在线办理，材料齐全的一般 1 个工作日内办结，执照可邮寄或自助打印。',
  },
  {
    title: '中小学学位申请时间',
    subject: 'education',
    keywords: ['学位', '入学', '积分入学', '报名'],
    answer:
      '公办小学一年级和初中一年级学位申请一般在每年 5 至 7 月，具体时间、条件和材料以各区教育局当年发布的招生方案为准，可关注各区教育局公众号。',
  },
  {
    title: '停水停电信息查询',
    subject: 'water',
    keywords: ['停水', '停电', '计划停水'],
    answer:
      '计划停水信息可在佛山水业集团公众号或官网查询；停电信息可通过“南方电网 95598”App 或拨打 95598 查询。突发停水停电请直接联系供水、供电企业抢修电话。',
  },
  {
    title: '夜间施工噪音的规定',
    subject: 'noise',
    keywords: ['噪音', '夜间施工', '22点'],
    answer:
      '除抢修、抢险作业和因生产工艺要求或特殊需要必须连续施工并取得证明的以外，夜间（22 时至次日 6 时）禁止在噪声敏感建筑物集中区域进行产生噪声的建筑施工作业。正在发生的噪音扰民可登记工单转相关部门处理。',
  },
  {
    title: '12345 工单进度查询',
    subject: 'government_service',
    keywords: ['工单', '进度', '查询'],
    answer: '可凭工单编号登录佛山市一网通办“我的诉求”查询办理进度和答复，也可再次拨打 12345 由话务员查询。',
  },
];

export async function seedHotlineReference(db: AnyDb): Promise<void> {
  const t = tablesOf<HotlineTables>(db);
  const units = await unitDirectory(db);
  const byCode = new Map([...units.values()].map((u) => [u.code, u.id]));
  const idOf = (code: string) => {
    const id = byCode.get(code);
    if (!id) throw new Error(`hotline seed: unknown department ${code}`);
    return id;
  };
  const now = new Date().toISOString();
  for (const [subject, type, districtCode, lead, assisting = []] of FOSHAN_ROUTING_RULES)
    await t
      .insertInto('hotlineRoutingRules')
      .values({
        id: randomUUID(),
        subject,
        type,
        districtCode,
        leadUnitId: idOf(lead),
        assistingUnitIds: JSON.stringify(assisting.map(idOf)),
        updatedAt: now,
        updatedBy: null,
      })
      .onConflict((oc) => oc.columns(['subject', 'type', 'districtCode']).doNothing())
      .execute();
  const { n } = await t
    .selectFrom('hotlineKnowledge')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  if (Number(n) === 0)
    for (const entry of FOSHAN_KNOWLEDGE) await knowledgeRepository(db).insert(entry, null);
  await t
    .insertInto('open311Keys')
    .values({
      id: randomUUID(),
      name: '演示密钥 / demo key',
      keyHash: sm3Hex(DEMO_OPEN311_KEY),
      prefix: DEMO_OPEN311_KEY.slice(0, 9),
      active: 1,
      createdAt: now,
      createdBy: null,
    })
    .onConflict((oc) => oc.column('keyHash').doNothing())
    .execute();
}
