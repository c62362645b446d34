import { z } from 'zod';
import type { PdfField } from '../../../platform/pdf/index.js';
import { text } from '../../../platform/validation/index.js';
import { type Applicant, chineseDate, isoDate, ONLINE_HALL, you } from './common.js';

/** The licence an approval grants, when the matter issues one. */
export const licenceSchema = z.object({
  licenceName: text(100),
  licenceNo: text(100).optional(),
  /** 许可内容: what exactly is permitted (scope, address, category ...). */
  scope: text(1000).optional(),
  validUntil: isoDate.optional(),
});
export type Licence = z.infer<typeof licenceSchema>;

/** 行政许可法 第四十四条: the certificate within ten days of the decision; here also as an electronic licence. */
export const licenceDelivery = (applicant: Applicant) =>
  `本机关将自作出本决定之日起十日内向${you(applicant)}颁发、送达行政许可证件，电子证照同步发放至${ONLINE_HALL}“我的证照”，可在办事时免于提交。`;

export const licenceFields = (licence: Licence | undefined): PdfField[] =>
  licence
    ? [
        { label: '证件名称', value: licence.licenceName },
        ...(licence.licenceNo ? [{ label: '证件编号', value: licence.licenceNo }] : []),
        ...(licence.scope ? [{ label: '许可内容', value: licence.scope }] : []),
        ...(licence.validUntil ? [{ label: '有效期至', value: chineseDate(licence.validUntil) }] : []),
      ]
    : [];
