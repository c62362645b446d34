import { text } from '../../../platform/validation/index.js';
import {
  applicationSchema,
  clause,
  defineTemplate,
  reconsiderationBody,
  remedies,
  you,
  yourApplication,
} from './common.js';

/** 不予受理决定书 (行政许可法 第三十二条第一款第一、二项): the reason, where to apply instead, the remedies. */
export const refusalTemplate = defineTemplate({
  title: '不予受理决定书',
  series: '不受',
  schema: applicationSchema.extend({
    reason: text(1000),
    legalBasis: text(300).default('《中华人民共和国行政许可法》第三十二条第一款'),
    /** When the matter is not this authority's: the one to apply to instead. */
    competentAuthority: text(100).optional(),
    reconsiderationBody,
  }),
  build(input, facts) {
    return {
      recipient: input.applicant,
      paragraphs: [
        `${yourApplication(input, facts)}，经审查，${clause(input.reason)}。根据${clause(input.legalBasis)}的规定，本机关决定不予受理。`,
        ...(input.competentAuthority
          ? [`${you(input.applicant)}可以向${input.competentAuthority}提出申请。`]
          : []),
        remedies(input.reconsiderationBody ?? facts.reconsiderationBody),
      ],
    };
  },
});
