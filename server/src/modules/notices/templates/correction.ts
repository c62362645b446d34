import { z } from 'zod';
import {
  applicationSchema,
  chineseDate,
  clause,
  defineTemplate,
  isoDate,
  materialItem,
  numbered,
  ONLINE_HALL,
  you,
  yourApplication,
} from './common.js';

/**
 * 一次性告知补正材料通知书 (行政许可法 第三十二条第一款第四项): every missing or defective item
 * at once, so the applicant never has to come back for a second list.
 */
export const correctionTemplate = defineTemplate({
  title: '一次性告知补正材料通知书',
  series: '补',
  schema: applicationSchema.extend({ items: z.array(materialItem).min(1).max(50), dueDate: isoDate }),
  build(input, facts) {
    const addressee = you(input.applicant);
    return {
      recipient: input.applicant,
      paragraphs: [
        `${yourApplication(input, facts)}，经审查，申请材料不齐全或者不符合法定形式。根据《中华人民共和国行政许可法》第三十二条第一款第（四）项的规定，现一次性告知${addressee}需要补正的全部内容（共${input.items.length}项）：`,
        ...numbered(input.items.map((item) => `${item.material}：${clause(item.requirement)}。`)),
        `请于${chineseDate(input.dueDate)}前通过${ONLINE_HALL}或者到受理窗口一次性提交上述补正材料。补正材料齐全、符合法定形式的，本机关将予以受理；逾期未提交补正材料的，视为放弃本次申请，${addressee}可以重新提出申请。`,
      ],
    };
  },
});
