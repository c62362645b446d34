/**
 * Small builders for the Foshan matter catalogue seed: the guide elements most matters share
 * (hours, phones, channels, places) get sensible defaults, and materials read as one line each.
 */
import type {
  Channel,
  CrossRegion,
  LicenseHolder,
  Material,
  MaterialInput,
  MaterialSource,
  MatterLevel,
  MatterSeed,
  RegistryHolder,
} from '../model.js';

/** Service centres from the directory seed (FOSHAN_SERVICE_CENTERS). */
export const CENTRE = {
  city: '佛山市行政服务中心',
  chancheng: '禅城区行政服务中心',
  nanhai: '南海区行政服务中心',
  shunde: '顺德区行政服务中心',
  sanshui: '三水区行政服务中心',
  gaoming: '高明区行政服务中心',
  guicheng: '桂城街道行政服务中心',
  daliang: '大良街道行政服务中心',
} as const;

/** The city centre and the five district centres: where 市域通办 matters are accepted. */
export const CITY_WIDE: string[] = [
  CENTRE.city,
  CENTRE.chancheng,
  CENTRE.nanhai,
  CENTRE.shunde,
  CENTRE.sanshui,
  CENTRE.gaoming,
];

/** The district centres only (matters decided by the districts). */
export const DISTRICT_CENTRES: string[] = CITY_WIDE.slice(1);

/** Places that are not service centres, described as a guide would describe them. */
export const PLACE = {
  police: '户籍所在地公安派出所户籍窗口',
  exitEntry: '各区公安分局出入境管理大队办证大厅',
  vehicleOffice: '佛山市公安局交通警察支队车辆管理所及各区车管分所',
  trafficFines: '各区公安交警大队违法处理窗口',
  marriage: '各区民政局婚姻登记处',
  maternity: '新生儿出生的助产医疗机构',
  town: '各镇（街道）行政服务中心',
  socialCardBank: '社会保障卡合作银行营业网点',
  legalAid: '各区法律援助处',
  arbitration: '佛山市劳动人事争议仲裁委员会立案窗口',
  vaccination: '各镇（街道）社区卫生服务中心预防接种门诊',
  specialClinic: '具备门诊特定病种认定资格的定点医疗机构',
  medicalInsurance: '各区医疗保障经办窗口',
  funeral: '佛山市殡仪馆及各区殡仪馆',
  education: '各区教育局招生咨询窗口',
  mediation: '各镇（街道）人民调解委员会',
  driverExam: '佛山市各机动车驾驶人考试场',
  school: '学生现就读学校',
} as const;

export const DESCRIBED_PLACES: string[] = Object.values(PLACE);

export const HOURS = {
  office: '周一至周五 9:00–12:00，13:30–17:30（法定节假日除外）',
  online: '网上办理全天24小时受理；窗口办理时间为周一至周五 9:00–12:00，13:30–17:30（法定节假日除外）',
  weekend: '周一至周日 9:00–12:00，13:30–17:30（法定节假日除外）',
} as const;

export const PHONE = {
  hotline: '0757-12345',
  humanResources: '0757-12333',
  housingFund: '0757-12329',
  market: '0757-12315',
  medicalInsurance: '0757-12393',
  health: '0757-12320',
  environment: '0757-12369',
  transport: '0757-12328',
  justice: '0757-12348',
} as const;

const DEPARTMENT_PHONE: Record<string, string> = {
  'FS-RS': PHONE.humanResources,
  'FS-SJ': PHONE.market,
  'NH-SJ': PHONE.market,
  'SD-SJ': PHONE.market,
  'FS-YB': PHONE.medicalInsurance,
  'FS-WJ': PHONE.health,
  'FS-ST': PHONE.environment,
  'FS-JT': PHONE.transport,
  'FS-SF': PHONE.justice,
};

const DISTRICT_PLACES: Record<string, string[]> = {
  '440604': [CENTRE.chancheng],
  '440605': [CENTRE.nanhai, CENTRE.guicheng],
  '440606': [CENTRE.shunde, CENTRE.daliang],
  '440607': [CENTRE.sanshui],
  '440608': [CENTRE.gaoming],
};

type Defaulted =
  | 'level'
  | 'fees'
  | 'openingHours'
  | 'consultPhone'
  | 'complaintPhone'
  | 'channels'
  | 'visits'
  | 'places'
  | 'crossRegion'
  | 'commitment';

/** A matter as written in the seed files: the elements most matters share may be left out. */
export type MatterDraft = Omit<MatterSeed, Defaulted> & Partial<Pick<MatterSeed, Defaulted>>;

const CHANNELS: Record<MatterSeed['onlineDepth'], Channel[]> = {
  full_online: ['online', 'mobile', 'window'],
  online_once: ['online', 'mobile', 'window'],
  window: ['window'],
};

