import { z } from 'zod';
import { text } from '../../../platform/validation/index.js';
import {
  type Applicant,
  applicationSchema,
  chineseDate,
  clause,
  dateOf,
  defineTemplate,
  instant,
  isoDate,
  numbered,
  ONLINE_HALL,
  you,
  yourApplication,
} from './common.js';

/** （身份证件号码：…） after the name, when known. */
const identity = (a: Applicant) =>
  a.idNumber ? `（${a.kind === 'person' ? '身份证件号码' : '统一社会信用代码'}：${a.idNumber}）` : '';

const missing = z.object({ material: text(200), requirement: text(500).optional() });
type Missing = z.infer<typeof missing>;
const describe = (item: Missing) =>
  item.requirement ? `${item.material}（${clause(item.requirement)}）` : item.material;

/**
 * 容缺受理通知书: accepted while non-key materials are missing, on the applicant's written
 * commitment to bring them by a date. The commitment (材料补齐承诺书) is attached.
 */
export const shortfallTemplate = defineTemplate({
  title: '容缺受理通知书',
  series: '容受',
  schema: applicationSchema.extend({
    items: z.array(missing).min(1).max(50),
    dueDate: isoDate,
    /** When the applicant signed the commitment. */
    committedAt: instant,
  }),
  build(input, facts) {
    const addressee = you(input.applicant);
    const self = input.applicant.kind === 'person' ? '本人' : '本单位';
    const due = chineseDate(input.dueDate);
    return {
      recipient: input.applicant,
      paragraphs: [
        `${yourApplication(input, facts)}，经审查，主要申请材料齐全、符合法定形式，尚欠缺下列次要材料，${addressee}已书面承诺于${due}前补齐。根据容缺受理有关规定，本机关决定予以容缺受理。`,
        ...numbered(input.items.map((item) => `${describe(item)}。`)),
        `请于${due}前通过${ONLINE_HALL}或者到受理窗口补齐上述材料。补齐的材料经审查符合要求的，本机关将依法作出决定；逾期未补齐或者补交的材料不符合要求的，本机关将终止办理本次申请，未履行承诺的情况将依法记入信用记录。`,
      ],
      annexes: [
        {
          title: '材料补齐承诺书',
          paragraphs: [
            `${self}${input.applicant.name}${identity(input.applicant)}申请办理“${input.matterName}”（办件编号：${facts.applicationNo}），申请材料中尚欠缺下列材料：${input.items.map(describe).join('；')}。${self}郑重承诺如下：`,
            ...numbered([
              `${self}将于${due}前补齐上述全部材料，并保证所补交的材料真实、合法、有效，与已提交的申请材料内容一致。`,
              `逾期未补齐或者补交的材料不符合要求的，${self}同意行政机关终止办理本次申请，并自行承担由此产生的后果。`,
              `${self}知悉，不履行本承诺的情况将依法记入信用记录。`,
            ]),
          ],
          signature: [`承诺人：${input.applicant.name}`, `承诺日期：${dateOf(input.committedAt)}`],
        },
      ],
    };
  },
});
