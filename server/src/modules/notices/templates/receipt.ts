import { z } from 'zod';
import { text } from '../../../platform/validation/index.js';
import {
  applicantFields,
  applicationSchema,
  dateTimeOf,
  defineTemplate,
  ONLINE_HALL,
  progressHint,
  you,
} from './common.js';

/** 收件回执: the online submission arrived. Not a decision, so not numbered. */
export const receiptTemplate = defineTemplate({
  title: '收件回执',
  series: null,
  schema: applicationSchema.extend({ materials: z.array(text(200)).max(100).default([]) }),
  build(input, facts) {
    const addressee = you(input.applicant);
    return {
      recipient: input.applicant,
      paragraphs: [
        `${addressee}于${dateTimeOf(input.submittedAt)}通过${ONLINE_HALL}提交的“${input.matterName}”申请及申请材料已收到，办件编号为${facts.applicationNo}。`,
        // 行政许可法 第三十二条: decide on acceptance, or list every missing item at once, within five days.
        '本机关将在5个工作日内对申请材料进行审查，依法作出受理或者不予受理的决定；申请材料不齐全或者不符合法定形式的，将一次性告知需要补正的全部内容。',
        `本回执仅证明申请材料已收到，不表示申请已被受理。${progressHint(input.applicant)}`,
      ],
      fields: [
        { label: '事项名称', value: input.matterName },
        ...applicantFields(input.applicant),
        { label: '提交时间', value: dateTimeOf(input.submittedAt) },
        ...(input.materials.length
          ? [{ label: '已提交材料', value: input.materials.map((m, i) => `${i + 1}. ${m}`).join('\n') }]
          : []),
      ],
    };
  },
});
