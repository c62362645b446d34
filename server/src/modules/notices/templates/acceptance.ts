import {
  applicantFields,
  applicationSchema,
  chineseDate,
  defineTemplate,
  isoDate,
  limits,
  progressHint,
  yourApplication,
} from './common.js';

/** 受理通知书 (行政许可法 第三十二条第一款第五项, 第二款). */
export const acceptanceTemplate = defineTemplate({
  title: '受理通知书',
  series: '受',
  schema: applicationSchema.extend({ ...limits, dueDate: isoDate }),
  build(input, facts) {
    return {
      recipient: input.applicant,
      paragraphs: [
        `${yourApplication(input, facts)}，经审查，申请材料齐全、符合法定形式。根据《中华人民共和国行政许可法》第三十二条第一款第（五）项的规定，本机关决定予以受理。`,
        // 第四十五条: time for hearings, tests, expert review etc. does not count, and is notified in writing.
        `本机关将在法定期限${input.legalLimitDays}个工作日内作出决定，并承诺于${chineseDate(input.dueDate)}前办结。依法需要听证、招标、拍卖、检验、检测、检疫、鉴定和专家评审的，所需时间不计算在上述期限内，本机关将书面告知所需时间。`,
        progressHint(input.applicant),
      ],
      fields: [
        ...applicantFields(input.applicant),
        { label: '受理日期', value: chineseDate(facts.issuedOn) },
        {
          label: '承诺办结日期',
          value: `${chineseDate(input.dueDate)}（${input.promisedLimitDays}个工作日）`,
        },
      ],
    };
  },
});
