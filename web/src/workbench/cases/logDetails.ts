import type { TFunction } from 'i18next';
import type { CaseLogEntry, SuspensionReason, WorkflowCase } from '../../api/workflowTypes';
import type { useCaseLabels } from './labels';

type Labels = ReturnType<typeof useCaseLabels>;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown) => (typeof value === 'string' ? value : String(value ?? ''));

// The fields a command carries, in the order a reader wants them.
const FIELDS = [
  'verdict',
  'outcome',
  'reason',
  'opinion',
  'legalBasis',
  'note',
  'items',
  'missing',
  'department',
  'text',
  'dueOn',
  'commitmentRef',
  'stepId',
  'to',
  'with',
  'channel',
  'trackingNo',
  'workingDays',
  'orderId',
  'answer',
  'truthful',
] as const;

/** A logged command's own fields as "label: value" lines, in words rather than codes. */
export function logDetails(
  entry: CaseLogEntry,
  view: WorkflowCase,
  t: TFunction,
  labels: Labels,
): { label: string; value: string }[] {
  const p = entry.payload;
  const target = (value: unknown) =>
    isObject(value)
      ? t('cases.page.targetRole', {
          department: labels.department(str(value.department)),
          role: labels.role(str(value.role)),
        })
      : str(value);
  const value = (field: (typeof FIELDS)[number]): string => {
    const v = p[field];
    switch (field) {
      case 'verdict':
      case 'outcome':
        return labels.result(str(v));
      case 'reason':
        return entry.type === 'suspendClock'
          ? t(`cases.vocab.suspensionReason.${v as SuspensionReason}`)
          : str(v);
      case 'items':
        return (Array.isArray(v) ? v : [])
          .filter(isObject)
          .map((item) =>
            item.material
              ? t('cases.page.correctionItem', { material: str(item.material), problem: str(item.problem) })
              : str(item.problem),
          )
          .join(t('cases.page.itemSeparator'));
      case 'missing':
        return (Array.isArray(v) ? v : [])
          .filter(isObject)
          .map((item) => `${str(item.material)}${item.key ? t('cases.page.keyMaterial') : ''}`)
          .join(t('common.listSeparator'));
      case 'stepId':
        return view.steps.find((s) => s.id === v)?.name ?? str(v);
      case 'to':
      case 'with':
        return target(v);
      case 'channel':
        return v === 'electronic' || v === 'window' || v === 'post' ? t(`cases.vocab.delivery.${v}`) : str(v);
      case 'workingDays':
        return t('cases.page.workingDays', { count: Number(v) });
      case 'department':
        return labels.department(str(v));
      case 'orderId':
        return view.supervisionOrders.find((o) => o.id === v)?.text ?? str(v);
      case 'truthful':
        return t(`cases.vocab.truthful.${v ? 'yes' : 'no'}`);
      default:
        return str(v);
    }
  };
  return FIELDS.filter((field) => p[field] !== undefined && p[field] !== null && p[field] !== '').map(
    (field) => ({ label: t(`cases.page.detail.${field}`), value: value(field) }),
  );
}
