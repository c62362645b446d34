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
 * An adverse decision after acceptance: the facts found, the rule not met, the decision and
 * the remedies. 不予行政许可 and 不予办理 differ only in title, series and the decision's words.
 */
export function adverseDecisionTemplate(words: {
  title: string;
  series: string;
  /** What the application falls short of, e.g. 条件、标准. */
  unmet: string;
  /** The decision sentence, with its legal ground when there is one. */
  decision: string;
}) {
  return defineTemplate({
    title: words.title,
    series: words.series,
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
          `${yourApplication(input, facts)}，本机关已于${chineseDate(input.acceptedOn)}依法受理。经审查，${clause(input.reason)}，不符合${clause(input.legalBasis)}规定的${words.unmet}。${words.decision}。`,
          remedies(input.reconsiderationBody ?? facts.reconsiderationBody),
        ],
      };
    },
  });
}
