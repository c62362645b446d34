import type { JsonSchema } from '../api/catalogueTypes';
import type { Division } from '../api/types';

type Ui = Record<string, unknown>;

export interface AnswerWords {
  empty: string;
  yes: string;
  no: string;
  separator: string;
  unit: (value: string, unit: string) => string;
}

function fileName(value: string): string | undefined {
  const match = /^data:[^,]*;name=([^;,]*)/.exec(value);
  return match ? decodeURIComponent(match[1]!) : undefined;
}

export const isEmptyAnswer = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/**
 * One answer as the applicant would say it: option texts as they are, 是/否, a number with its
 * unit, an address in words. Groups and lists are laid out by AnswerList, not flattened here.
 */
export function answerText(
  schema: JsonSchema,
  ui: Ui | undefined,
  value: unknown,
  words: AnswerWords,
  divisions: ReadonlyMap<string, Division>,
): string {
  if (isEmptyAnswer(value)) return words.empty;
  if (ui?.['ui:field'] === 'address' && typeof value === 'object') {
    const { division = [], detail = '' } = value as { division?: string[]; detail?: string };
    const names = division.map((code) => divisions.get(code)?.name ?? code).join('');
    return [names, detail].filter(Boolean).join(' ');
  }
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'number') {
    const unit = (ui?.['ui:options'] as Ui | undefined)?.addonAfter;
    return typeof unit === 'string' && unit ? words.unit(String(value), unit) : String(value);
  }
  if (typeof value === 'string')
    return schema.format === 'data-url' ? (fileName(value) ?? words.empty) : value;
  if (Array.isArray(value)) return value.map(String).join(words.separator);
  return JSON.stringify(value);
}
