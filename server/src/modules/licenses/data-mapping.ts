import type { AnyDb } from '../../platform/db/index.js';
import { directoryRepository } from '../directory/index.js';
import {
  type FACT_SOURCES,
  type LicenseData,
  type LicenseField,
  licenseDataSchema,
} from './type-definition.js';

/** What the platform knows besides the answers: the `$…` sources of a field. */
export interface LicenseFacts {
  holderName: string;
  holderId: string;
  applicationNo: string;
  matterName: string;
}

type Fact = (typeof FACT_SOURCES)[number];
const factOf = (facts: LicenseFacts): Record<Fact, string> => ({
  '$holder.name': facts.holderName,
  '$holder.id': facts.holderId,
  '$application.no': facts.applicationNo,
  '$matter.name': facts.matterName,
});

/** The answer at a dotted path; through a repeating group, every row's answer. */
function answerAt(answers: unknown, path: string): unknown {
  let values: unknown[] = [answers];
  for (const segment of path.split('.')) {
    values = values
      .flatMap((v) => (Array.isArray(v) ? v : [v]))
      .filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null)
      .map((v) => v[segment])
      .filter((v) => v !== undefined && v !== null);
  }
  if (values.length === 0) return undefined;
  return values.length === 1 ? values[0] : values;
}

interface Address {
  division: string[];
  detail: string;
}
const isAddress = (v: unknown): v is Address =>
  typeof v === 'object' && v !== null && Array.isArray((v as Address).division) && 'detail' in v;

/** Reads an address as printed: 佛山市禅城区祖庙街道季华五路18号. */
export function addressWriter(db: AnyDb) {
  const directory = directoryRepository(db);
  const names = new Map<string, string>();
  return async (address: Address) => {
    let text = '';
    for (const code of address.division) {
      if (!names.has(code)) names.set(code, (await directory.findDivision(code))?.name ?? '');
      text += names.get(code)!;
    }
    return `${text}${address.detail}`;
  };
}

async function textOf(raw: unknown, writeAddress: (a: Address) => Promise<string>): Promise<string> {
  if (typeof raw === 'string') return raw.trim();
  if (typeof raw === 'number') return String(raw);
  if (typeof raw === 'boolean') return raw ? '是' : '否';
  if (isAddress(raw)) return writeAddress(raw);
  if (Array.isArray(raw)) {
    const parts = await Promise.all(raw.map((r) => textOf(r, writeAddress)));
    return parts.filter(Boolean).join('、');
  }
  return '';
}

/**
 * The licence data of an approved application: each field takes its first source that has a
 * value. Fields without one are left out, for the schema to refuse if they are required.
 */
export async function mapLicenseData(
  fields: readonly LicenseField[],
  answers: Record<string, unknown>,
  facts: LicenseFacts,
  writeAddress: (a: Address) => Promise<string>,
): Promise<LicenseData> {
  const known = factOf(facts);
  const data: LicenseData = {};
  for (const field of fields) {
    for (const from of field.from) {
      const raw = from.startsWith('=')
        ? from.slice(1)
        : from.startsWith('$')
          ? known[from as Fact]
          : answerAt(answers, from);
      if (raw === undefined || raw === '') continue;
      if (field.type === 'number') {
        const n = typeof raw === 'number' ? raw : Number(raw);
        if (Number.isFinite(n)) {
          data[field.key] = n;
          break;
        }
        continue;
      }
      const text = await textOf(raw, writeAddress);
      if (text) {
        data[field.key] = text.slice(0, field.maxLength);
        break;
      }
    }
  }
  return data;
}

/** The keys of the fields the data does not satisfy; empty when it is valid. */
export function dataProblems(fields: readonly LicenseField[], data: LicenseData): string[] {
  const result = licenseDataSchema(fields).safeParse(data);
  return result.success ? [] : [...new Set(result.error.issues.map((i) => String(i.path[0] ?? '')))];
}
