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
import { licenceDelivery, licenceFields, licenceSchema } from './licence.js';

/** 准予行政许可决定书 (行政许可法 第三十八条第一款, 第四十四条). */
export const approvalTemplate = defineTemplate({
  title: '准予行政许可决定书',
  series: '许',
  schema: applicationSchema.extend({
    acceptedOn: isoDate,
    /** The matter's own rule, cited beside the Licensing Law, e.g. 《食品经营许可和备案管理办法》第二十一条. */
    legalBasis: text(300).optional(),
    licence: licenceSchema.optional(),
  }),
  build(input, facts) {
    const basis = input.legalBasis ? `和${clause(input.legalBasis)}` : '';
    return {
      recipient: input.applicant,
      paragraphs: [
        `${yourApplication(input, facts)}，本机关已于${chineseDate(input.acceptedOn)}依法受理。经审查，该申请符合法定条件、标准。根据《中华人民共和国行政许可法》第三十八条第一款${basis}的规定，本机关决定准予行政许可。`,
        ...(input.licence ? [licenceDelivery(input.applicant)] : []),
      ],
      fields: [...applicantFields(input.applicant), ...licenceFields(input.licence)],
    };
  },
});
