import { adverseDecisionTemplate } from './adverse.js';

/**
 * 不予办理决定书: the unfavourable result of a matter that is not a licence. It is still an
 * administrative act against the applicant, so it names the reason, the rule and the remedies.
 */
export const rejectionTemplate = adverseDecisionTemplate({
  title: '不予办理决定书',
  series: '不办',
  unmet: '条件',
  decision: '本机关决定不予办理',
});
