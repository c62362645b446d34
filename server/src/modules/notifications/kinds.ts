import { z } from 'zod';
import type { AnyTrx } from '../../platform/db/index.js';
import { emitInTrx } from '../../platform/events/index.js';

export const NOTIFICATION_TOPIC = 'notification.requested';

export const NOTIFICATION_KINDS = [
  'application.submitted',
  'application.accepted',
  'application.refused',
  'application.correction_requested',
  'application.shortfall_accepted',
  'application.commitment_approved',
  'application.decided',
  'application.delivered',
  'application.withdrawn',
  'application.materials_due',
  'supervision.issued',
  'evaluation.rectification',
  'evaluation.callback',
  'license.issued',
  'license.suspended',
  'license.revoked',
  'license.reinstated',
  'license.expiring',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
/** Notices to a licence's holder: they name the licence, not an application. */
export type LicenseNotificationKind = Extract<NotificationKind, `license.${string}`>;

export const DECISION_OUTCOMES = ['approved', 'denied'] as const;
/** How a result reaches the applicant (送达方式). */
export const RESULT_CHANNELS = ['online', 'window', 'post'] as const;

/** Every parameter a template may use, with the form it must have. */
const paramSchemas = {
  applicationNo: z.string().min(1).max(40),
  matterName: z.string().min(1).max(200),
  reason: z.string().min(1).max(500),
  dueOn: z.iso.date(),
  outcome: z.enum(DECISION_OUTCOMES),
  channel: z.enum(RESULT_CHANNELS),
  trackingNo: z.string().min(1).max(40),
  department: z.string().min(1).max(100),
  licenseNo: z.string().min(1).max(40),
  licenseType: z.string().min(1).max(100),
};
export type ParamName = keyof typeof paramSchemas;
type Optional = Partial<Record<ParamName, string>>;
export type ApplicationParams = Optional & { applicationNo: string; matterName: string };
export type LicenseParams = Optional & { licenseNo: string; licenseType: string };
/** What a kind's text is written from: an application's number and matter, or a licence's number and type. */
export type ParamsOf<K extends NotificationKind> = K extends LicenseNotificationKind
  ? LicenseParams
  : ApplicationParams;
export type NotificationParams = ApplicationParams | LicenseParams;

const base = ['applicationNo', 'matterName'] as const;
const licence = ['licenseNo', 'licenseType'] as const;

/** The parameters without which a kind's text cannot be written; the others are optional. */
export const REQUIRED_PARAMS: Record<NotificationKind, readonly ParamName[]> = {
  'application.submitted': base,
  'application.accepted': base,
  'application.refused': [...base, 'reason'],
  'application.correction_requested': [...base, 'reason'],
  'application.shortfall_accepted': [...base, 'dueOn'],
  'application.commitment_approved': base,
  'application.decided': [...base, 'outcome'],
  'application.delivered': [...base, 'channel'],
  'application.withdrawn': base,
  'application.materials_due': [...base, 'dueOn'],
  'supervision.issued': base,
  'evaluation.rectification': base,
  'evaluation.callback': base,
  'license.issued': licence,
  'license.suspended': [...licence, 'reason'],
  'license.revoked': [...licence, 'reason'],
  'license.reinstated': licence,
  'license.expiring': [...licence, 'dueOn'],
};

const isParamName = (name: string): name is ParamName => Object.hasOwn(paramSchemas, name);

export const notificationRequestSchema = z
  .object({
    accountId: z.uuid(),
    kind: z.enum(NOTIFICATION_KINDS),
    params: z.record(z.string(), z.string()),
    // A path inside the web app: an absolute or protocol-relative URL would make the link an open redirect.
    link: z
      .string()
      .regex(/^\/(?!\/)\S*$/)
      .max(500)
      .optional(),
  })
  .superRefine((value, ctx) => {
    for (const name of REQUIRED_PARAMS[value.kind]) {
      if (value.params[name] === undefined)
        ctx.addIssue({ code: 'custom', path: ['params', name], message: `${value.kind} needs ${name}` });
    }
    for (const [name, given] of Object.entries(value.params)) {
      if (!isParamName(name)) {
        ctx.addIssue({ code: 'custom', path: ['params', name], message: `unknown parameter ${name}` });
        continue;
      }
      const checked = paramSchemas[name].safeParse(given);
      if (!checked.success)
        ctx.addIssue({ code: 'custom', path: ['params', name], message: checked.error.issues[0]!.message });
    }
  });

export type NotificationRequest = Omit<z.infer<typeof notificationRequestSchema>, 'params'> & {
  params: NotificationParams;
};

/**
 * Asks for a notification inside the producer's transaction: it is sent exactly when the
 * state change commits. Throws on a malformed request, so a producer's mistake fails its own
 * tests instead of an outbox event that can never be delivered.
 */
export async function requestNotification(
  trx: AnyTrx,
  request: NotificationRequest,
  occurredAt?: string,
): Promise<string> {
  const valid = notificationRequestSchema.parse(request);
  return emitInTrx(trx, NOTIFICATION_TOPIC, valid, occurredAt);
}
