import {
  applicantFields,
  applicationSchema,
  chineseDate,
  defineTemplate,
  isoDate,
  you,
  yourApplication,
} from './common.js';
import { licenceDelivery, licenceFields, licenceSchema } from './licence.js';

/**
 * 告知承诺制 approval: granted on the applicant's written commitment that the conditions are
 * met, checked afterwards; a false commitment revokes the licence (行政许可法 第六十九条第二款,
 * 国办发〔2020〕42号).
 */
export const commitmentTemplate = defineTemplate({
  title: '准予行政许可决定书（告知承诺）',
  // An approval like any other: numbered in the same series.
  series: '许',
  schema: applicationSchema.extend({
    /** By when the department checks what was committed to. */
    verifyBy: isoDate,
    licence: licenceSchema.optional(),
  }),
  build(input, facts) {
    const addressee = you(input.applicant);
    return {
      recipient: input.applicant,
      paragraphs: [
        `${yourApplication(input, facts)}，${addressee}已书面承诺符合行政许可的条件、标准和要求，并愿意承担不实承诺的法律责任。根据《中华人民共和国行政许可法》第三十八条第一款的规定和告知承诺制有关规定，本机关决定准予行政许可。`,
        `本机关将于${chineseDate(input.verifyBy)}前对${addressee}的承诺内容进行核查。经核查发现实际情况与承诺内容不符的，本机关将依法责令限期整改；逾期不整改或者整改后仍不符合条件的，依法撤销本行政许可决定。`,
        `${addressee}作出虚假承诺的，本机关将依法撤销本行政许可决定，将虚假承诺情况记入信用记录，并依法追究相应法律责任；在信用修复前，${addressee}不再适用告知承诺制。`,
        ...(input.licence ? [licenceDelivery(input.applicant)] : []),
      ],
      fields: [
        ...applicantFields(input.applicant),
        ...licenceFields(input.licence),
        { label: '承诺核查期限', value: `${chineseDate(input.verifyBy)}前` },
      ],
    };
  },
});
