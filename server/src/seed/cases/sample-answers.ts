import type { FormField } from '../../modules/catalogue/index.js';

/** Who the demo answers are about: the applicant as a form would name them. */
export interface SampleApplicant {
  name: string;
  idNumber: string;
  mobile: string;
  organization?: { name: string; creditCode: string };
}

function answerOf(field: FormField, who: SampleApplicant, date: string): unknown {
  switch (field.kind) {
    case 'text':
    case 'textarea':
      if (field.label.includes('单位') || field.label.includes('企业') || field.label.includes('公司'))
        return who.organization?.name ?? '佛山市示例科技有限公司';
      if (field.label.includes('姓名') || field.label.includes('申请人')) return who.name;
      return '见申请材料';
    case 'number':
      // A plausible size for areas, prices and counts alike.
      return Math.min(
        field.max ?? Number.POSITIVE_INFINITY,
        Math.max(field.min ?? 1, field.integer ? 2 : 96.5),
      );
    case 'date':
      return date;
    case 'idNumber':
      return who.idNumber;
    case 'mobile':
      return who.mobile;
    case 'creditCode':
      return who.organization?.creditCode ?? '91440604MA4W12345N';
    case 'address':
      return { division: ['440600', '440604', '440604011'], detail: '季华五路18号' };
    case 'file':
      return null;
    case 'select':
    case 'radio':
      return field.options[0];
    case 'checkboxes':
      return field.options.slice(0, 1);
    case 'group': {
      const one = answersFor(field.fields, who, date);
      return field.repeat ? Array.from({ length: Math.max(field.minItems ?? 1, 1) }, () => one) : one;
    }
  }
}

/**
 * Plausible answers for a demo application: the applicant's own name, ID number and
 * mobile where asked, the first option of each choice; conditional questions left out.
 */
export function answersFor(
  form: readonly FormField[],
  who: SampleApplicant,
  date: string,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of form) {
    if (field.visibleIf) continue;
    const value = answerOf(field, who, date);
    if (value !== null) out[field.name] = value;
  }
  return out;
}