/** Fills the shared guide elements from the code, department and online depth. */
export function matter(d: MatterDraft): MatterSeed {
  const division = d.code.slice(0, 6);
  const level: MatterLevel = d.level ?? (division === '440600' ? 'city' : 'district');
  const places = d.places ?? (division === '440600' ? CITY_WIDE : (DISTRICT_PLACES[division] ?? []));
  const crossRegion: CrossRegion = d.crossRegion ?? (division === '440600' ? 'city' : 'none');
  return {
    ...d,
    level,
    fees: d.fees ?? [],
    openingHours: d.openingHours ?? (d.onlineDepth === 'full_online' ? HOURS.online : HOURS.office),
    consultPhone: d.consultPhone ?? DEPARTMENT_PHONE[d.department] ?? PHONE.hotline,
    complaintPhone: d.complaintPhone ?? PHONE.hotline,
    channels: d.channels ?? CHANNELS[d.onlineDepth],
    visits: d.visits ?? (d.onlineDepth === 'full_online' ? 0 : 1),
    places,
    crossRegion,
    commitment: d.commitment ?? false,
  };
}

export const matters = (drafts: MatterDraft[]): MatterSeed[] => drafts.map(matter);

interface DocOptions {
  form?: Material['form'];
  copies?: number;
  key?: boolean;
  /** Makes the material conditional on this plain-language condition. */
  when?: string;
  note?: string;
  source?: MaterialSource;
}

/** A material the applicant brings: an original, one copy, key, required unless `when` is given. */
export function doc(name: string, o: DocOptions = {}): MaterialInput {
  const source = o.source ?? { kind: 'applicant' };
  const reused = source.kind !== 'applicant';
  return {
    name,
    form: o.form ?? (reused ? 'electronic' : 'original'),
    copies: o.copies ?? (reused ? 0 : 1),
    requirement: o.when ? 'conditional' : 'required',
    ...(o.when ? { condition: o.when } : {}),
    key: o.key ?? true,
    source,
    ...(o.note ? { note: o.note } : {}),
  };
}

/**
 * A licence the government issued, reused from the licence wallet (零提交) when it is the
 * applicant's own; another party's (the developer's, the mortgagee's…) the applicant hands in.
 */
export const licence = (
  licenseType: string,
  o: DocOptions & { name?: string; holder?: LicenseHolder } = {},
): MaterialInput =>
  doc(o.name ?? licenseType, {
    ...o,
    source: { kind: 'license', licenseType, ...(o.holder ? { holder: o.holder } : {}) },
  });

/** Data another department holds, fetched instead of asked for; `holder`: whose record (absent: the applicant's). */
export const shared = (
  dataset: string,
  name: string,
  o: DocOptions & { holder?: RegistryHolder } = {},
): MaterialInput => {
  const { holder, ...rest } = o;
  return doc(name, { ...rest, source: { kind: 'shared_data', dataset, ...(holder ? { holder } : {}) } });
};

// Wordings that name more than one person, or someone else than the one applying: their
// records are never taken from the registry on the applicant's behalf.
const SEVERAL_OR_OTHERS = /双方|及|、|全体|父母|新生儿|继承人|监护人|配偶|承租人|股东|亲属|逝者|学生/;

/**
 * Whose ID card a wording means: 经办人 (经办亲属…) is the one filing (an organisation's agent); a single
 * role of the applicant (申请人, 法定代表人, 经营者, 机动车所有人…) is the applicant's own (an
 * organisation's legal representative's); several people, or others, are another party's.
 */
export function registryHolderOf(wording: string): RegistryHolder {
  if (wording.includes('经办')) return 'agent';
  if (SEVERAL_OR_OTHERS.test(wording)) return 'other_party';
  return 'applicant';
}

export const idCard = (holder = '申请人', o: DocOptions = {}): MaterialInput => {
  const whose = registryHolderOf(holder);
  return shared('居民身份证', `${holder}居民身份证`, {
    ...o,
    ...(whose === 'applicant' ? {} : { holder: whose }),
  });
};

export const hukou = (o: DocOptions = {}): MaterialInput => shared('户口簿', '居民户口簿', o);

export const businessLicence = (o: DocOptions & { name?: string } = {}): MaterialInput =>
  licence('营业执照', o);

/** Power of attorney and the agent's ID, both needed only when someone else applies. */
export const agentDocs = (): MaterialInput[] => [
  doc('授权委托书', {
    when: '委托他人代为办理的',
    key: false,
    note: '须载明委托事项、权限和期限，由委托人签名或盖章',
  }),
  doc('受托人居民身份证', { when: '委托他人代为办理的', key: false }),
];

export const photo = (o: DocOptions = {}): MaterialInput =>
  doc('证件照片', {
    form: 'electronic',
    note: '近期正面免冠彩色证件照，白色背景，不着制式服装',
    key: false,
    ...o,
  });
