import { z } from 'zod';
import { text } from '../../../platform/validation/index.js';
import { chineseDate, clause, defineTemplate, isoDate } from './common.js';

/** 督办通知书: a supervisor's order to the department handling a late (red) or nearly late (yellow) application. */
export const supervisionTemplate = defineTemplate({
  title: '督办通知书',
  series: '督',
  schema: z.object({
    /** The department handling the application: the recipient. */
    department: text(100),
    matterName: text(200),
    /** When it was (or is) due. */
    dueDate: isoDate,
    level: z.enum(['yellow', 'red']),
    /** By when the department reports back. */
    replyBy: isoDate,
    /** What the supervisor asks for beyond finishing, if anything. */
    requirement: text(500).optional(),
  }),
  build(input, facts) {
    const red = input.level === 'red';
    const state = red ? '现已超过承诺办结时限，予以红牌警示' : '现已临近承诺办结时限，予以黄牌预警';
    return {
      recipient: { name: input.department, kind: 'department' },
      paragraphs: [
        `你单位承办的“${input.matterName}”（办件编号：${facts.applicationNo}）应于${chineseDate(input.dueDate)}前办结，${state}。根据政务服务督查督办有关规定，现予督办。`,
        `请你单位于${chineseDate(input.replyBy)}前依法办结，并将办理结果${red ? '及超时原因' : ''}书面反馈本机关。确因法定事由不能按期办结的，应当说明理由并依法办理延长期限手续。`,
        ...(input.requirement ? [`督办要求：${clause(input.requirement)}。`] : []),
        '逾期未办结又无正当理由的，本机关将按照有关规定予以通报，并依规依纪追究相关人员责任。',
      ],
    };
  },
});
