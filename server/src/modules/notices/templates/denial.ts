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

/** 不予行政许可决定书 (行政许可法 第三十八条第二款): the legal reason and the remedies. */
export const denialTemplate = defineTemplate({
  title: '不予行政许可决定书',
  series: '不许',
  schema: applicationSchema.extend({
    acceptedOn: isoDate,
    /** The facts found, e.g. 经现场核查，经营场所与食品安全要求不符. */
    reason: text(1000),
    /** The rule whose conditions are not met, e.g. 《中华人民共和国食品安全法》第三十五条. */
    legalBasis: text(300),
    reconsiderationBody,
  }),
  build(input, facts) {
    return {
      recipient: input.applicant,
      paragraphs: [
        `${yourApplication(input, facts)}，本机关已于${chineseDate(input.acceptedOn)}依法受理。经审查，${clause(input.reason)}，不符合${clause(input.legalBasis)}规定的条件、标准。根据《中华人民共和国行政许可法》第三十八条第二款的规定，本机关决定不予行政许可。`,
        remedies(input.reconsiderationBody ?? facts.reconsiderationBody),
      ],
    };
  },
});
