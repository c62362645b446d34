/**
 * The catalogue's vocabulary. Values are stable English codes; their Chinese and English
 * labels live in the i18n resources, never in the data.
 */
export const MATTER_TYPES = [
  'license',
  'confirmation',
  'payment',
  'adjudication',
  'other_power',
  'public_service',
] as const;
export type MatterType = (typeof MATTER_TYPES)[number];

export const THEMES = [
  'social_security', // 社保
  'household', // 户籍
  'exit_entry', // 出入境
  'vehicles', // 车驾管
  'real_estate', // 不动产
  'housing_fund', // 公积金
  'medical', // 医疗医保
  'education', // 教育入学
  'talent', // 人才
  'sole_trader', // 个体户开业
  'enterprise', // 企业开办
  'construction', // 工程建设
  'employment', // 就业创业
  'civil_affairs', // 婚姻、社会救助、殡葬
  'health', // 卫生健康、母婴
  'transport', // 交通运输
  'environment', // 生态环境
  'market', // 市场监管、食品药品
  'culture', // 文化旅游体育
  'agriculture', // 农业农村
  'water', // 水务
  'appointment', // 预约
] as const;
export type Theme = (typeof THEMES)[number];

export const AUDIENCES = ['person', 'organization'] as const;
export type Audience = (typeof AUDIENCES)[number];

export type MatterLevel = 'city' | 'district' | 'town';
export type OnlineDepth = 'full_online' | 'online_once' | 'window';
export type Channel = 'online' | 'mobile' | 'window' | 'self_service' | 'mail';
export type CrossRegion = 'none' | 'district' | 'city' | 'cross_city';

/**
 * Whose licence a material is: the applicant's own (taken from their wallet), or another
 * party's (开发企业营业执照, 抵押权人营业执照, 被继承人的不动产权证书…), which is never taken
 * from the applicant's wallet.
 */
export const LICENSE_HOLDERS = ['applicant', 'other_party'] as const;
export type LicenseHolder = (typeof LICENSE_HOLDERS)[number];

/**
 * Whose registry record (居民身份证, 户口簿) a material is: the applicant's own (for an
 * organisation, its legal representative's), the one who files it (经办人: an
 * organisation's agent, a person themselves), or another party's or several people's
 * (买卖双方, 全体继承人, 监护人…), which the registry is never asked for on the applicant's behalf.
 */
export const REGISTRY_HOLDERS = ['applicant', 'agent', 'other_party'] as const;
export type RegistryHolder = (typeof REGISTRY_HOLDERS)[number];

export type MaterialSource =
  | { kind: 'applicant' }
  /** A licence the government issued: reused instead of asked for (零提交); `holder` absent: the applicant. */
  | { kind: 'license'; licenseType: string; holder?: LicenseHolder }
  /** Data another department holds (e.g. 居民身份证, 户口簿, 婚姻登记信息); `holder` absent: the applicant. */
  | { kind: 'shared_data'; dataset: string; holder?: RegistryHolder };

export interface Material {
  /** Stable within a matter from version to version, e.g. 'm3'; the server gives new materials one. */
  id: string;
  name: string;
  form: 'original' | 'copy' | 'electronic';
  copies: number;
  requirement: 'required' | 'conditional';
  /** When conditional: the plain-language condition, as a guide states it. */
  condition?: string;
  /** Key materials cannot be missing at acceptance; non-key ones may be (容缺受理). */
  key: boolean;
  source: MaterialSource;
  /** Notes a guide gives: format, signature, validity, where to get it. */
  note?: string;
  /** Upload limits for an online application; absent means MATERIAL_LIMIT_DEFAULTS. */
  maxFiles?: number;
  maxSizeMb?: number;
  /** 空白表格: a stored file anyone may download and fill in. */
  templateFileId?: string;
  /** 填写样例: the same form filled in as an example. */
  sampleFileId?: string;
}

export const MATERIAL_LIMIT_DEFAULTS = { maxFiles: 5, maxSizeMb: 10 } as const;

export function materialLimits(m: Pick<Material, 'maxFiles' | 'maxSizeMb'>) {
  return {
    maxFiles: m.maxFiles ?? MATERIAL_LIMIT_DEFAULTS.maxFiles,
    maxSizeMb: m.maxSizeMb ?? MATERIAL_LIMIT_DEFAULTS.maxSizeMb,
  };
}

/** Applicants upload it themselves; licences and shared data are fetched instead (零提交). */
export const isUploaded = (m: Pick<Material, 'source'>) => m.source.kind === 'applicant';

/** A material as a seed file or an administrator writes it: the server assigns missing ids. */
export type MaterialInput = Omit<Material, 'id'> & { id?: string };

export interface Fee {
  item: string;
  amountFen: number;
  basis?: string;
}

/** A form condition: equality tests combined with and / or / not. */
export type Condition =
  | { field: string; equals: string | number | boolean }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

interface FieldBase {
  /** camelCase, unique within its group. */
  name: string;
  label: string;
  required?: boolean;
  help?: string;
  /** Shown (and then validated) only when the condition holds. */
  visibleIf?: Condition;
}

export type FormField =
  | (FieldBase & { kind: 'text' | 'textarea'; maxLength?: number; pattern?: string })
  | (FieldBase & { kind: 'number'; min?: number; max?: number; integer?: boolean; unit?: string })
  | (FieldBase & { kind: 'date' | 'idNumber' | 'creditCode' | 'mobile' | 'address' | 'file' })
  | (FieldBase & { kind: 'select' | 'radio' | 'checkboxes'; options: string[] })
  | (FieldBase & {
      kind: 'group';
      repeat?: boolean;
      minItems?: number;
      maxItems?: number;
      fields: FormField[];
    });

/** The guide elements of one matter version (GB/T 39554 办事指南要素). */
export interface MatterGuide {
  name: string;
  type: MatterType;
  /** Department code, e.g. 'FS-GA' (see the directory seed). */
  department: string;
  level: MatterLevel;
  audiences: Audience[];
  themes: Theme[];
  /** Extra words people search with (俗称), e.g. 社保卡 for 社会保障卡. */
  keywords: string[];
  summary: string;
  conditions: string[];
  legalBasis: string[];
  materials: Material[];
  fees: Fee[];
  legalLimitDays: number;
  promisedLimitDays: number;
  onlineDepth: OnlineDepth;
  visits: number;
  channels: Channel[];
  /** Where to go in person: service centre names from the directory, or a plain description. */
  places: string[];
  openingHours: string;
  consultPhone: string;
  complaintPhone: string;
  crossRegion: CrossRegion;
  commitment: boolean;
  process: string[];
  /** The result the applicant receives, e.g. 《食品经营许可证》. */
  result: string;
  form: FormField[];
}

/** A guide as submitted: materials may still lack their ids. */
export type MatterGuideInput = Omit<MatterGuide, 'materials'> & { materials: MaterialInput[] };

export interface MatterSeed extends MatterGuideInput {
  /** Readable, stable matter code, e.g. '440600-GA-0001'. */
  code: string;
}

/** 一件事: one application that bundles several matters. */
export interface LifeEventSeed {
  code: string;
  name: string;
  audience: Audience;
  summary: string;
  matterCodes: string[];
}
