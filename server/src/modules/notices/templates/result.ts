import { text } from '../../../platform/validation/index.js';
import {
  applicantFields,
  applicationSchema,
  chineseDate,
  clause,
  defineTemplate,
  isoDate,
  yourApplication,
} from './common.js';

/**
 * 办理结果通知书: the favourable result of a matter that is not a licence (行政确认, 行政给付,
 * 公共服务 …): no 行政许可法 article to cite, the matter's own basis instead when given.
 */
export const resultTemplate = defineTemplate({
  title: '办理结果通知书',
  series: '办',
  schema: applicationSchema.extend({
    acceptedOn: isoDate,
    /** What the applicant receives, as the guide names it, e.g. 《不动产权证书》. */
    result: text(200),
    legalBasis: text(300).optional(),
  }),
  build(input, facts) {
    const basis = input.legalBasis ? `根据${clause(input.legalBasis)}的规定，` : '';
    return {
      recipient: input.applicant,
      paragraphs: [
        `${yourApplication(input, facts)}，本机关已于${chineseDate(input.acceptedOn)}受理。经审查，该申请符合规定条件，${basis}本机关已依法办结，办理结果：${clause(input.result)}。`,
      ],
      fields: applicantFields(input.applicant),
    };
  },
});
