import { z } from 'zod';
import { businessDateOf, isIsoDate } from '../../../platform/calendar/index.js';
import type { PdfAnnex, PdfField } from '../../../platform/pdf/index.js';
import { text } from '../../../platform/validation/index.js';

export const isoDate = z.string().refine(isIsoDate, { params: { i18n: 'notice.date_invalid' } });
export const instant = z.iso.datetime({ offset: true });
const workingDays = z.number().int().min(0).max(1000);
export const limits = { legalLimitDays: workingDays, promisedLimitDays: workingDays };

export const applicantSchema = z.object({
  name: text(100),
  kind: z.enum(['person', 'organization']),
  /** 身份证件号码 or 统一社会信用代码: printed in full, the document is the applicant's own. */
  idNumber: z.string().trim().max(30).optional(),
});
export type Applicant = z.infer<typeof applicantSchema>;

/** What every notice about an application states: who applied for what, and when. */
export const applicationSchema = z.object({
  applicant: applicantSchema,
  matterName: text(200),
  submittedAt: instant,
});
export type ApplicationFacts = z.infer<typeof applicationSchema>;

/** A material and what is wrong with it or what is asked for. */
export const materialItem = z.object({ material: text(200), requirement: text(500) });

/** What the issuing side adds: the caller does not type these. */
export interface IssueFacts {
  applicationNo: string;
  issuerName: string;
  /** 'YYYY-MM-DD' in Asia/Shanghai. */
  issuedOn: string;
  /** Where an applicant asks for administrative reconsideration of this department's acts. */
  reconsiderationBody: string;
}

export interface NoticeDraft {
  recipient: { name: string; kind: 'person' | 'organization' | 'department' };
  paragraphs: string[];
  fields?: PdfField[];
  annexes?: PdfAnnex[];
}

export interface NoticeTemplate<S extends z.ZodType> {
  /** The document's name, printed under the issuer. */
  title: string;
  /** The 字 of its number; null: the document is not numbered. */
  series: string | null;
  schema: S;
  build(input: z.output<S>, facts: IssueFacts): NoticeDraft;
}

export const defineTemplate = <S extends z.ZodType>(template: NoticeTemplate<S>) => template;

/** 2026-11-26 → 2026年11月26日 (GB/T 9704: Arabic numerals, no leading zeros). */
export function chineseDate(isoDay: string): string {
  const [y, m, d] = isoDay.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

const shanghaiTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Shanghai',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
export const dateOf = (at: string) => chineseDate(businessDateOf(new Date(at)));
export const dateTimeOf = (at: string) => `${dateOf(at)} ${shanghaiTime.format(new Date(at))}`;

/** How a notice addresses its recipient: 你 to a person, 你单位 to an organisation. */
export const you = (applicant: Applicant) => (applicant.kind === 'person' ? '你' : '你单位');

/** Staff text ends inside our sentences: drop its own final stop. */
export const clause = (s: string) => s.replace(/[。；，;,.\s]+$/u, '');

/** 你于2026年11月20日提交的“食品经营许可”申请（办件编号：…） */
export const yourApplication = (input: ApplicationFacts, facts: IssueFacts) =>
  `${you(input.applicant)}于${dateOf(input.submittedAt)}提交的“${input.matterName}”申请（办件编号：${facts.applicationNo}）`;

/**
 * The remedies an adverse decision must name (行政许可法 第三十八条第二款): reconsideration
 * within 60 days (行政复议法 第二十条) and a lawsuit within six months (行政诉讼法 第四十六条).
 */
export const remedies = (body: string) =>
  `如不服本决定，可以自收到本决定书之日起六十日内向${body}申请行政复议，也可以自收到本决定书之日起六个月内依法向人民法院提起行政诉讼。`;

export const applicantFields = (a: Applicant): PdfField[] => [
  { label: a.kind === 'person' ? '申请人' : '申请单位', value: a.name },
  ...(a.idNumber
    ? [{ label: a.kind === 'person' ? '身份证件号码' : '统一社会信用代码', value: a.idNumber }]
    : []),
];

const DIGITS = '零一二三四五六七八九';
/** 1 → 一, 12 → 十二, 40 → 四十: item numbers in Chinese documents (一、二、…). */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : DIGITS[tens]}十${n % 10 ? DIGITS[n % 10] : ''}`;
}

export const numbered = (items: string[]) => items.map((item, i) => `${chineseNumber(i + 1)}、${item}`);

export const ONLINE_HALL = '佛山市一网通办平台';
export const progressHint = (applicant: Applicant) =>
  `${you(applicant)}可凭办件编号登录${ONLINE_HALL}或者拨打12345政务服务便民热线查询办理进度。`;

// Since the 2023 行政复议法 (第二十四条) the people's government at the same level reviews a
// department's acts; a vertically managed department (第二十七条: customs, tax ...) names its superior here.
export const reconsiderationBody = text(100).optional();
