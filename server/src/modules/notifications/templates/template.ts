import type { NotificationKind, ParamsOf } from '../kinds.js';

/** A notification's words in one language: a short title and one paragraph that also fits a text message. */
export interface MessageText {
  title: string;
  text: string;
}

/** Per kind; `p.dueOn` arrives already written as a date of the language. */
export type Templates = { [K in NotificationKind]: (p: ParamsOf<K>) => MessageText };

/** What frames the text on each channel in one language. */
export interface Frame {
  smsSignature: string;
  emailSubject(title: string): string;
  /** `url`: where to see it in the web app, absolute. */
  emailBody(text: string, url: string | null): string;
}
