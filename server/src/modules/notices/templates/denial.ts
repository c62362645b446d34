import { adverseDecisionTemplate } from './adverse.js';

/** 不予行政许可决定书 (行政许可法 第三十八条第二款): the legal reason and the remedies. */
export const denialTemplate = adverseDecisionTemplate({
  title: '不予行政许可决定书',
  series: '不许',
  unmet: '条件、标准',
  decision: '根据《中华人民共和国行政许可法》第三十八条第二款的规定，本机关决定不予行政许可',
});
