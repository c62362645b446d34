// The service-matter catalogue as the server answers it. The vocabulary and the guide's shape
// are the server's own model (pure types and code lists, no runtime dependencies), imported
// so that client and server cannot drift apart; labels live in the i18n resources (vocab.*).
import type {
  Audience,
  Channel,
  CrossRegion,
  FormField,
  Material,
  MatterGuide,
  MatterLevel,
  MatterType,
  OnlineDepth,
  Theme,
} from '../../../server/src/modules/catalogue/model.js';

export type {
  Audience,
  Channel,
  Condition,
  CrossRegion,
  Fee,
  FormField,
  Material,
  MaterialInput,
  MaterialSource,
  MatterGuide,
  MatterGuideInput,
  MatterLevel,
  MatterType,
  OnlineDepth,
  Theme,
} from '../../../server/src/modules/catalogue/model.js';
export {
  AUDIENCES as audiences,
  isUploaded,
  LICENSE_HOLDERS as licenseHolders,
  MATERIAL_LIMIT_DEFAULTS,
  MATTER_TYPES as matterTypes,
  materialLimits,
  REGISTRY_HOLDERS as registryHolders,
  THEMES as themes,
} from '../../../server/src/modules/catalogue/model.js';

// Option lists for the editor's selects; `satisfies` ties each to the server's union.
export const matterLevels = ['city', 'district', 'town'] as const satisfies readonly MatterLevel[];
export const onlineDepths = [
  'full_online',
  'online_once',
  'window',
] as const satisfies readonly OnlineDepth[];
export const channels = [
  'online',
  'mobile',
  'window',
  'self_service',
  'mail',
] as const satisfies readonly Channel[];
export const crossRegions = [
  'none',
  'district',
  'city',
  'cross_city',
] as const satisfies readonly CrossRegion[];
export const materialForms = [
  'original',
  'copy',
  'electronic',
] as const satisfies readonly Material['form'][];
export const materialRequirements = [
  'required',
  'conditional',
] as const satisfies readonly Material['requirement'][];
export const materialSourceKinds = [
  'applicant',
  'license',
  'shared_data',
] as const satisfies readonly Material['source']['kind'][];
export type MaterialSourceKind = (typeof materialSourceKinds)[number];

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
] as const satisfies readonly FormField['kind'][];
export type FieldKind = (typeof fieldKinds)[number];
export const choiceKinds: readonly FieldKind[] = ['select', 'radio', 'checkboxes'];

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
