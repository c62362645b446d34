// The service-matter catalogue as the server answers it (server/src/modules/catalogue/model.ts).
// Values are stable codes; their labels live in the i18n resources (vocab.*).

export const matterTypes = [
  'license',
  'confirmation',
  'payment',
  'adjudication',
  'other_power',
  'public_service',
] as const;
export type MatterType = (typeof matterTypes)[number];

export const themes = [
  'social_security',
  'household',
  'exit_entry',
  'vehicles',
  'real_estate',
  'housing_fund',
  'medical',
  'education',
  'talent',
  'sole_trader',
  'enterprise',
  'construction',
  'employment',
  'civil_affairs',
  'health',
  'transport',
  'environment',
  'market',
  'culture',
  'agriculture',
  'water',
  'appointment',
] as const;
export type Theme = (typeof themes)[number];

export const audiences = ['person', 'organization'] as const;
export type Audience = (typeof audiences)[number];

export const matterLevels = ['city', 'district', 'town'] as const;
export type MatterLevel = (typeof matterLevels)[number];

export const onlineDepths = ['full_online', 'online_once', 'window'] as const;
export type OnlineDepth = (typeof onlineDepths)[number];

export const channels = ['online', 'mobile', 'window', 'self_service', 'mail'] as const;
export type Channel = (typeof channels)[number];

export const crossRegions = ['none', 'district', 'city', 'cross_city'] as const;
export type CrossRegion = (typeof crossRegions)[number];

export const materialForms = ['original', 'copy', 'electronic'] as const;
export const materialRequirements = ['required', 'conditional'] as const;
export const materialSourceKinds = ['applicant', 'license', 'shared_data'] as const;
export type MaterialSourceKind = (typeof materialSourceKinds)[number];

export type MaterialSource =
  | { kind: 'applicant' }
  | { kind: 'license'; licenseType: string }
  | { kind: 'shared_data'; dataset: string };

export interface Material {
  name: string;
  form: (typeof materialForms)[number];
  copies: number;
  requirement: (typeof materialRequirements)[number];
  condition?: string;
  /** Key materials cannot be missing at acceptance; non-key ones may be (容缺受理). */
  key: boolean;
  source: MaterialSource;
  note?: string;
}

export interface Fee {
  item: string;
  amountFen: number;
  basis?: string;
}

export type Condition =
  | { field: string; equals: string | number | boolean }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export const fieldKinds = [
  'text',
  'textarea',
  'number',
  'date',
  'idNumber',
  'creditCode',
  'mobile',
  'address',
  'file',
  'select',
  'radio',
  'checkboxes',
  'group',
] as const;
export type FieldKind = (typeof fieldKinds)[number];
export const choiceKinds: readonly FieldKind[] = ['select', 'radio', 'checkboxes'];

interface FieldBase {
  name: string;
  label: string;
  required?: boolean;
  help?: string;
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
  /** Department code, e.g. 'FS-GA'. */
  department: string;
  level: MatterLevel;
  audiences: Audience[];
  themes: Theme[];
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
  places: string[];
  openingHours: string;
  consultPhone: string;
  complaintPhone: string;
  crossRegion: CrossRegion;
  commitment: boolean;
  process: string[];
  result: string;
  form: FormField[];
}

export interface MatterSummary {
  code: string;
  name: string;
  type: MatterType;
  departmentId: string;
  departmentName: string;
  audiences: Audience[];
  themes: Theme[];
  onlineDepth: OnlineDepth;
  visits: number;
  promisedLimitDays: number;
  legalLimitDays: number;
}

export interface MatterSearchParams {
  q?: string;
  audience?: Audience;
  theme?: Theme;
  department?: string;
  page: number;
  pageSize: number;
}

export interface MatterPage {
  items: MatterSummary[];
  total: number;
  page: number;
  pageSize: number;
  /** Matter names offered when nothing matched. */
  suggestions: string[];
}

export interface MatterDetail {
  code: string;
  version: number;
  versionId: string;
  publishedAt: string | null;
  departmentName: string;
  guide: MatterGuide;
  /** 'YYYY-MM-DD' the promised limit ends on if applied today; null when the calendar cannot tell. */
  promisedCompletionDate: string | null;
}

export type JsonSchema = Record<string, unknown>;

export interface CompiledForm {
  schema: JsonSchema;
  uiSchema: Record<string, unknown>;
}

export interface MatterForm extends CompiledForm {
  versionId: string;
}

export interface ThemeCount {
  code: Theme;
  label: string;
  count: number;
}

export interface LifeEvent {
  code: string;
  name: string;
  audience: Audience;
  summary: string;
  matters: { code: string; name: string }[];
}

export const matterStatuses = ['draft', 'published', 'superseded', 'withdrawn'] as const;
export type MatterStatus = (typeof matterStatuses)[number];

export interface AdminMatterItem {
  code: string;
  name: string;
  departmentId: string;
  version: number;
  status: MatterStatus;
  createdAt: string;
}

export interface MatterVersion {
  version: number;
  status: MatterStatus;
  createdAt: string;
  publishedAt: string | null;
  guide: MatterGuide;
}

export interface AdminMatterDetail {
  code: string;
  departmentId: string;
  /** Newest first. */
  versions: MatterVersion[];
}

export interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
}
