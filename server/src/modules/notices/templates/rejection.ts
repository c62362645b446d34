import { text } from '../../../platform/validation/index.js';
import {
  applicationSchema,
  chineseDate,
  clause,
  defineTemplate,
  isoDate,
  reconsiderationBody,
  remedies,
  yourApplication,
} from './common.js';

/**
 * 不予办理决定书: the unfavourable result of a matter that is not a licence. It is still an
 * administrative act against the applicant, so it names the reason, the rule and the remedies.
 */
export const rejectionTemplate = defineTemplate({
  title: '不予办理决定书',
  series: '不办',
  schema: applicationSchema.extend({
    acceptedOn: isoDate,
    reason: text(1000),
    legalBasis: text(300),
    reconsiderationBody,
  }),
  build(input, facts) {
    return {
      recipient: input.applicant,
      paragraphs: [
        `${yourApplication(input, facts)}，本机关已于${chineseDate(input.acceptedOn)}受理。经审查，${clause(input.reason)}，不符合${clause(input.legalBasis)}规定的条件，本机关决定不予办理。`,
        remedies(input.reconsiderationBody ?? facts.reconsiderationBody),
      ],
    };
  },
});
