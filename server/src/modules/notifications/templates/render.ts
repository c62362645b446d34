import type { Locale } from '../../../platform/i18n/index.js';
import type { NotificationKind, NotificationParams } from '../kinds.js';
import { enFrame, enTemplates } from './en-US.js';
import type { Frame, MessageText, Templates } from './template.js';
import { zhFrame, zhTemplates } from './zh-CN.js';

const languages: Record<Locale, { templates: Templates; frame: Frame }> = {
  'zh-CN': { templates: zhTemplates, frame: zhFrame },
  'en-US': { templates: enTemplates, frame: enFrame },
};

export interface RenderedNotification {
  title: string;
  /** The in-app body. */
  text: string;
  sms: string;
  email: { subject: string; text: string };
}

// Dates are business dates (Asia/Shanghai) given as YYYY-MM-DD: written out without any time zone shift.
function longDate(locale: Locale, isoDate: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

export function renderNotification(
  locale: Locale,
  kind: NotificationKind,
  params: NotificationParams,
  url: string | null,
): RenderedNotification {
  const { templates, frame } = languages[locale];
  const shown = params.dueOn ? { ...params, dueOn: longDate(locale, params.dueOn) } : params;
  // The request schema holds each kind to its parameters (REQUIRED_PARAMS).
  const write = templates[kind] as (p: NotificationParams) => MessageText;
  const { title, text } = write(shown);
  return {
    title,
    text,
    sms: `${frame.smsSignature}${text}`,
    email: { subject: frame.emailSubject(title), text: frame.emailBody(text, url) },
  };
}
